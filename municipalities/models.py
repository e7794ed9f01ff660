from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Site
from wagtail.search import index

from core import help_texts
from core.blocks import BaseStreamBlock
from core.listing import ListingFilterSet, SearchFilter
from core.models import BasePage, PartnerLink
from core.queries import public_q
from core.sections import home_sections

from .provinces import Province, provinces_matching


class MunicipalityIndexFilters(ListingFilterSet):
    # Found in names, official names and provinces (MunicipalityIndexPage.municipalities).
    q = SearchFilter()


class MunicipalityIndexPage(BasePage):
    """ "Gemeenten": every participating municipality, with a filter that needs no JavaScript."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.INDEX_INTRO)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.NationalHomePage"]
    subpage_types = ["municipalities.MunicipalityHomePage"]

    class Meta:
        verbose_name = _("gemeenteoverzicht")
        verbose_name_plural = _("gemeenteoverzichten")

    def municipalities(self, query=""):
        homes = MunicipalityHomePage.objects.child_of(self).live().filter(public_q())
        homes = homes.order_by("title")
        if query:
            homes = homes.filter(
                Q(title__icontains=query)
                | Q(official_municipality__icontains=query)
                | Q(province__in=provinces_matching(query))
            )
        return homes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = MunicipalityIndexFilters(request, self.municipalities()).values["q"]
        homes = list(self.municipalities(query))
        site_urls = {
            site.root_page_id: site.root_url
            for site in Site.objects.filter(root_page__in=[home.pk for home in homes])
        }
        context["query"] = query
        context["entries"] = [
            {"page": home, "site_url": site_urls.get(home.pk), "url": home.get_url(request)}
            for home in homes
        ]
        return context


class MunicipalityHomePage(BasePage):
    """One participating municipality: the root page of its own Site."""

    # Its tree has a cache scope of its own (core/cache.py): a publish in Alkmaar leaves what
    # is cached for Arnhem in place.
    cache_scope_root = True

    official_municipality = models.CharField(
        _("officiële gemeente"),
        max_length=100,
        blank=True,
        help_text=_(
            "Alleen invullen als de plaats in een gemeente met een andere naam ligt, "
            "bijvoorbeeld Leersum in Utrechtse Heuvelrug."
        ),
    )
    province = models.CharField(_("provincie"), max_length=20, choices=Province.choices)
    intro = models.TextField(
        _("inleiding"), blank=True, help_text=help_texts.MUNICIPALITY_HOME_INTRO
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("inhoud"), blank=True, help_text=help_texts.BODY
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    contact_organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("official_municipality"), FieldPanel("province")],
            heading=_("Gemeente"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("partners", heading=_("Lokale partners"), label=_("partner")),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_organisation"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact met het projectteam"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("official_municipality"),
        index.FilterField("province"),
    ]

    parent_page_types = ["municipalities.MunicipalityIndexPage"]
    subpage_types = [
        "home.StandardPage",
        "blog.NewsIndexPage",
        "blog.BlogIndexPage",
        "practices.PracticeIndexPage",
        "events.EventCalendarPage",
        "board.BulletinBoardPage",
        "members.DirectoryPage",
    ]

    class Meta:
        verbose_name = _("gemeentehomepage")
        verbose_name_plural = _("gemeentehomepages")

    @property
    def site_title(self):
        return _("Aan de Slag %(name)s") % {"name": self.title}

    @property
    def lies_in_other_municipality(self):
        return bool(self.official_municipality) and self.official_municipality != self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = list(self.partners.select_related("partner"))
        context["sections"] = home_sections(self, request)
        return context


class LocalPartner(PartnerLink):
    """A local organisation taking part: the volunteer centre, the AZC location, others."""

    page = ParentalKey(MunicipalityHomePage, related_name="partners", on_delete=models.CASCADE)

    class Meta(PartnerLink.Meta):
        verbose_name = _("lokale partner")
        verbose_name_plural = _("lokale partners")
