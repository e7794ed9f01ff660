"""Site search: /zoeken/ on every site, what it finds and how it shows it."""

import re

import pytest
from django.db import connection
from django.utils.html import escape

from tests.factories import (
    add_instrument,
    add_news,
    add_post,
    add_practice,
    board_of,
    instrument_index,
    municipality,
    national_home,
    news_index,
    practice_index,
)
from tests.factories.translations import translate_page

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


@pytest.fixture(scope="module", autouse=True)
def shared_world(module_world):
    with module_world():
        return _build_world()


@pytest.fixture
def world(shared_world):
    """The module's pages, looked up again: what a test changes in them stays in the test."""
    return {name: type(item).objects.get(pk=item.pk) for name, item in shared_world.items()}


def _build_world():
    alkmaar = municipality("alkmaar")
    arnhem = municipality("arnhem")
    national = national_home()
    garden = add_practice(
        practice_index(alkmaar),
        "Samen tuinieren in de buurttuin",
        municipalities=[alkmaar],
        summary="Bewoners van het AZC en buren zaaien en oogsten samen in de buurttuin.",
    )
    volunteer_work = add_news(
        news_index(arnhem),
        "Vrijwilligerswerk in de wijk",
        intro="Nieuwkomers doen mee als vrijwilliger bij het buurthuis.",
    )
    national_news = add_news(
        news_index(national),
        "Landelijke dag voor alle tuinen",
        intro="Op de landelijke dag openen tuinen in het hele land hun poort.",
        show_on_all_sites=True,
    )
    instrument = add_instrument(
        instrument_index(national),
        "Werkboek tuinproject starten",
        summary="Stappen om een tuinproject met nieuwkomers te beginnen.",
    )
    post = add_post(
        board_of("arnhem"),
        "Hulp gezocht in de moestuin",
        body="Wie helpt zaterdag met wieden in de moestuin achter de kerk?",
    )
    return {
        "garden": garden,
        "volunteer_work": volunteer_work,
        "national_news": national_news,
        "instrument": instrument,
        "post": post,
    }


def titles(html):
    return re.findall(r'class="search-result__title"[^>]*><a href="[^"]*">([^<]*)</a>', html)


def get(client_for, host, path="/zoeken/", **params):
    response = client_for(host).get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_part_of_a_word_finds_its_compounds_and_whole_words_rank_first(client_for, world):
    html = get(client_for, "localhost", q="tuin")
    found = titles(html)
    # "tuin" is in "buurttuin", "tuinproject", "tuinieren", "moestuin", "tuinen".
    assert set(found) == {
        "Samen tuinieren in de buurttuin",
        "Landelijke dag voor alle tuinen",
        "Werkboek tuinproject starten",
        "Hulp gezocht in de moestuin",
    }
    # Pages before posts.
    assert found[-1] == "Hulp gezocht in de moestuin"
    assert "<mark>tuin</mark>" in html


def test_vrijwilliger_finds_vrijwilligerswerk(client_for, world):
    assert titles(get(client_for, "localhost", q="vrijwilliger")) == [
        "Vrijwilligerswerk in de wijk"
    ]


def test_a_municipality_searches_its_own_and_national_items_for_all_sites(client_for, world):
    found = titles(get(client_for, "alkmaar.localhost", q="tuin"))
    assert set(found) == {"Samen tuinieren in de buurttuin", "Landelijke dag voor alle tuinen"}
    found = titles(get(client_for, "arnhem.localhost", q="tuin"))
    assert set(found) == {"Landelijke dag voor alle tuinen", "Hulp gezocht in de moestuin"}


def test_national_facets_count_types_and_municipalities(client_for, world):
    html = get(client_for, "localhost", q="tuin")
    assert re.search(r"Praktijkvoorbeeld <span class=\"facet-count\">\(1", html)
    assert re.search(r"Prikbord <span class=\"facet-count\">\(1", html)
    assert re.search(r"Alkmaar <span class=\"facet-count\">\(1", html)
    assert re.search(r"Arnhem <span class=\"facet-count\">\(1", html)
    narrowed = get(client_for, "localhost", q="tuin", gemeente="alkmaar")
    assert titles(narrowed) == ["Samen tuinieren in de buurttuin"]
    by_type = get(client_for, "localhost", q="tuin", soort="prikbord")
    assert titles(by_type) == ["Hulp gezocht in de moestuin"]


def test_a_municipality_search_has_no_municipality_facet(client_for, world):
    html = get(client_for, "alkmaar.localhost", q="tuin")
    assert 'id="facet-soort"' in html
    assert 'id="facet-gemeente"' not in html


def test_only_visible_posts_are_found(client_for, world):
    add_post(board_of("arnhem"), "Moestuin wacht op goedkeuring", status="pending")
    add_post(board_of("arnhem"), "Moestuin geweigerd", status="rejected")
    found = titles(get(client_for, "localhost", q="moestuin"))
    assert found == ["Hulp gezocht in de moestuin"]


def test_drafts_are_not_found(client_for, world):
    world["garden"].unpublish()
    assert "Samen tuinieren in de buurttuin" not in titles(get(client_for, "localhost", q="tuin"))


def test_results_show_type_municipality_date_and_link(client_for, world):
    html = get(client_for, "localhost", q="buurttuin")
    assert titles(html) == ["Samen tuinieren in de buurttuin"]
    # Linked as every national listing links it (from the national site's own tree).
    assert (
        '<a href="/gemeenten/alkmaar/praktijkvoorbeelden/samen-tuinieren-in-de-buurttuin/">' in html
    )
    assert '<span class="label">Praktijkvoorbeeld</span>' in html
    assert '<span class="label">Alkmaar</span>' in html
    assert "<time datetime=" in html


def test_an_empty_query_shows_help(client_for, world):
    html = get(client_for, "localhost")
    assert "Tips:" in html
    assert "search-result" not in html


@pytest.mark.parametrize(
    "query",
    ['"tuin', "tuin & | !", "tuin:*", "tuin' --", "\x00tuin\x07", "(tuin", "tuin\\"],
)
def test_operators_quotes_and_control_characters_never_fail(client_for, world, query):
    assert "Samen tuinieren in de buurttuin" in titles(get(client_for, "localhost", q=query))


@pytest.mark.parametrize("query", ["!!!", "&|!:*()", "\x00\x01", "'\"'", " "])
def test_a_query_without_words_shows_help(client_for, world, query):
    html = get(client_for, "localhost", q=query)
    assert "Tips:" in html
    assert "search-result" not in html


def test_the_query_is_shown_escaped_and_cut(client_for, world):
    html = get(client_for, "localhost", q='<b onmouseover="x">tuin</b>')
    assert '<b onmouseover="x">' not in html
    assert escape('<b onmouseover="x">tuin</b>') in html
    long = get(client_for, "localhost", q="a" * 500)
    assert 'value="' + "a" * 200 + '"' in long
    assert "“" + "a" * 200 + "”" in long


def test_no_results_suggests_what_to_try(client_for, world):
    html = get(client_for, "alkmaar.localhost", q="onvindbaarwoord")
    assert "Niets gevonden" in html
    assert "Controleer de spelling" in html
    assert 'href="http://localhost/zoeken/?q=onvindbaarwoord"' in html


def test_search_in_arabic_finds_translations_and_dutch_sources_once(client_for, world):
    translate_page(
        world["garden"], "ar", {"Samen tuinieren in de buurttuin": "الزراعة معًا في حديقة الحي"}
    )
    html = get(client_for, "localhost", "/ar/zoeken/", q="tuin")
    found = titles(html)
    assert "الزراعة معًا في حديقة الحي" in found
    assert "Samen tuinieren in de buurttuin" not in found
    assert len(found) == 4
    # Found by its Arabic words too.
    assert titles(get(client_for, "localhost", "/ar/zoeken/", q="حديقة")) == [
        "الزراعة معًا في حديقة الحي"
    ]
    # A Dutch result inside the Arabic page is marked as Dutch.
    assert re.search(r'class="search-result__title" lang="nl" dir="ltr"><a href="[^"]*/ar/', html)


def test_the_header_has_a_search_field_on_every_site(client_for, world):
    for host, path, action in [
        ("localhost", "/nieuws/", "/zoeken/"),
        ("alkmaar.localhost", "/nieuws/", "/zoeken/"),
        ("alkmaar.localhost", "/ar/", "/ar/zoeken/"),
    ]:
        html = client_for(host).get(path).content.decode()
        assert f'<form class="site-search" method="get" action="{action}" role="search">' in html, (
            host,
            path,
        )


def test_a_results_page_costs_the_same_queries_whatever_the_hits(client_for):
    """Few hits, then many of every type (pages of two kinds and posts on a board), one page
    of ten results shown: the same number of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    national = national_home()
    alkmaar = municipality("alkmaar")
    client = client_for("localhost")

    def add_hits(numbers):
        for number in numbers:
            add_news(news_index(national), f"Tuinnieuws {number}", intro="Over de buurttuin.")
            add_practice(
                practice_index(alkmaar), f"Tuinvoorbeeld {number}", municipalities=[alkmaar]
            )
            add_post(board_of("alkmaar"), f"Tuinhulp {number}")

    def queries_of_results_page(**params):
        client.get("/zoeken/", {"q": "tuin"})  # the site around the page, cached
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/zoeken/", {"q": "tuin", **params})
        assert response.status_code == 200
        assert len(titles(response.content.decode())) == 10
        return len(queries)

    add_hits(range(10))
    # A page of ten results (pages of two types, before posts); a page of ten news items.
    few_mixed, few_news = queries_of_results_page(), queries_of_results_page(soort="nieuws")
    add_hits(range(10, 40))
    many_mixed, many_news = queries_of_results_page(), queries_of_results_page(soort="nieuws")
    assert many_news == few_news
    # One query more per type shown, not per result: the many fill the page with pages.
    assert many_mixed <= few_mixed <= 16


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Dutch stemming is PostgreSQL's (CI and production); SQLite has none",
)
def test_dutch_stemming_finds_other_forms_of_a_word(client_for):
    add_news(news_index(national_home()), "Een tuin voor iedereen", intro="Samen zaaien.")
    # "tuinen" and "tuin" share the Dutch stem; "tuinen" is not a part of "tuin". (The
    # module's national news item says "tuinen" itself.)
    assert "Een tuin voor iedereen" in titles(get(client_for, "localhost", q="tuinen"))


def test_an_event_shows_its_next_date(client_for, world):
    from datetime import timedelta

    from django.utils import timezone
    from django.utils.formats import date_format

    from tests.factories import add_event, calendar_of

    start = timezone.now().replace(microsecond=0) + timedelta(days=9)
    add_event(
        calendar_of(municipality("alkmaar")),
        "Plantjesdag in de buurttuin",
        start,
        start + timedelta(hours=2),
    )
    html = get(client_for, "alkmaar.localhost", q="plantjesdag")
    assert titles(html) == ["Plantjesdag in de buurttuin"]
    assert '<span class="label">Activiteit</span>' in html
    day = timezone.localtime(start).date()
    assert f'<time datetime="{day:%Y-%m-%d}">{date_format(day, "j F Y")}</time>' in html


def test_an_excerpt_shows_rich_text_as_text_and_marks_escaped():
    from search.excerpts import excerpt

    # Markup gone, an entity shown as its character (escaped once), the word marked.
    assert excerpt("<p>Tuin &amp; keuken <b>samen</b></p>", ["tuin"]) == (
        "<mark>Tuin</mark> &amp; keuken samen"
    )
    assert excerpt("<script>tuin</script>", ["tuin"]) == "<mark>tuin</mark>"
