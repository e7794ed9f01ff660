"""RSS 2.0 feeds of the news, blog and practice indexes, read by a real feed parser."""

import feedparser
import pytest

from tests.factories import (
    add_blog,
    add_news,
    add_practice,
    blog_index,
    municipality,
    national_home,
    news_index,
    practice_index,
)

pytestmark = pytest.mark.django_db

# Shown on all sites, and one that stays national.
NATIONAL_NEWS = [("Samen naar de Vierdaagse", True), ("Nieuwe gemeenten doen mee", True)]
NATIONAL_ONLY_NEWS = "Terugblik op de landelijke dag"
ALKMAAR_NEWS = [
    ("Buurttuin in Alkmaar krijgt hulp van nieuwe groep", ["groen", "taal"]),
    ("Wandelclub in Alkmaar zoekt nog wandelaars", ["zorg", "gezondheid"]),
    ("Koningsdag in Alkmaar: helpende handen gezocht", ["evenementen"]),
]
ARNHEM_NEWS = [
    ("Wandelclub in Arnhem zoekt nog wandelaars", ["zorg", "gezondheid"]),
    ("Koningsdag in Arnhem: helpende handen gezocht", ["evenementen"]),
]


@pytest.fixture(autouse=True)
def content():
    national = national_home()
    for days_ago, (title, everywhere) in enumerate(NATIONAL_NEWS):
        add_news(news_index(national), title, days_ago=days_ago, show_on_all_sites=everywhere)
    add_news(news_index(national), NATIONAL_ONLY_NEWS, days_ago=3)
    for slug, items in (("alkmaar", ALKMAAR_NEWS), ("arnhem", ARNHEM_NEWS)):
        for days_ago, (title, themes) in enumerate(items):
            add_news(news_index(municipality(slug)), title, days_ago=days_ago + 5, themes=themes)
    add_blog(blog_index(national), "Wat ik leerde als vrijwilliger bij Aan de Slag")
    practices = practice_index(national)
    add_practice(practices, "Vrijwilligers bij de Vierdaagse", status="afgerond")
    add_practice(practices, "Aan de slag: vrijwilligerswerk door AZC-bewoners", status="lopend")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    return feed


def test_national_news_feed_links_each_item_on_its_own_host(client_for):
    feed = parse(client_for("localhost").get("/nieuws/rss/"))
    links = {entry.title: entry.link for entry in feed.entries}
    assert len(links) == len(NATIONAL_NEWS) + 1 + len(ALKMAAR_NEWS) + len(ARNHEM_NEWS)
    assert links["Samen naar de Vierdaagse"] == (
        "http://localhost/nieuws/samen-naar-de-vierdaagse/"
    )
    # A feed reader leaves the site, so an item links to its own site's host.
    assert links["Buurttuin in Alkmaar krijgt hulp van nieuwe groep"].startswith(
        "http://alkmaar.localhost/nieuws/"
    )
    assert feed.feed.link == "http://localhost/nieuws/"
    assert feed.feed.title == "Nieuws | Aan de Slag"


def test_feed_takes_the_listing_filters(client_for):
    feed = parse(client_for("localhost").get("/nieuws/rss/?thema=zorg&gemeente=arnhem"))
    assert [entry.title for entry in feed.entries] == ["Wandelclub in Arnhem zoekt nog wandelaars"]
    assert feed.entries[0].tags[0].term in {"Zorg", "Gezondheid"}


def test_municipality_news_feed(client_for):
    feed = parse(client_for("alkmaar.localhost").get("/nieuws/rss/"))
    assert len(feed.entries) == len(ALKMAAR_NEWS) + len(NATIONAL_NEWS)
    assert feed.feed.link == "http://alkmaar.localhost/nieuws/"


def test_blog_and_practice_feeds(client_for):
    blogs = parse(client_for("localhost").get("/blogs/rss/"))
    assert [e.title for e in blogs.entries] == ["Wat ik leerde als vrijwilliger bij Aan de Slag"]
    practices = parse(client_for("localhost").get("/praktijkvoorbeelden/rss/?status=afgerond"))
    assert [e.title for e in practices.entries] == ["Vrijwilligers bij de Vierdaagse"]


@pytest.mark.parametrize(
    "host,path,feed",
    [
        ("localhost", "/nieuws/?thema=groen", "http://localhost/nieuws/rss/?thema=groen"),
        ("alkmaar.localhost", "/blogs/", "http://alkmaar.localhost/blogs/rss/"),
        ("localhost", "/praktijkvoorbeelden/", "http://localhost/praktijkvoorbeelden/rss/"),
    ],
)
def test_listings_advertise_their_feed(client_for, host, path, feed):
    html = client_for(host).get(path).content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="' in html
    assert f'href="{feed}"' in html
