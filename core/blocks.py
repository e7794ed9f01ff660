"""StreamField blocks shared by every page type; app-specific blocks live in <app>/blocks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "components/streamfield/blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Wie zei het"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "components/streamfield/blocks/quote_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    # Wagtail's ImageBlock asks for alt text or an explicit "decorative" choice.
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "components/streamfield/blocks/captioned_image_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Alinea"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="components/streamfield/blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
