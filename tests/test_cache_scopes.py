"""What a change invalidates: a publish in Alkmaar is seen at once where it shows (Alkmaar's menu,
the national listings) and leaves Arnhem's cached chrome in place; a draft save bumps nothing;
a change to a municipality's home or a national page is seen on every site."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from core.cache import EVERYWHERE, GLOBAL, full_key, site_scope, versions
from home.models import StandardPage
from tests.factories import add_news, municipality, national_home, news_index, theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites():
    municipality("alkmaar")
    municipality("arnhem")
    theme("groen")  # the vocabulary exists before the test; a new theme is a global change


def site_of(slug):
    return Site.objects.get(root_page__slug=slug, is_default_site=False)


def chrome_key(site):
    return full_key(("chrome", site.pk, "nl"), site_scope(site.root_page_id))


def all_versions():
    scopes = [site_scope(site.root_page_id) for site in Site.objects.all()]
    return versions(EVERYWHERE, *scopes)


def add_menu_page(home, title, *, publish=True):
    page = home.add_child(instance=StandardPage(title=title, show_in_menus=True, live=False))
    if publish:
        page.save_revision().publish()
    return page


def test_an_alkmaar_publish_is_seen_at_once_and_leaves_arnhem_cached(client_for):
    alkmaar, arnhem = client_for("alkmaar.localhost"), client_for("arnhem.localhost")
    national = client_for("localhost")
    for client, path in ((alkmaar, "/"), (arnhem, "/"), (national, "/nieuws/")):
        assert client.get(path).status_code == 200  # warm the caches
    arnhem_key = chrome_key(site_of("arnhem"))
    assert cache.get(arnhem_key) is not None

    add_menu_page(municipality("alkmaar"), "Samen koken")
    news = add_news(news_index(municipality("alkmaar")), "Moestuin open", themes=["groen"])
    news.save_revision().publish()

    assert "Samen koken" in alkmaar.get("/").text
    assert "Moestuin open" in national.get("/nieuws/").text
    assert "Moestuin open" in alkmaar.get("/nieuws/").text
    assert chrome_key(site_of("arnhem")) == arnhem_key
    assert cache.get(arnhem_key) is not None
    assert "Samen koken" not in arnhem.get("/").text


def test_a_draft_save_bumps_nothing_and_the_public_keeps_the_published_title(client_for):
    home = municipality("alkmaar")
    page = add_menu_page(home, "Taalcafé")
    alkmaar = client_for("alkmaar.localhost")
    assert "Taalcafé" in alkmaar.get("/").text
    before = all_versions()

    page.title = "Taalcafé (concept)"
    page.save_revision()
    news = add_news(news_index(home), "Nog niet klaar", live=False)
    news.save_revision()

    assert all_versions() == before
    menu = alkmaar.get("/").text
    assert "Taalcafé" in menu
    assert "(concept)" not in menu
    assert "Nog niet klaar" not in client_for("localhost").get("/nieuws/").text


def test_a_renamed_municipality_is_seen_on_national_listings(client_for):
    home = municipality("alkmaar")
    add_news(news_index(home), "Fietsles", themes=["groen"]).save_revision().publish()
    national = client_for("localhost")
    assert ">Alkmaar<" in national.get("/nieuws/").text
    before = versions()[GLOBAL]

    home.title = "Gemeente Alkmaar"
    home.save_revision().publish()

    assert versions()[GLOBAL] != before
    assert ">Gemeente Alkmaar<" in national.get("/nieuws/").text


def test_a_national_page_is_seen_on_the_municipality_sites_too(client_for):
    alkmaar = client_for("alkmaar.localhost")
    alkmaar.get("/")
    alkmaar_key = chrome_key(site_of("alkmaar"))

    add_menu_page(national_home(), "Landelijke dag")

    assert "Landelijke dag" in client_for("localhost").get("/").text
    assert chrome_key(site_of("alkmaar")) != alkmaar_key
