"""What every public page type costs in SQL queries, rendered anew each time (the anonymous page
cache off: a hit costs none), with the site cache (core/cache.py) warm and cold. The world grows
from two municipalities with a few items each to six with many: no page may cost more queries in
the larger one, warm or cold.

Warm, every page stays within 15 (the practice example's page, with its partners, attachments,
gallery and instruments a query each, costs 14: routing finds a page in two queries however
deep, core.language_tree.deepest_dutch_page_along, and a page no view restriction covers is
checked without a query). Cold (right after a purge of the site cache, or a restart) a page
rebuilds its site's chrome (six queries: the menu's indexes are asked whether they list anything
in one, core.chrome) and a home its sections: up to 33 queries, the same at any size since
Wagtail's site root paths are primed in two queries (core/site_roots.py); the issue's 15 is not
met cold."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.routes import subpage_url
from tests.factories import (
    add_blog,
    add_comment,
    add_event,
    add_instrument,
    add_news,
    add_post,
    add_practice,
    add_standard_page,
    blog_index,
    board_of,
    calendar_of,
    image,
    instrument_index,
    member,
    municipality,
    national_home,
    news_index,
    practice_index,
)
from tests.factories.events import at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

BUDGET = 15
COLD_BUDGET = 33
SLUGS = ["alkmaar", "arnhem", "utrecht", "zwolle", "breda", "delft"]


def address(page, route=None, *args):
    url = subpage_url(page, route, *args, full=True) if route else page.get_full_url()
    parts = urlsplit(url)
    return parts.hostname, parts.path


def add_content(home, n, picture, author, tag):
    """n items of each kind under a home (a municipality's or the national one)."""
    for i in range(n):
        news = add_news(
            news_index(home),
            f"Nieuws {tag} {i}",
            themes=["groen"],
            listing_image=picture,
            show_on_all_sites=home.depth == 2,
            featured=i % 3 == 0,
        )
        add_comment(news, author, f"Reactie {i}")
        add_blog(blog_index(home), f"Blog {tag} {i}", listing_image=picture)
        add_practice(practice_index(home), f"Voorbeeld {tag} {i}", themes=["groen", "zorg"])
        start = timezone.now() + timedelta(days=i + 1)
        add_event(
            calendar_of(home),
            f"Activiteit {tag} {i}",
            start,
            start + timedelta(hours=2),
            listing_image=picture,
            repeat_frequency="weekly" if i % 3 == 0 else "",
        )
        past = at(2026, 1, 5 + i % 20, 10)
        add_event(calendar_of(home), f"Geweest {tag} {i}", past, past + timedelta(hours=1))
        add_post(
            board_of(home.slug if home.depth > 2 else None), f"Oproep {tag} {i}", author=author
        )


def build(slugs, n):
    picture = image()
    author = member("lid-budget", display_name="Budget", in_directory=True)
    national = national_home()
    add_content(national, n, picture, author, "landelijk")
    for slug in slugs:
        add_content(municipality(slug), n, picture, author, slug)
    add_instrument(instrument_index(national), "Instrument", practice_examples=[])
    add_standard_page(national, "Over het programma")


def pages():
    national = national_home()
    alkmaar = municipality("alkmaar")
    news = news_index(alkmaar).get_children().live().last().specific
    blog = blog_index(national).get_children().live().last().specific
    practice = practice_index(alkmaar).get_children().live().last().specific
    event = calendar_of(alkmaar).get_children().live().last().specific
    instrument = instrument_index(national).get_children().live().last().specific
    standard = national.get_children().live().filter(slug="over-het-programma").get()
    board = board_of("alkmaar")
    post = board.posts.filter(status="approved").last()
    today = timezone.localdate()
    return {
        "national home": ("localhost", "/"),
        "municipality home": ("alkmaar.localhost", "/"),
        "municipality home on the national host": ("localhost", "/gemeenten/alkmaar/"),
        "municipalities": ("localhost", "/gemeenten/"),
        "national news": ("localhost", "/nieuws/?thema=groen&gemeente=alkmaar"),
        "news": ("alkmaar.localhost", "/nieuws/?pagina=2"),
        "blogs": ("localhost", "/blogs/"),
        "practices, filtered": ("localhost", "/praktijkvoorbeelden/?thema=groen&sorteer=az"),
        "practices, searched": ("localhost", "/praktijkvoorbeelden/?q=voorbeeld"),
        "instruments": ("localhost", "/instrumenten/"),
        "news item": address(news),
        "blog post": address(blog),
        "practice example": address(practice),
        "instrument": address(instrument),
        "standard page": address(standard),
        "event": address(event),
        "calendar": ("localhost", "/kalender/"),
        "calendar month": ("alkmaar.localhost", f"/kalender/{today:%Y/%m}/"),
        "calendar day": ("alkmaar.localhost", f"/kalender/{today:%Y/%m/%d}/"),
        "calendar archive": ("localhost", "/kalender/archief/"),
        "board": ("localhost", "/prikbord/"),
        "board post": address(board, "post", post.pk),
        "search": ("localhost", "/zoeken/?q=nieuws"),
        "search, municipality": ("alkmaar.localhost", "/zoeken/?q=voorbeeld"),
        "directory": ("alkmaar.localhost", "/deelnemers/"),
        "news feed": ("localhost", "/nieuws/rss/"),
        "board feed": ("alkmaar.localhost", "/prikbord/rss/"),
        "calendar feed": ("localhost", "/kalender/ical/"),
        "event download": address(event, "ical"),
        "sitemap": ("alkmaar.localhost", "/sitemap.xml"),
    }


def count(host, path, cold):
    client = Client(HTTP_HOST=host)
    assert client.get(path).status_code == 200, (host, path)
    if cold:
        caches["default"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (host, path)
    return len(queries)


def measure():
    return {
        name: (count(host, path, cold=False), count(host, path, cold=True))
        for name, (host, path) in pages().items()
    }


def test_every_public_page_type_stays_within_its_budget_warm_and_cold():
    build(SLUGS[:2], 3)
    small = measure()
    build(SLUGS[2:], 12)
    large = measure()
    problems = [
        f"{name}: warm {small[name][0]} → {large[name][0]}, cold {small[name][1]} → "
        f"{large[name][1]}"
        for name in small
        if large[name][0] > BUDGET
        or large[name][1] > COLD_BUDGET
        or large[name][0] > small[name][0]
        or large[name][1] > small[name][1]
    ]
    assert not problems, "\n".join(problems)


def test_a_municipality_listing_asks_only_for_the_national_sections_that_hold_its_items():
    """A municipality's news shows national items "for all sites": the query names the
    national news index, not every section of the national home (with a dozen of them
    PostgreSQL took longer to plan the query than to run it)."""
    national = national_home()
    for i in range(6):
        add_standard_page(national, f"Over ons {i}")
    alkmaar = municipality("alkmaar")
    add_news(news_index(alkmaar), "Buurtfeest")
    add_news(news_index(national), "Landelijk bericht", show_on_all_sites=True)
    client = Client(HTTP_HOST="alkmaar.localhost")
    client.get("/nieuws/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/nieuws/")
    html = response.content.decode()
    assert "Buurtfeest" in html and "Landelijk bericht" in html
    listing = [q["sql"] for q in queries if 'FROM "blog_newspage"' in q["sql"]]
    assert listing, [q["sql"][:80] for q in queries]
    news_section = news_index(national).path
    for sql in listing:
        assert f"'{news_section}%'" in sql
        # The municipality's own tree and the national news index: two prefixes.
        assert sql.count("::text LIKE") == 2, sql
