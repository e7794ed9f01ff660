"""/zoeken/ on every site (and under every language's prefix)."""

from urllib.parse import urlencode

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from core.facets import build_facet, filter_rows
from core.listing import paginate
from core.search import terms_of
from municipalities.aggregation import scope_for

from .excerpts import excerpt
from .filters import SearchFilters
from .results import results_for, search_site

PER_PAGE = 10


def national_search_url(query, site=None):
    """The same search on the national site (every site's pages), in the active language."""
    national = Site.objects.filter(is_default_site=True).first()
    if national is None or national == site:
        return ""
    return f"{national.root_url}{reverse('search')}?{urlencode({'q': query})}"


def search(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    scope = scope_for(site.root_page.specific)
    filters = SearchFilters(
        request, Page.objects.none(), municipalities=scope.municipality_choices()
    )
    values = filters.values
    query = values["q"]
    terms = terms_of(query)
    found = search_site(scope, terms, translation.get_language())
    facets = filters.facets()
    selected = {name: values[name] for name in facets}
    facet_list = [
        build_facet(found, name, filter_.label, filter_.choices, selected, values)
        for name, filter_ in facets.items()
    ]
    rows = filter_rows(found, selected)
    listing = paginate(request, [row["pk"] for row in rows], PER_PAGE, filters)
    results = results_for(listing.page.object_list, scope, request)
    for result in results:
        result.excerpt = excerpt(result.text, terms)
    context = {
        "query": query,
        "has_terms": bool(terms),
        "facets": facet_list if found else [],
        "filters": values,
        "listing": listing,
        "results": results,
        "is_national": scope.is_national,
        "national_search_url": (
            national_search_url(query, site) if terms and not rows and not scope.is_national else ""
        ),
    }
    return TemplateResponse(request, "search/results.html", context)
