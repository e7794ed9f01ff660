"""The page chrome: document titles, favicon and manifest, the menu, the home figures."""

import json
import re
from html import unescape

import pytest

from tests.factories import add_news, municipality, news_index

pytestmark = pytest.mark.django_db


def title_of(response):
    assert response.status_code == 200
    match = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
    return unescape(match.group(1)).strip()


def test_national_home_title_is_the_site_name(client_for, national_site):
    response = client_for("localhost")
    assert title_of(response.get("/")) == national_site.site_name


def test_municipality_home_title_is_not_repeated(client_for):
    assert title_of(client_for("alkmaar.localhost").get("/")) == "Aan de Slag Alkmaar"


def test_news_item_title_ends_with_the_site_name(client_for):
    item = add_news(news_index(municipality("alkmaar")), "Buurtfeest in Oudorp")
    response = client_for("alkmaar.localhost").get(item.url)
    assert title_of(response) == "Buurtfeest in Oudorp | Aan de Slag Alkmaar"


def test_favicon_is_served_with_a_long_cache(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"
    assert "max-age=2592000" in response["Cache-Control"]


def test_manifest_names_the_municipality_and_is_linked(client_for):
    client = client_for("alkmaar.localhost")
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == data["short_name"] == "Aan de Slag Alkmaar"
    assert data["start_url"] == "/"
    assert re.fullmatch(r"#[0-9a-f]{6}", data["theme_color"])
    assert {icon["type"] for icon in data["icons"]} >= {"image/svg+xml", "image/png"}
    home = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in home
    assert 'href="/favicon.ico"' in home


def main_of(response):
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_demo_event_shows_its_intro_once(client_for):
    from demo.content import EVENTS
    from events.models import EventPage

    _place, title, intro, *_rest = EVENTS[0]
    event = EventPage.objects.get(title=title)
    main = unescape(main_of(client_for("localhost").get(event.url)))
    assert main.count(intro) == 1
