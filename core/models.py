"""The shared kernel: custom image model, abstract base page, per-site settings."""

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from . import help_texts
from .cache import GLOBAL, cached
from .language_tree import child_in_language, deepest_dutch_page_along
from .validators import validate_accent_colour


class CustomImage(AbstractImage):
    """Our image model, in place from the first migration so fields can be added later."""

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("afbeelding")
        verbose_name_plural = _("afbeeldingen")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        verbose_name = _("afbeeldingsformaat")
        verbose_name_plural = _("afbeeldingsformaten")


class ListingFields(models.Model):
    """What cards and listings show of a page, so no listing reads the body."""

    listing_title = models.CharField(
        _("titel in overzichten"),
        max_length=255,
        blank=True,
        help_text=_("Laat leeg om de paginatitel te gebruiken."),
    )
    listing_summary = models.TextField(
        _("samenvatting in overzichten"),
        max_length=300,
        blank=True,
        help_text=_("Eén of twee zinnen; ook gebruikt als beschrijving voor zoekmachines."),
    )
    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("afbeelding in overzichten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @staticmethod
    def listing_panels(with_image=True):
        """The promote tab's listing fields. Pages that edit the listing image in their
        content panels (as their main picture) leave it out here: a field shown twice posts
        two values and the empty one wins, so the chosen image would be lost.

        The help texts are the panels' (core/help_texts), not the fields': a field's would
        need a migration in every app with a page type."""
        fields = [
            FieldPanel("listing_title", help_text=help_texts.LISTING_TITLE),
            FieldPanel("listing_summary", help_text=help_texts.LISTING_SUMMARY),
        ]
        if with_image:
            fields.append(FieldPanel("listing_image"))
        return [MultiFieldPanel(fields, heading=_("Overzichten"))]


class BasePage(ListingFields, Page):
    """Abstract base for every page type of ours; adds no table of its own."""

    # Wagtail's panels for its own fields, with our plain-language help texts (core/help_texts).
    content_panels = [TitleFieldPanel("title", help_text=help_texts.TITLE)]
    search_and_menu_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description", help_text=help_texts.SEARCH_DESCRIPTION),
            ],
            heading=_("Voor zoekmachines"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("Voor menu's")),
    ]
    promote_panels = search_and_menu_panels + ListingFields.listing_panels()
    # For pages whose content panels hold FieldPanel("listing_image").
    promote_panels_without_image = search_and_menu_panels + ListingFields.listing_panels(
        with_image=False
    )
    search_fields = Page.search_fields + [index.SearchField("listing_summary")]
    # How the page is drawn as a card where types are mixed (the home page's lead).
    card_template = "components/card.html"
    # A page has the same address in every language but for the prefix (core.language_tree).
    override_translatable_fields = [SynchronizedField("slug")]
    # Its Open Graph type (core.meta): "article" for dated writing, a "website" otherwise.
    og_type = "website"

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail's routing, through the Dutch tree where the language's has no page yet; in
        Dutch, down to the deepest page along the path at once (deepest_dutch_page_along)."""
        if not path_components:
            return super().route(request, path_components)
        found = deepest_dutch_page_along(self, path_components)
        if found is not None:
            # What is left of the path: the deepest page's own routes, or a 404.
            deepest, rest = found
            return deepest.route(request, rest)
        child = child_in_language(self, path_components[0])
        if child is None:
            raise Http404
        return child.specific.route(request, path_components[1:])

    def get_view_restrictions(self):
        """Wagtail's view restrictions of the page (checked before every serve), without a
        query when no restriction covers it: the restricted paths are in the site cache, and
        the ancestors' alias links come with the breadcrumbs' ancestors (core.queries). An
        alias, or a page under one, takes its source's restrictions: Wagtail's own lookup."""
        from .queries import page_ancestors, restricted_paths

        if self.alias_of_id or any(ancestor.alias_of_id for ancestor in page_ancestors(self)):
            return super().get_view_restrictions()
        if any(self.path.startswith(path) for path in restricted_paths()):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    @property
    def meta_description(self):
        """What search engines and link previews show of the page (core.meta)."""
        from .meta import description_of

        return description_of(self)


@register_setting(icon="palette")
class SiteSettings(BaseSiteSetting):
    """Per-site look and footer links; editable per site through GroupSitePermission."""

    accent_colour = models.CharField(
        _("accentkleur"),
        max_length=7,
        default="#00607a",
        validators=[validate_accent_colour],
        help_text=_(
            "Kleur van de kopbalk, knoppen en links, als #rrggbb. Witte tekst moet erop "
            "leesbaar zijn (contrast minstens 4,5:1)."
        ),
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contactpagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leeg: de contactpagina van het landelijke programma."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacypagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leeg: de privacyverklaring van het landelijke programma."),
    )
    premoderate_comments = models.BooleanField(
        _("reacties eerst goedkeuren"),
        default=True,
        help_text=_(
            "Nieuwe reacties van leden verschijnen pas op de site als een moderator ze heeft "
            "goedgekeurd."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("accent_colour"), FieldPanel("logo")], heading=_("Uiterlijk")),
        MultiFieldPanel(
            [FieldPanel("contact_page"), FieldPanel("privacy_page")], heading=_("Voettekst")
        ),
        MultiFieldPanel([FieldPanel("premoderate_comments")], heading=_("Reacties")),
    ]

    class Meta:
        verbose_name = _("site-instellingen")
        verbose_name_plural = _("site-instellingen")
        # Checked by the content flags that reach beyond one site (ContentFields.flag_panels).
        permissions = [("feature_nationally", "Can feature items nationally and on all sites")]


class Theme(TranslatableMixin, models.Model):
    """A shared vocabulary of activity areas (groen, zorg, sport, ...), managed nationally."""

    name = models.CharField(_("naam"), max_length=100, help_text=help_texts.THEME_NAME)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(
        _("korte beschrijving"),
        blank=True,
        max_length=300,
        help_text=help_texts.THEME_DESCRIPTION,
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Partner(models.Model):
    """A partner organisation, one row per organisation wherever it appears: a partner of the
    national program, a municipality's local partner (its volunteer centre, the AZC location,
    ...) or a partner of a practice example. Pages list partners through PartnerLink."""

    class Kind(models.TextChoices):
        VOLUNTEER_CENTRE = "vrijwilligerscentrale", _("Vrijwilligerscentrale")
        AZC = "azc", _("AZC-locatie")
        ORGANISATION = "organisatie", _("Organisatie")

    name = models.CharField(
        _("naam"), max_length=200, unique=True, help_text=help_texts.PARTNER_NAME
    )
    kind = models.CharField(
        _("soort"), max_length=30, choices=Kind.choices, default=Kind.ORGANISATION
    )
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("url")]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnerLink(Orderable):
    """A partner listed on a page, in the editor's order, with its role there. Each page type
    that lists partners adds its own ParentalKey named `page`."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("rol"), max_length=200, blank=True, help_text=help_texts.PARTNER_ROLE)

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.partner.name


def themes_for(locale_id):
    """Every theme of a locale, from the cache (a theme save clears it)."""
    return cached(
        ("themes", locale_id),
        lambda: list(Theme.objects.filter(locale_id=locale_id)),
        scope=GLOBAL,
    )


class ContentFields(models.Model):
    """What news, blog posts, practice examples and events share: a date, an intro for
    listings, themes, and the flags that move an item between the national and local sites."""

    publication_date = models.DateField(
        _("publicatiedatum"),
        null=True,
        blank=True,
        # Listings are newest first: page 50 of the national news reads 600 items by this
        # index rather than sorting all of them.
        db_index=True,
        help_text=_("Leeg: de datum van de eerste publicatie."),
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="+")
    show_on_all_sites = models.BooleanField(
        _("toon op alle sites"),
        default=False,
        help_text=_("Alleen voor landelijke items: ook tonen op de site van elke gemeente."),
    )
    featured = models.BooleanField(
        _("uitlichten"),
        default=False,
        help_text=_("Bovenaan de homepage van deze site tonen, bij Uitgelicht."),
    )
    featured_nationally = models.BooleanField(
        _("landelijk uitlichten"),
        default=False,
        help_text=_("Bovenaan de landelijke homepage tonen, met de naam van de gemeente."),
    )

    # Only national editors see the flags that reach beyond their own site.
    flag_panels = [
        MultiFieldPanel(
            [
                FieldPanel("featured"),
                FieldPanel("show_on_all_sites", permission="core.feature_nationally"),
                FieldPanel("featured_nationally", permission="core.feature_nationally"),
            ],
            heading=_("Zichtbaarheid"),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # "Defaults to first publish": fill the date the moment the item goes live.
        if self.live and self.publication_date is None:
            self.publication_date = timezone.localdate(self.first_published_at or timezone.now())
        super().save(*args, **kwargs)
