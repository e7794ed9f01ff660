"""The page chrome: document titles, favicon and manifest, the menu, the home figures."""

import json
import re
from datetime import timedelta
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from tests.factories import add_event, add_news, calendar_of, municipality, news_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def alkmaar(national_home):
    return municipality("alkmaar")


def add_upcoming_event(home, title, **fields):
    start = timezone.now() + timedelta(days=3)
    return add_event(calendar_of(home), title, start, start + timedelta(hours=2), **fields)


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


def test_event_shows_its_intro_once(client_for, national_home):
    intro = "Deelnemers uit het hele land ontmoeten elkaar: workshops, verhalen en een markt."
    event = add_upcoming_event(national_home, "Landelijke Aan de Slag-dag", intro=intro)
    main = unescape(main_of(client_for("localhost").get(event.url)))
    assert main.count(intro) == 1


def path_of(page):
    return urlsplit(page.url).path


def menu_links(client):
    html = client.get("/").content.decode()
    nav = html[html.index("<header") : html.index("</header>")]
    return set(re.findall(r'<a [^>]*href="([^"]+)"', nav))


def test_empty_blogs_leave_the_menu_until_a_post_is_published(client_for):
    from blog.models import BlogIndexPage, BlogPage
    from board.models import BulletinBoardPage
    from events.models import EventCalendarPage

    alkmaar = municipality("alkmaar")
    add_news(news_index(alkmaar), "Buurtfeest in Oudorp")
    blogs = BlogIndexPage.objects.child_of(alkmaar).get()
    for post in BlogPage.objects.descendant_of(blogs).live():
        post.unpublish()
    assert not BlogPage.objects.live().filter(show_on_all_sites=True).exists()
    client = client_for("alkmaar.localhost")
    links = menu_links(client)
    assert path_of(blogs) not in links
    assert path_of(news_index(alkmaar)) in links
    # The calendar and the board stay, empty or not.
    assert path_of(EventCalendarPage.objects.child_of(alkmaar).get()) in links
    assert path_of(BulletinBoardPage.objects.child_of(alkmaar).get()) in links

    post = blogs.add_child(
        instance=BlogPage(title="Mijn eerste week", intro="Ervaring", live=False)
    )
    post.save_revision().publish()
    assert path_of(blogs) in menu_links(client)


def test_home_leaves_out_figures_that_are_zero(client_for):
    from events.models import Slot

    alkmaar = municipality("alkmaar")
    add_upcoming_event(alkmaar, "Wandelclub vanuit het AZC")
    assert not Slot.objects.filter(event__path__startswith=alkmaar.path, matches__gt=0).exists()
    html = main_of(client_for("alkmaar.localhost").get("/"))
    assert "Aan de Slag in cijfers" in html
    assert "activiteiten in" in html
    assert "aanmeldingen in" not in html


def test_home_without_any_figure_has_no_figures_section(client_for):
    from events.models import EventPage

    alkmaar = municipality("alkmaar")
    add_upcoming_event(alkmaar, "Wandelclub vanuit het AZC")
    for event in EventPage.objects.descendant_of(alkmaar).live():
        event.unpublish()
    html = main_of(client_for("alkmaar.localhost").get("/"))
    assert "Aan de Slag in cijfers" not in html
    assert "aanmeldingen in" not in html
