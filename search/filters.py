"""What /zoeken/ reads from its query string, by the listings' rules (core.listing): the
query (?q=, cut at core.search.MAX_QUERY_LENGTH), the type (?soort=) and, nationally, the
municipality (?gemeente=). Unknown values are ignored."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ChoiceFilter, ListingFilterSet, MunicipalityFilter, SearchFilter
from core.search import clean_query

from .kinds import KINDS


class QueryField(forms.CharField):
    """The search text, cleaned and cut rather than refused (core.search.clean_query)."""

    def to_python(self, value):
        return clean_query(super().to_python(value))


class QueryFilter(SearchFilter):
    field_class = QueryField


class SearchFilters(ListingFilterSet):
    q = QueryFilter()
    soort = ChoiceFilter(label=_("Soort"), choices=[(kind.slug, kind.label) for kind in KINDS])
    gemeente = MunicipalityFilter(label=_("Gemeente"))
