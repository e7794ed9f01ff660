"""The listing kernel: what every listing (news, blogs, practice examples, instruments, the
calendar, the bulletin board, the directory, the municipalities) reads from its query string,
and how it pages.

Each listing declares its filters as a ListingFilterSet (django-filter) with the Dutch query
keys of its URLs. The rules are the same everywhere and nothing here ever fails:
- a filter value the listing does not know is ignored, that filter alone (the others apply);
- of a repeated parameter the last value counts;
- free text is cleaned (core.text) and cut to MAX_TEXT_LENGTH;
- a page number that is not a number gives page 1, one past the end gives the last page.
"""

from dataclasses import dataclass
from itertools import islice
from math import ceil
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from wagtail.images import get_image_model

from .cache import cached
from .models import themes_for
from .search import find_pks
from .text import clean_member_text

MAX_TEXT_LENGTH = 100
PAGE_PARAMETER = "pagina"


def clean_text(value):
    """Free text made safe to filter on (one line, at most MAX_TEXT_LENGTH long)."""
    return clean_member_text(value, one_line=True, max_length=MAX_TEXT_LENGTH)


# --- Filters --------------------------------------------------------------------------------------


class SearchTextField(forms.CharField):
    """Free text that is cleaned rather than refused: NUL and the like are dropped before the
    field's validators see them, and over-long text is cut."""

    def to_python(self, value):
        return clean_text(super().to_python(value))


class SearchFilter(django_filters.CharFilter):
    """?q=: free text. With `indexed`, the items the site search finds for it (core.search:
    whole words, word starts, parts of words; the model must be indexed); with
    `search_fields`, found (icontains) in any of them. Without either the filter only reads
    the text, for a listing that applies core.search itself (a faceted listing)."""

    field_class = SearchTextField

    def __init__(self, *args, search_fields=(), indexed=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.search_fields = search_fields
        self.indexed = indexed

    def filter(self, qs, value):
        if not value:
            return qs
        if self.indexed:
            return qs.filter(pk__in=find_pks(qs.model, value))
        if not self.search_fields:
            return qs
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return qs.filter(condition)


class ChoiceFilter(django_filters.ChoiceFilter):
    """One value of a fixed list. On a faceted listing (core/facets.py) it is a facet, whose
    values per item come from `facet_field` (by default the field it filters on)."""

    def __init__(self, *args, facet_field=None, **kwargs):
        kwargs.setdefault("choices", [])
        kwargs.setdefault("null_label", None)
        super().__init__(*args, **kwargs)
        self.facet_field = facet_field

    @property
    def choices(self):
        return list(self.extra["choices"])

    @property
    def offered(self):
        """Whether the listing offers this filter at all."""
        return True


class ThemeFilter(ChoiceFilter):
    """?thema=<slug>: items with that theme; the choices are the themes of the listing's
    language."""

    def __init__(self, field_name="themes__slug", **kwargs):
        super().__init__(field_name=field_name, **kwargs)


class MunicipalityFilter(ChoiceFilter):
    """?gemeente=<slug>: on a national listing, items published under that municipality's home
    (`field_name` is the path of the tree page they live under). Elsewhere there are no choices,
    so every value is ignored."""

    def __init__(self, field_name="path", **kwargs):
        super().__init__(field_name=field_name, **kwargs)

    @property
    def offered(self):
        return bool(self.parent.municipalities)

    def filter(self, qs, value):
        home = next((home for home in self.parent.municipalities if home.slug == value), None)
        if home is None:
            return qs
        return qs.filter(Q(**{f"{self.field_name}__startswith": home.path}))


class SortFilter(ChoiceFilter):
    """?sorteer=: one of the listing's orders (applied by the listing; the first is the
    default and is left out of links)."""

    def filter(self, qs, value):
        return qs

    @property
    def default(self):
        return self.choices[0][0] if self.choices else ""


class ListingFilterSet(django_filters.FilterSet):
    """The filters of one listing, read from request.GET. `locale_id` gives the theme choices,
    `municipalities` (homes with slug, title and path) the municipality choices: pass them on
    national listings only."""

    def __init__(self, request, queryset, *, locale_id=None, municipalities=()):
        super().__init__(request.GET, queryset=queryset, request=request)
        self.municipalities = list(municipalities)
        self.themes = themes_for(locale_id) if locale_id is not None else []
        for filter_ in self.filters.values():
            if isinstance(filter_, ThemeFilter):
                filter_.extra["choices"] = [(theme.slug, theme.name) for theme in self.themes]
            elif isinstance(filter_, MunicipalityFilter):
                filter_.extra["choices"] = [(home.slug, home.title) for home in self.municipalities]

    @property
    def values(self):
        """{query key: value or ""} for every filter, in declaration order; an unknown value
        reads as ""."""
        self.form.is_valid()
        cleaned = self.form.cleaned_data
        values = {name: cleaned.get(name) or "" for name in self.filters}
        for name, filter_ in self.filters.items():
            if isinstance(filter_, SortFilter) and values[name] == filter_.default:
                values[name] = ""
        return values

    def sort(self, name="sorteer"):
        """The chosen order, or the default one."""
        return self.values[name] or self.filters[name].default

    def facets(self):
        """{query key: filter} of the choice filters the listing offers, in order."""
        return {
            name: filter_
            for name, filter_ in self.filters.items()
            if isinstance(filter_, ChoiceFilter)
            and not isinstance(filter_, SortFilter)
            and filter_.offered
        }

    @property
    def query(self):
        """The active filters, for links that keep them."""
        return {name: value for name, value in self.values.items() if value}

    @property
    def query_string(self):
        return urlencode(self.query)


# --- Pages ----------------------------------------------------------------------------------------


def page_number(request, name=PAGE_PARAMETER):
    value = request.GET.get(name, "")
    try:
        number = int(value)
    except ValueError:
        return 1
    return max(number, 1)


@dataclass
class Listing:
    page: object  # django.core.paginator.Page
    query: dict  # the active filters, for links that keep them

    def url_for_page(self, number):
        return "?" + urlencode({**self.query, PAGE_PARAMETER: number})

    @property
    def filter_query(self):
        return urlencode(self.query)

    @property
    def previous_url(self):
        return (
            self.url_for_page(self.page.previous_page_number()) if self.page.has_previous() else ""
        )

    @property
    def next_url(self):
        return self.url_for_page(self.page.next_page_number()) if self.page.has_next() else ""

    @property
    def page_links(self):
        """The numbered links: the first and last pages and two on either side of this one,
        None for each gap between them (the national news has thousands of pages)."""
        links = []
        for number in self.page.paginator.get_elided_page_range(
            self.page.number, on_each_side=2, on_ends=1
        ):
            if number == Paginator.ELLIPSIS:
                links.append(None)
            else:
                links.append(
                    PageLink(number, self.url_for_page(number), number == self.page.number)
                )
        return links


@dataclass
class PageLink:
    number: int
    url: str
    current: bool


def paginate(request, items, per_page, query, count_key=None):
    """A page of `items`: out-of-range numbers give the last page, never an error. `query` is
    the listing's filters (a ListingFilterSet or a dict), kept in the page links. With a
    `count_key` (a tuple naming the listing and its filters) the number of items is cached
    until the next publish: counting tens of thousands of national items reads them all."""
    if isinstance(query, ListingFilterSet):
        query = query.query
    paginator = Paginator(items, per_page)
    if count_key is not None:
        # Paginator.count is a cached_property: set, it is not computed again.
        paginator.count = cached(("listing-count", *count_key), lambda: paginator.count)
    number = min(page_number(request), paginator.num_pages)
    page = paginator.page(number)
    # A list, so the items can be shown in the active language (core.language_tree).
    page.object_list = list(page.object_list)
    return Listing(page=page, query={k: v for k, v in query.items() if v})


# A page of a stream: a listing whose length is not known until it is read to its end (the
# calendar's occurrences, merged lazily). Only as far as the page is read, and one item more to
# know whether a next page exists.
MAX_STREAM_PAGES = 250


@dataclass
class StreamPage:
    """The page of a stream, with what a django.core.paginator.Page offers the listing
    templates. `count` is the stream's length once this page is its last, else None."""

    number: int
    object_list: list
    per_page: int
    more: bool
    count: int | None

    def has_next(self):
        return self.more

    def has_previous(self):
        return self.number > 1

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def end_index(self):
        """The 1-based index of the page's last item (as Django's Page has it)."""
        return (self.number - 1) * self.per_page + len(self.object_list)


def paginate_stream(request, items, per_page, query, max_pages=MAX_STREAM_PAGES):
    """A page of `items`, an iterable in display order that is read no further than this page
    and one item more. As in paginate(): a page past the end gives the last page (the stream
    has been read to its end by then); a number above `max_pages` reads as `max_pages`, so no
    link costs more than that many pages (and that page offers no next one)."""
    if isinstance(query, ListingFilterSet):
        query = query.query
    number = min(page_number(request), max_pages)
    read = list(islice(items, number * per_page + 1))
    more = len(read) > number * per_page
    if not more:
        number = min(number, max(ceil(len(read) / per_page), 1))
    page = StreamPage(
        number=number,
        object_list=read[(number - 1) * per_page : number * per_page],
        per_page=per_page,
        more=more and number < max_pages,
        count=None if more else len(read),
    )
    return Listing(page=page, query={k: v for k, v in query.items() if v})


# --- Fetching -------------------------------------------------------------------------------------

# Renditions a card uses (templates/components/card.html); prefetched with the listing.
CARD_RENDITIONS = ["fill-400x225|format-webp", "fill-800x450|format-webp"]


def with_card_images(items, themes=True):
    """Listing images joined in, their card renditions prefetched (one query), and unless told
    otherwise the themes (one more) for a page of items."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_RENDITIONS)
    )
    items = items.select_related("listing_image").prefetch_related(
        Prefetch("listing_image__renditions", queryset=renditions)
    )
    return items.prefetch_related("themes") if themes else items


def in_order(items, pks):
    """The items of a queryset in the order of `pks`."""
    by_pk = {item.pk: item for item in items}
    return [by_pk[pk] for pk in pks if pk in by_pk]
