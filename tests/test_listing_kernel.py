"""The listing kernel (core.listing) and the member-text cleaner (core.text) on their own: what
every listing relies on, without a page tree."""

from types import SimpleNamespace

import pytest
from django.test import RequestFactory

from core.listing import (
    MAX_TEXT_LENGTH,
    ChoiceFilter,
    ListingFilterSet,
    MunicipalityFilter,
    SearchFilter,
    SortFilter,
    paginate,
)
from core.models import Theme
from core.text import clean_member_text, is_blank

HOMES = [
    SimpleNamespace(slug="alkmaar", title="Alkmaar", path="000100010001"),
    SimpleNamespace(slug="arnhem", title="Arnhem", path="000100010002"),
]


class ExampleFilters(ListingFilterSet):
    soort = ChoiceFilter(field_name="slug", choices=[("aanbod", "Aanbod"), ("vraag", "Vraag")])
    gemeente = MunicipalityFilter(field_name="name")
    q = SearchFilter()
    sorteer = SortFilter(choices=[("nieuw", "Nieuwste eerst"), ("az", "Titel A-Z")])


def filters(query, municipalities=HOMES):
    request = RequestFactory().get("/" + query)
    return ExampleFilters(request, Theme.objects.all(), municipalities=municipalities)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("", {"soort": "", "gemeente": "", "q": "", "sorteer": ""}),
        ("?soort=vraag&gemeente=arnhem", {"soort": "vraag", "gemeente": "arnhem"}),
        # An unknown value is ignored, that filter alone.
        ("?soort=bestaat-niet&gemeente=arnhem", {"soort": "", "gemeente": "arnhem"}),
        ("?soort=VRAAG&gemeente=%00", {"soort": "", "gemeente": ""}),
        ("?soort=null", {"soort": ""}),
        # The last of a repeated parameter counts.
        ("?soort=aanbod&soort=vraag", {"soort": "vraag"}),
        # The default order is left out of links.
        ("?sorteer=nieuw", {"sorteer": ""}),
        ("?sorteer=az", {"sorteer": "az"}),
        ("?sorteer=zz", {"sorteer": ""}),
        # Free text is cleaned, not refused.
        ("?q=%00fiets%E2%80%AE%00", {"q": "fiets"}),
        ("?q=a%0A%0Ab", {"q": "a b"}),
        ("?q=" + "x" * 3000, {"q": "x" * MAX_TEXT_LENGTH}),
    ],
)
def test_filter_values(query, expected):
    values = filters(query).values
    assert {name: values[name] for name in expected} == expected


def test_municipality_filter_is_offered_on_national_listings_only():
    assert list(filters("?gemeente=arnhem").facets()) == ["soort", "gemeente"]
    local = filters("?gemeente=arnhem", municipalities=[])
    assert list(local.facets()) == ["soort"]
    assert local.values["gemeente"] == ""


def test_query_keeps_the_active_filters_in_order():
    found = filters("?q=tuin&gemeente=alkmaar&soort=aanbod&sorteer=az")
    assert found.query == {"soort": "aanbod", "gemeente": "alkmaar", "q": "tuin", "sorteer": "az"}
    assert found.sort() == "az"
    assert filters("").sort() == "nieuw"


@pytest.mark.parametrize(
    "number,shown",
    [("", 1), ("abc", 1), ("-4", 1), ("0", 1), ("2", 2), ("3", 3), ("99999999999999999999", 3)],
)
def test_page_numbers_never_fail(number, shown):
    request = RequestFactory().get("/", {"pagina": number})
    listing = paginate(request, list(range(25)), 10, {"thema": "groen", "gemeente": ""})
    assert listing.page.number == shown
    assert listing.url_for_page(2) == "?thema=groen&pagina=2"


def test_a_long_listing_links_its_ends_and_the_pages_around_this_one():
    """Thousands of pages (the national news) give a handful of links, not thousands."""
    request = RequestFactory().get("/", {"pagina": "50", "thema": "groen"})
    listing = paginate(request, list(range(34_000)), 12, {"thema": "groen"})
    links = listing.page_links
    numbers = [link.number if link else "…" for link in links]
    assert numbers == [1, "…", 48, 49, 50, 51, 52, "…", 2834]
    assert [link.number for link in links if link and link.current] == [50]
    assert links[-1].url == "?thema=groen&pagina=2834"


def test_the_cleaner_keeps_text_and_joiners_and_drops_tricks():
    text = (
        "a\u202eb\u200bc\x00d\u2066e\ufefff\tg\r\n\n\n\n\nh \u0645\u06cc\u200c\u0634\u0648\u062f  "
    )
    assert clean_member_text(text) == "abcdef g\n\nh \u0645\u06cc\u200c\u0634\u0648\u062f"
    assert clean_member_text(text, one_line=True) == (
        "abcdef g h \u0645\u06cc\u200c\u0634\u0648\u062f"
    )
    assert clean_member_text("  a  \n", strip=False) == "  a\n"
    assert clean_member_text("Zoë\u00a0de\u2028Vries", one_line=True, max_length=6) == "Zoë de"
    assert is_blank(clean_member_text("\u200b\u200c \n\t"))
