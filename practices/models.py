"""Practice examples (praktijkvoorbeelden) and instruments, with faceted indexes."""

from datetime import date

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index

from comments.models import CommentsMixin
from core import help_texts
from core.cache import EVERYWHERE, cached
from core.facets import FacetTable, group_rows
from core.feeds import FEED_ROUTE, ListingFeed, feed_url
from core.listing import (
    ChoiceFilter,
    ListingFilterSet,
    MunicipalityFilter,
    SearchFilter,
    SortFilter,
    ThemeFilter,
    in_order,
    paginate,
    with_card_images,
)
from core.models import BasePage, ContentFields, PartnerLink, Theme
from core.queries import public_q
from core.search import find_pks
from municipalities.aggregation import MunicipalityLabeller, label_items, scope_for

RICH_TEXT = ["bold", "italic", "link", "document-link", "ol", "ul"]
FEED_LENGTH = 20


SORT_OPTIONS = {"nieuw": _("Nieuwste eerst"), "az": _("Titel A-Z")}


def newest_first(row):
    return (-(row["publication_date"] or date.min).toordinal(), -row["pk"])


class FacetedIndexPage(RoutablePageMixin, BasePage):
    """An index with facets that show counts, a text search and sorting, all in the query
    string and usable without JavaScript. One query fetches the facet table (core/facets.py);
    one more the page of items."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.INDEX_INTRO)
    per_page = 12
    sort_options = SORT_OPTIONS

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    # Subclasses say what they list and by which facets (filters_class: a ListingFilterSet
    # whose choice filters are the facets).
    filters_class = None

    def item_model(self):
        raise NotImplementedError

    def scoped_items(self, scope):
        raise NotImplementedError

    def listed_items(self, scope):
        """The live, public items this index lists (before facets and search)."""
        return self.scoped_items(scope).live().filter(public_q(), locale=scope.locale_id)

    def own_listed_items(self):
        """The items this index lists in its own scope (before filters)."""
        return self.listed_items(scope_for(self))

    def has_listed_items(self):
        """Whether the index lists anything; an empty one stays out of the menu (core/chrome)."""
        return self.own_listed_items().exists()

    def facet_rows(self, listed, facets, labeller):
        """One row per item with, per facet, the set of its values (core/facets.py)."""
        fields = {
            name: models.F(filter_.facet_field or filter_.field_name)
            for name, filter_ in facets.items()
        }
        value_rows = listed.values(
            "pk",
            "path",
            "title",
            "publication_date",
            # Annotation names must not clash with the model's own fields.
            **{f"facet_{name}": field for name, field in fields.items()},
        )
        rows = group_rows(
            ({**row, **{name: row[f"facet_{name}"] for name in fields}} for row in value_rows),
            list(fields),
        )
        if "gemeente" in fields:
            # An item belongs to the municipality it is published under as well.
            for row in rows:
                home = labeller.label_for_path(row["path"])
                if home is not None:
                    row["gemeente"].add(home.slug)
        return rows

    def listing_state(self, request):
        scope = scope_for(self)
        listed = self.listed_items(scope)
        filters = self.filters_class(
            request, listed, locale_id=scope.locale_id, municipalities=scope.municipality_choices()
        )
        facets = filters.facets()
        # The facet table changes with what is published (anywhere: a municipality's index
        # also lists the examples of others that name it), not with the query string.
        table = cached(
            ("facet-table", self.pk, *facets),
            lambda: FacetTable(
                self.facet_rows(listed, facets, MunicipalityLabeller()),
                list(facets),
                {"az": lambda row: row["title"].casefold(), "nieuw": newest_first},
            ),
            scope=EVERYWHERE,
            in_process=True,  # one row per example: thousands nationally
        )
        values = filters.values
        selected = {name: values[name] for name in facets}
        query = values["q"]
        sort = filters.sort()
        found = frozenset(find_pks(self.item_model(), query)) if query else None
        facet_list = [
            table.facet(name, filter_.label, filter_.choices, selected, values, within=found)
            for name, filter_ in facets.items()
        ]
        result_pks = table.results(selected, "az" if sort == "az" else "nieuw", within=found)
        return {
            "scope": scope,
            "facets": facet_list,
            "filters": values,
            "query": query,
            "sort": sort,
            "sort_options": self.sort_options,
            "result_pks": result_pks,
        }

    def fetch(self, pks, scope):
        items = in_order(with_card_images(self.item_model().objects.filter(pk__in=pks)), pks)
        return label_items(items, scope)

    @path("", name="index")
    def index_route(self, request):
        state = self.listing_state(request)
        listing = paginate(request, state["result_pks"], self.per_page, state["filters"])
        items = self.fetch(list(listing.page.object_list), state["scope"])
        context = {
            **state,
            "listing": listing,
            "items": items,
            "feed_url": feed_url(self, request, state["filters"]),
        }
        return self.render(request, context_overrides=context)

    @path("rss/", name=FEED_ROUTE)
    def feed_route(self, request):
        state = self.listing_state(request)
        items = self.fetch(state["result_pks"][:FEED_LENGTH], state["scope"])
        return ListingFeed(self, items, request)(request)


class PracticeStatus(models.TextChoices):
    RUNNING = "lopend", _("Lopend")
    FINISHED = "afgerond", _("Afgerond")


class InstrumentKind(models.TextChoices):
    CHECKLIST = "checklist", _("Checklist")
    GUIDE = "handreiking", _("Handreiking")
    FACTSHEET = "factsheet", _("Factsheet")
    TRAINING = "training", _("Training")
    TEMPLATE = "template", _("Sjabloon")


class InstrumentAudience(models.TextChoices):
    MUNICIPALITY = "gemeente", _("Gemeente")
    VOLUNTEER_CENTRE = "vrijwilligerscentrale", _("Vrijwilligerscentrale")
    AZC = "azc-coa", _("AZC / COA")
    VOLUNTEER = "vrijwilliger", _("Vrijwilliger")


class PracticeFilters(ListingFilterSet):
    thema = ThemeFilter(label=_("Thema"))
    gemeente = MunicipalityFilter(label=_("Gemeente"), facet_field="involved_municipalities__slug")
    status = ChoiceFilter(label=_("Status"), choices=PracticeStatus.choices)
    q = SearchFilter()
    sorteer = SortFilter(choices=list(SORT_OPTIONS.items()))


class PracticeIndexPage(FacetedIndexPage):
    """Praktijkvoorbeelden: nationally all of them; locally those that involve the municipality."""

    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = ["practices.PracticeExamplePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht praktijkvoorbeelden")
        verbose_name_plural = _("overzichten praktijkvoorbeelden")

    filters_class = PracticeFilters

    def item_model(self):
        return PracticeExamplePage

    def scoped_items(self, scope):
        return PracticeExamplePage.objects.filter(
            scope.items_q(PracticeExamplePage, involved=PracticeExamplePage.involved_municipalities)
        )


class PracticeExamplePage(CommentsMixin, ContentFields, BasePage):
    """A practice example, in the sections practitioners use; members can comment."""

    Status = PracticeStatus
    og_type = "article"

    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), related_name="+")
    summary = models.TextField(
        _("samenvatting"),
        max_length=600,
        help_text=help_texts.PRACTICE_SUMMARY,
    )
    why_and_goal = RichTextField(
        _("aanleiding en doel"), blank=True, features=RICH_TEXT, help_text=help_texts.WHY_AND_GOAL
    )
    approach = RichTextField(
        _("aanpak"), blank=True, features=RICH_TEXT, help_text=help_texts.APPROACH
    )
    works_well = RichTextField(
        _("wat werkt goed"), blank=True, features=RICH_TEXT, help_text=help_texts.WORKS_WELL
    )
    could_be_better = RichTextField(
        _("wat kan beter"), blank=True, features=RICH_TEXT, help_text=help_texts.COULD_BE_BETTER
    )
    results = RichTextField(
        _("resultaten"), blank=True, features=RICH_TEXT, help_text=help_texts.RESULTS
    )
    involved_municipalities = ParentalManyToManyField(
        "municipalities.MunicipalityHomePage",
        verbose_name=_("betrokken gemeenten"),
        blank=True,
        related_name="practice_examples",
    )
    target_group = models.CharField(
        _("doelgroep"), max_length=200, blank=True, help_text=help_texts.TARGET_GROUP
    )
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("listing_image", heading=_("Hoofdafbeelding")),
        FieldPanel("why_and_goal"),
        FieldPanel("approach"),
        MultiFieldPanel(
            [FieldPanel("works_well"), FieldPanel("could_be_better")], heading=_("Ervaringen")
        ),
        FieldPanel("results"),
        InlinePanel("partners", heading=_("Partners"), label=_("partner")),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple, required_on_save=False),
                FieldPanel("involved_municipalities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_group"),
                FieldPanel("start_date"),
                FieldPanel("status"),
                FieldPanel("publication_date"),
            ],
            heading=_("Kenmerken"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        InlinePanel("attachments", heading=_("Bijlagen"), label=_("bijlage")),
        InlinePanel("gallery", heading=_("Afbeeldingen"), label=_("afbeelding")),
    ]
    promote_panels = BasePage.promote_panels_without_image
    settings_panels = (
        BasePage.settings_panels + ContentFields.flag_panels + CommentsMixin.comments_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("why_and_goal"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("target_group"),
        index.FilterField("status"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    @property
    def intro(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = list(self.themes.all())
        context["municipalities"] = list(self.involved_municipalities.order_by("title"))
        context["partners"] = list(self.partners.select_related("partner"))
        context["attachments"] = list(self.attachments.select_related("document"))
        context["gallery"] = list(self.gallery.select_related("image"))
        context["instruments"] = list(self.instruments.live().filter(public_q()))
        return context


class PracticePartner(PartnerLink):
    page = ParentalKey(PracticeExamplePage, related_name="partners", on_delete=models.CASCADE)

    class Meta(PartnerLink.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class PracticeAttachment(Orderable):
    page = ParentalKey(PracticeExamplePage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")


class PracticeImage(Orderable):
    page = ParentalKey(PracticeExamplePage, related_name="gallery", on_delete=models.CASCADE)
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("afbeelding"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("onderschrift"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("afbeelding")
        verbose_name_plural = _("afbeeldingen")


class InstrumentFilters(ListingFilterSet):
    soort = ChoiceFilter(field_name="kind", label=_("Soort"), choices=InstrumentKind.choices)
    thema = ThemeFilter(label=_("Thema"))
    doelgroep = ChoiceFilter(
        field_name="audience", label=_("Voor wie"), choices=InstrumentAudience.choices
    )
    q = SearchFilter()
    sorteer = SortFilter(choices=list(SORT_OPTIONS.items()))


class InstrumentIndexPage(FacetedIndexPage):
    """Instrumenten: checklists, handreikingen, factsheets, trainings and templates."""

    parent_page_types = ["home.NationalHomePage"]
    subpage_types = ["practices.InstrumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht instrumenten")
        verbose_name_plural = _("overzichten instrumenten")

    filters_class = InstrumentFilters

    def item_model(self):
        return InstrumentPage

    def scoped_items(self, scope):
        return InstrumentPage.objects.filter(scope.items_q(InstrumentPage))


class InstrumentPage(ContentFields, BasePage):
    Kind = InstrumentKind
    Audience = InstrumentAudience

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    audience = models.CharField(_("voor wie"), max_length=30, choices=Audience.choices)
    summary = models.TextField(
        _("samenvatting"), max_length=600, help_text=help_texts.INSTRUMENT_SUMMARY
    )
    practice_examples = ParentalManyToManyField(
        PracticeExamplePage,
        verbose_name=_("gebruikt in praktijkvoorbeelden"),
        blank=True,
        related_name="instruments",
    )

    # Instruments are published nationally only and listed on the national site only, so
    # "toon op alle sites" and "landelijk uitlichten" would mean nothing: "uitlichten" puts
    # one on the national home page.
    show_on_all_sites = None
    featured_nationally = None

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("kind"),
        FieldPanel("audience"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        InlinePanel("documents", heading=_("Documenten"), label=_("document")),
        FieldPanel("practice_examples"),
    ]
    settings_panels = BasePage.settings_panels + [
        MultiFieldPanel([FieldPanel("featured")], heading=_("Zichtbaarheid"))
    ]
    search_fields = BasePage.search_fields + [index.SearchField("summary")]

    parent_page_types = ["practices.InstrumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instrumenten")

    @property
    def intro(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = list(self.themes.all())
        context["documents"] = list(self.documents.select_related("document"))
        context["practices"] = list(self.practice_examples.live().filter(public_q()))
        return context


class InstrumentDocument(Orderable):
    page = ParentalKey(InstrumentPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
