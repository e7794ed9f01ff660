"""/sitemap.xml and /robots.txt of every site (core/sitemaps.py, core/views.py): a site's own
live public pages at their canonical URLs, translations as hreflang alternates, in a fixed
number of queries; robots.txt points at the site's own sitemap and keeps crawlers out of the
admin, the account pages, the search results, the comment forms and the sign-up links."""

from urllib.robotparser import RobotFileParser
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from core.cache import GLOBAL, bump
from tests.factories import (
    add_news,
    add_standard_page,
    municipality,
    news_index,
)
from tests.factories.translations import locale, translate_page

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

URLSET = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap(client):
    """{loc: {"lastmod": ..., "alternates": {hreflang: href}}} of a sitemap, read with an XML
    parser."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{URLSET}urlset"
    found = {}
    for url in root.findall(f"{URLSET}url"):
        loc = url.findtext(f"{URLSET}loc")
        assert loc not in found, f"{loc} listed twice"
        links = url.findall(f"{XHTML}link")
        assert all(link.get("rel") == "alternate" for link in links)
        found[loc] = {
            "lastmod": url.findtext(f"{URLSET}lastmod"),
            "alternates": {link.get("hreflang"): link.get("href") for link in links},
        }
    return found


def published(page):
    """Published through a revision, as editors do (which sets last_published_at)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def alkmaar():
    return municipality("alkmaar")


def test_a_municipalitys_sitemap_lists_its_own_live_public_pages(client_for, alkmaar):
    news = published(add_news(news_index(alkmaar), "Fietsles aan het kanaal"))
    draft = add_news(news_index(alkmaar), "Nog niet klaar")
    draft.unpublish()
    private = add_standard_page(alkmaar, "Alleen voor het team")
    add_standard_page(private, "Verslag van het overleg")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    add_news(news_index(municipality("arnhem")), "Nieuws uit Arnhem")

    found = sitemap(client_for("alkmaar.localhost"))
    base = "http://alkmaar.localhost"
    assert {
        f"{base}/",
        f"{base}/nieuws/",
        f"{base}/kalender/",
        f"{base}/prikbord/",
        f"{base}/nieuws/fietsles-aan-het-kanaal/",
    } <= set(found)
    assert all(loc.startswith(f"{base}/") for loc in found)
    assert not any("nog-niet-klaar" in loc or "alleen-voor" in loc for loc in found)
    assert not any("verslag" in loc or "arnhem" in loc for loc in found)
    lastmod = found[f"{base}/nieuws/fietsles-aan-het-kanaal/"]["lastmod"]
    assert lastmod == timezone.localtime(news.last_published_at).date().isoformat()


def test_translations_are_listed_with_their_alternates(client_for, alkmaar):
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    add_news(news_index(alkmaar), "Samen koken")
    translate_page(news, "ar", {"Fietsles aan het kanaal": "درس ركوب الدراجة"})
    translate_page(news, "en", {"Fietsles aan het kanaal": "Cycling lessons by the canal"})

    found = sitemap(client_for("alkmaar.localhost"))
    dutch = "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/"
    expected = {
        "nl": dutch,
        "en": "http://alkmaar.localhost/en/nieuws/fietsles-aan-het-kanaal/",
        "ar": "http://alkmaar.localhost/ar/nieuws/fietsles-aan-het-kanaal/",
        "x-default": dutch,
    }
    # Every language's URL is listed, each with the whole set.
    for code in ("nl", "en", "ar"):
        assert found[expected[code]]["alternates"] == expected
    # Not translated: listed once, at its Dutch address, without alternates; the copy that
    # every prefix serves of it (/ar/nieuws/samen-koken/) is not canonical.
    assert found["http://alkmaar.localhost/nieuws/samen-koken/"]["alternates"] == {}
    assert not any(loc.endswith("/samen-koken/") and "/ar/" in loc for loc in found)
    # The translated parents (made along with the translation) are pages of their own too.
    assert found["http://alkmaar.localhost/ar/"]["alternates"]["nl"] == "http://alkmaar.localhost/"


def test_an_alias_is_not_listed(client_for, alkmaar):
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    translate_page(news_index(alkmaar), "uk")
    alias = news.copy_for_translation(locale("uk"), alias=True)
    assert alias.alias_of_id == news.pk and alias.live
    found = sitemap(client_for("alkmaar.localhost"))
    assert "http://alkmaar.localhost/uk/nieuws/fietsles-aan-het-kanaal/" not in found
    assert found["http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/"]["alternates"] == {}


def test_the_national_sitemap_leaves_the_municipalities_to_their_own(
    client_for, alkmaar, national_home
):
    add_news(news_index(national_home), "Landelijk nieuws")
    add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    translate_page(alkmaar, "ar")
    # A municipality without a host name of its own lives on the national site only.
    leersum = municipality("leersum")
    add_standard_page(leersum, "Over Leersum")
    Site.objects.filter(root_page=leersum).delete()

    found = sitemap(client_for("localhost"))
    assert {
        "http://localhost/",
        "http://localhost/nieuws/",
        "http://localhost/nieuws/landelijk-nieuws/",
        "http://localhost/gemeenten/",
        "http://localhost/gemeenten/leersum/",
        "http://localhost/gemeenten/leersum/over-leersum/",
    } <= set(found)
    assert all(loc.startswith("http://localhost/") for loc in found)
    assert not any("alkmaar" in loc for loc in found)
    # And Alkmaar's sitemap has them, on its own host, its Arabic home included.
    own = sitemap(client_for("alkmaar.localhost"))
    assert "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/" in own
    assert own["http://alkmaar.localhost/"]["alternates"]["ar"] == "http://alkmaar.localhost/ar/"


def test_the_national_sitemap_keeps_the_index_of_municipalities(client_for, national_home):
    """Every municipality has its own host: all below the index is theirs, the index and what
    follows it in the tree stay national."""
    for slug in ("alkmaar", "arnhem"):
        add_news(news_index(municipality(slug)), f"Nieuws uit {slug}")
    translate_page(municipality("arnhem"), "ar")
    add_standard_page(national_home, "Contact")
    found = sitemap(client_for("localhost"))
    assert {
        "http://localhost/gemeenten/",
        "http://localhost/ar/gemeenten/",
        "http://localhost/contact/",
    } <= set(found)
    assert not any("alkmaar" in loc or "arnhem" in loc for loc in found)


def sitemap_queries(client):
    """The queries of building the sitemap (its cached entries made stale first) and of
    serving it from the cache."""
    client.get("/sitemap.xml")  # warm the per-process caches (site root paths, locales)
    bump(GLOBAL)
    with CaptureQueriesContext(connection) as built:
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    with CaptureQueriesContext(connection) as served:
        assert client.get("/sitemap.xml").content == response.content
    return len(built), len(served), response.content.count(b"<url>")


@pytest.mark.parametrize("host", ["localhost", "alkmaar.localhost"])
def test_the_sitemap_costs_the_same_few_queries_for_few_and_many_pages(
    client_for, alkmaar, national_home, host
):
    home = alkmaar if host == "alkmaar.localhost" else national_home
    municipality("arnhem")
    client = client_for(host)
    add_news(news_index(home), "Nieuws 0")
    few, few_served, few_urls = sitemap_queries(client)
    for n in range(1, 40):
        news = add_news(news_index(home), f"Nieuws {n}")
        if n % 10 == 0:
            translate_page(news, "ar")
    many, many_served, many_urls = sitemap_queries(client)
    assert many_urls >= few_urls + 39 + 4
    # The site and its roots, other sites' roots, the pages; view restrictions and the cache
    # scopes' roots (cached, made stale along with the sitemap here).
    assert few == many <= 8, (few, many)
    # From the cache: only the request's site is looked up.
    assert few_served == many_served <= 1
    # A query is rendered as it comes (and answered the same).
    assert client.get("/sitemap.xml?p=1").content.count(b"<url>") == many_urls


def test_a_cached_sitemap_follows_what_is_published(client_for, alkmaar):
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    client = client_for("alkmaar.localhost")
    url = "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/"
    assert url in sitemap(client)
    news.unpublish()
    assert url not in sitemap(client)
    published(news)
    assert url in sitemap(client)
    translate_page(news, "ar")
    assert set(sitemap(client)[url]["alternates"]) == {"nl", "ar", "x-default"}
    PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert url not in sitemap(client)


def test_a_bad_page_number_is_not_found(client_for, alkmaar):
    client = client_for("alkmaar.localhost")
    for query in ("?p=2", "?p=x", "?p=0"):
        assert client.get(f"/sitemap.xml{query}").status_code == 404


def robots(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    parser = RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return parser


@pytest.mark.parametrize(
    "host,sitemap_url",
    [
        ("localhost", "http://localhost/sitemap.xml"),
        ("alkmaar.localhost", "http://alkmaar.localhost/sitemap.xml"),
    ],
)
def test_robots_txt_points_at_the_sites_own_sitemap(client_for, alkmaar, host, sitemap_url):
    assert robots(client_for(host)).site_maps() == [sitemap_url]


def test_robots_txt_keeps_crawlers_out_of_what_is_no_content(client_for, alkmaar):
    client = client_for("alkmaar.localhost")
    parser = robots(client)
    base = "http://alkmaar.localhost"
    for path in ("/", "/nieuws/", "/ar/nieuws/", "/kalender/2026/12/", "/documenten/1/plan.pdf"):
        assert parser.can_fetch("*", base + path), path
    for path in (
        "/admin/",
        "/admin/pages/",
        "/accounts/login/",
        "/ar/accounts/signup/",
        "/zoeken/?q=tuin",
        "/en/zoeken/",
        "/reacties/1/melden/",
        "/tr/reacties/pagina/3/",
        "/aanmelding/abc123/",
        "/fa/aanmelding/abc123/",
    ):
        assert not parser.can_fetch("*", base + path), path
    # Whatever the sitemap lists, crawlers may fetch.
    assert all(parser.can_fetch("*", loc) for loc in sitemap(client))
