"""The national home's map of the participating municipalities (a home page section, see
core.sections): a marker for every one of them, each a link to its own site."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.cache import GLOBAL, cached
from core.sections import Section, child_of_type

from .models import MunicipalityIndexPage, municipality_entries, participating_map


@dataclass
class HomeMap:
    """The map as the home shows it, drawn once per language and cached: at the size of the
    country a few hundred markers, which the template need not draw on every request."""

    svg: str
    places: int
    markers: int


def municipalities_map(home, request, children):
    """On a home with the index of municipalities among its sections (the national one)."""
    index = child_of_type(children, MunicipalityIndexPage)
    if index is None:
        return None

    def build():
        homes = index.specific.municipalities().order_by("title")
        entries = municipality_entries(homes, request)
        drawn = participating_map(
            entries,
            _(
                "Elk punt is een gemeente die meedoet en een link naar de site van die "
                "gemeente. Dezelfde gemeenten staan als lijst onder de link “Alle gemeenten op "
                "een rij”."
            ),
        )
        svg = render_to_string("components/country_map.html", {"map": drawn})
        return HomeMap(svg=mark_safe(svg), places=drawn.places, markers=len(drawn.markers))  # noqa: S308

    # A municipality that joins, moves or leaves changes its home page or its Site: both bump
    # GLOBAL (core/signals.py), so the map is drawn again.
    drawn = cached(("municipalities-map", translation.get_language()), build, scope=GLOBAL)
    if not drawn.markers:
        return None
    return Section(
        key="map",
        title=_("Gemeenten die meedoen"),
        items=[drawn],
        more_url=index.get_url(request),
        more_label=_("Alle gemeenten op een rij"),
        template="municipalities/home_map.html",
    )
