from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Avg, Count, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Site
from wagtail.search import index

from core import help_texts
from core.blocks import BaseStreamBlock
from core.language_tree import in_current_language, source_page
from core.languages import prefix_root
from core.listing import ChoiceFilter, ListingFilterSet, SearchFilter, clean_text, paginate
from core.models import BasePage, PartnerLink
from core.queries import public_q
from core.sections import home_sections

from . import map as country_map
from .provinces import Province, provinces_matching


class MunicipalityIndexFilters(ListingFilterSet):
    # Found in names, official names and provinces (MunicipalityIndexPage.municipalities).
    q = SearchFilter()
    # One province (its code): its municipalities on the map and in the list.
    provincie = ChoiceFilter(choices=Province.choices)


# Up to this many, /gemeenten/ lists (and maps) every municipality at once. Beyond it, at the
# size of the country, it opens with the provinces (a marker and a line each, with their
# number) and lists a province's municipalities once one is chosen, so the page stays small
# and its cost flat (bench_municipalities). Also the most a search lists on one page.
LIST_LIMIT = 60


@dataclass
class ProvinceCount:
    code: str
    label: str
    count: int
    # The mean position of its municipalities on the map (None when none has one).
    latitude: Decimal | None = None
    longitude: Decimal | None = None

    @property
    def url(self):
        """Its municipalities on this page (the province filter)."""
        return "?" + urlencode({"provincie": self.code})

    @property
    def name(self):
        """What its marker is called: "Gelderland (51)"."""
        return _("%(province)s (%(count)s)") % {"province": self.label, "count": self.count}


def site_urls(homes):
    """{home pk: the address of the municipality's own site in the active language}: its
    Site's root URL (one query for all), under the language's prefix."""
    prefix = prefix_root(translation.get_language() or settings.LANGUAGE_CODE)
    return {
        site.root_page_id: site.root_url + prefix
        for site in Site.objects.filter(root_page__in=[home.pk for home in homes])
    }


def municipality_entries(homes, request):
    """What a list and a map show of each (Dutch) home, in order: the page, its name in the
    active language, and the link to its own site (its page on this host where it has none)."""
    homes = list(homes)
    urls = site_urls(homes)
    shown = in_current_language(list(homes))
    return [
        MunicipalityEntry(
            page=home,
            name=translated.title,
            url=urls.get(home.pk) or home.get_url(request),
        )
        for home, translated in zip(homes, shown, strict=True)
    ]


@dataclass
class MunicipalityEntry:
    """A municipality as a list and the map show it."""

    page: "MunicipalityHomePage"  # the Dutch home
    name: str  # in the active language
    url: str

    @property
    def latitude(self):
        return self.page.latitude

    @property
    def longitude(self):
        return self.page.longitude


def participating_map(entries, description):
    """The map with a marker per municipality of `entries` that has a position; the
    description says how many of them only the list names."""
    drawn = country_map.country_map(_("Kaart van de gemeenten die meedoen"), description, entries)
    if drawn.left_off:
        drawn.description += " " + ngettext(
            "%(count)s gemeente uit de lijst heeft nog geen plek op de kaart.",
            "%(count)s gemeenten uit de lijst hebben nog geen plek op de kaart.",
            drawn.left_off,
        ) % {"count": drawn.left_off}
    return drawn


class MunicipalityIndexPage(BasePage):
    """ "Gemeenten": every participating municipality on a map and in a list grouped by
    province, with a province filter and a search that need no JavaScript."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.INDEX_INTRO)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.NationalHomePage"]
    subpage_types = ["municipalities.MunicipalityHomePage"]

    class Meta:
        verbose_name = _("gemeenteoverzicht")
        verbose_name_plural = _("gemeenteoverzichten")

    def municipalities(self, query="", province=""):
        """The live public (Dutch) homes, by province and name; every language lists them
        all, each in its translation where it has one (core.language_tree)."""
        homes = MunicipalityHomePage.objects.child_of(source_page(self)).live().filter(public_q())
        homes = homes.order_by("province", "title")
        if province:
            homes = homes.filter(province=province)
        if query:
            homes = homes.filter(
                Q(title__icontains=query)
                | Q(official_municipality__icontains=query)
                | Q(province__in=provinces_matching(query))
            )
        return homes

    def province_counts(self):
        """A ProvinceCount for every province, in order (one query)."""
        rows = {
            row["province"]: row
            for row in self.municipalities()
            .order_by()
            .values("province")
            .annotate(count=Count("pk"), latitude=Avg("latitude"), longitude=Avg("longitude"))
        }
        return [
            ProvinceCount(
                code,
                label,
                rows.get(code, {}).get("count", 0),
                rows.get(code, {}).get("latitude"),
                rows.get(code, {}).get("longitude"),
            )
            for code, label in Province.choices
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = MunicipalityIndexFilters(request, MunicipalityHomePage.objects.none())
        query, province = filters.values["q"], filters.values["provincie"]
        asked = request.GET.get("provincie", "")
        provinces = self.province_counts()
        total = sum(count.count for count in provinces)
        context.update(
            query=query,
            province=next((count for count in provinces if count.code == province), None),
            provinces=provinces,
            total=total,
            unknown_province=clean_text(asked) if asked and not province else "",
        )
        if not query and not province and total > LIST_LIMIT:
            context["overview"] = True
            context["map"] = self.provinces_map(provinces)
            return context
        listing = paginate(request, self.municipalities(query, province), LIST_LIMIT, filters)
        entries = municipality_entries(listing.page.object_list, request)
        context["listing"] = listing
        context["count"] = listing.page.paginator.count
        context["groups"] = [
            (label, list(group))
            for label, group in groupby(
                entries, key=lambda entry: entry.page.get_province_display()
            )
        ]
        if entries:
            context["map"] = participating_map(
                entries,
                _(
                    "Elk punt is een gemeente die meedoet en een link naar de site van die "
                    "gemeente. De lijst op deze pagina noemt dezelfde gemeenten."
                ),
            )
        return context

    def provinces_map(self, provinces):
        return country_map.country_map(
            _("Kaart van de provincies met gemeenten die meedoen"),
            _(
                "Elk punt is een provincie, met het aantal gemeenten dat meedoet. Het punt is "
                "een link naar de gemeenten in die provincie. De lijst van provincies op deze "
                "pagina noemt hetzelfde."
            ),
            [count for count in provinces if count.count],
        )


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
    # Where the marker on the map of municipalities goes (municipalities/map.py); provisioning
    # fills it from the GeoNames gazetteer where it can (municipalities/gazetteer.py).
    latitude = models.DecimalField(
        _("breedtegraad"),
        max_digits=7,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(country_map.SOUTH),
            MaxValueValidator(country_map.NORTH),
        ],
        help_text=_(
            "Waar de gemeente op de kaart van Nederland staat: de breedtegraad in graden, "
            "met een punt, bijvoorbeeld 52.63167 voor Alkmaar. Leeg: de gemeente staat "
            "niet op de kaart, wel in de lijst."
        ),
    )
    longitude = models.DecimalField(
        _("lengtegraad"),
        max_digits=7,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(country_map.WEST),
            MaxValueValidator(country_map.EAST),
        ],
        help_text=_(
            "De lengtegraad in graden, met een punt, bijvoorbeeld 4.74861 voor Alkmaar. "
            "Vul beide in of laat beide leeg."
        ),
    )
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
            [
                FieldPanel("official_municipality"),
                FieldPanel("province"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
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

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError(
                {missing: _("Vul de breedtegraad en de lengtegraad allebei in, of allebei niet.")}
            )

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
