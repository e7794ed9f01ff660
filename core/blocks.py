"""StreamField blocks shared by every page type; app-specific blocks live in <app>/blocks.py."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .video import embed_url_for


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


class VideoBlock(blocks.StructBlock):
    """A video that loads only after a click (no third-party request before consent),
    with a plain link to the source that works without JavaScript."""

    url = blocks.URLBlock(label=_("Adres van de video (YouTube of Vimeo)"))
    title = blocks.CharBlock(label=_("Titel van de video"), max_length=200)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/streamfield/blocks/video_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = embed_url_for(value["url"])
        return context


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Linktekst"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/streamfield/blocks/document_link_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False)
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)
    button = blocks.CharBlock(label=_("Knoptekst"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Oproep")
        template = "components/streamfield/blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Kies een pagina of vul een webadres in."))}
            )
        return value


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
    video = VideoBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
