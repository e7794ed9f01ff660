"""RSS 2.0 feeds of the news, blog and practice indexes, read by a real feed parser."""

import feedparser
import pytest

# Still on the seeded demo (tests/conftest.py, demo_site): not yet moved onto the factories.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


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
    assert len(links) == 15
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
    assert len(feed.entries) == 5
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
