"""The newcomers' languages: every language of settings.LANGUAGES is served under its prefix
with the right lang and dir, Tigrinya included (Django ships no Tigrinya), and every page has a
language switcher that leads to the same page in each language where it exists, else to that
language's home, with hreflang alternates for the translations wagtail-localize made."""

import re
from datetime import date

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation

from tests.factories import add_news, calendar_of, news_index, path_of
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db

NAMES = {
    "nl": "Nederlands",
    "en": "English",
    "ar": "العربية",
    "uk": "Українська",
    "fa": "فارسی",
    "ti": "ትግርኛ",
    "tr": "Türkçe",
}
RIGHT_TO_LEFT = {"ar", "fa"}


def switcher(html):
    """[(href, lang, hreflang, dir, name, current)] of the language switcher's links."""
    nav = re.search(r'<details class="language-nav".*?</details>', html, re.S)
    assert nav, "no language switcher on the page"
    links = re.findall(
        r'<a href="([^"]*)" lang="([^"]*)" hreflang="([^"]*)" dir="([^"]*)"'
        r'( aria-current="true")?>([^<]*)</a>',
        nav.group(0),
    )
    return [
        (href, lang, hreflang, direction, name, bool(current))
        for href, lang, hreflang, direction, current, name in links
    ]


def alternates(html):
    found = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    return dict(found)


def test_the_languages_are_the_newcomers_each_named_in_itself():
    assert dict(settings.LANGUAGES) == NAMES
    for code in NAMES:
        assert translation.get_language_info(code)["bidi"] == (code in RIGHT_TO_LEFT)
    # Django knows no Tigrinya; core.languages tells it.
    assert translation.get_language_info("ti")["name_local"] == "ትግርኛ"


@pytest.mark.parametrize("code", [code for code in NAMES if code != "nl"])
def test_every_language_is_served_under_its_prefix_with_lang_and_dir(
    client_for, municipality, code
):
    municipality("alkmaar")
    for host in ("localhost", "alkmaar.localhost"):
        response = client_for(host).get(f"/{code}/")
        assert response.status_code == 200, (host, code)
        direction = "rtl" if code in RIGHT_TO_LEFT else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in response.content.decode()


def test_dutch_stays_unprefixed(client_for, municipality):
    municipality("alkmaar")
    html = client_for("alkmaar.localhost").get("/").content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert client_for("alkmaar.localhost").get("/nl/").status_code == 404


def test_tigrinya_dates_and_plurals_are_its_own():
    with translation.override("ti"):
        assert formats.date_format(date(2026, 3, 24), "DATE_FORMAT") == "24 መጋቢት 2026"
        assert formats.date_format(date(2026, 12, 1), "l") == "ሰሉስ"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        one = translation.ngettext("%(counter)s gemeente", "%(counter)s gemeenten", 1)
        many = translation.ngettext("%(counter)s gemeente", "%(counter)s gemeenten", 2)
    assert "%(counter)s" in one and "%(counter)s" in many
    assert one != "%(counter)s gemeente" and many != "%(counter)s gemeenten"


def test_the_switcher_names_every_language_in_itself_and_marks_the_current(
    client_for, municipality
):
    municipality("alkmaar")
    for prefix, current in (("", "nl"), ("/ar", "ar")):
        links = switcher(client_for("alkmaar.localhost").get(f"{prefix}/").content.decode())
        assert [(lang, hreflang, name) for _, lang, hreflang, _, name, _ in links] == [
            (code, code, name) for code, name in NAMES.items()
        ]
        assert [lang for _, lang, _, _, _, is_current in links if is_current] == [current]
        directions = {lang: direction for _, lang, _, direction, _, _ in links}
        assert {lang for lang, direction in directions.items() if direction == "rtl"} == (
            RIGHT_TO_LEFT
        )


def test_an_untranslated_page_leads_to_each_languages_home(client_for, municipality):
    news = add_news(news_index(municipality("alkmaar")), "Fietsles aan het kanaal")
    html = client_for("alkmaar.localhost").get(path_of(news)).content.decode()
    hrefs = {lang: href for href, lang, *_ in switcher(html)}
    assert hrefs["nl"] == path_of(news)
    assert hrefs["ar"] == "/ar/" and hrefs["ti"] == "/ti/" and hrefs["en"] == "/en/"
    # Only in Dutch: no alternates to announce.
    assert alternates(html) == {}


def test_a_translated_page_is_linked_in_its_language_with_alternates(client_for, municipality):
    news = add_news(news_index(municipality("alkmaar")), "Fietsles aan het kanaal")
    translated = translate_page(news, "ar", {"Fietsles aan het kanaal": "درس ركوب الدراجة"})
    assert translated.live and translated.title == "درس ركوب الدراجة"

    html = client_for("alkmaar.localhost").get(path_of(news)).content.decode()
    hrefs = {lang: href for href, lang, *_ in switcher(html)}
    assert hrefs["ar"] == path_of(translated) == "/ar/nieuws/fietsles-aan-het-kanaal/"
    assert hrefs["uk"] == "/uk/"
    assert alternates(html) == {
        "nl": "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/",
        "ar": "http://alkmaar.localhost/ar/nieuws/fietsles-aan-het-kanaal/",
        "x-default": "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/",
    }
    arabic_html = client_for("alkmaar.localhost").get(path_of(translated)).content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic_html
    assert {lang: href for href, lang, *_ in switcher(arabic_html)}["nl"] == path_of(news)


def test_views_outside_the_page_tree_switch_to_the_same_view(client_for, municipality):
    municipality("alkmaar")
    html = client_for("alkmaar.localhost").get("/accounts/login/").content.decode()
    hrefs = {lang: href for href, lang, *_ in switcher(html)}
    assert hrefs == {
        code: ("/accounts/login/" if code == "nl" else f"/{code}/accounts/login/") for code in NAMES
    }


def translation_lookups(client, path):
    """The queries that look up translations when `path` is served again (the chrome is
    cached by then)."""
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return [query["sql"] for query in queries if '"translation_key" = ' in query["sql"]]


@pytest.mark.usefixtures("uncached_pages")
def test_the_switcher_costs_one_query_per_page_and_none_on_the_home(client_for, municipality):
    """The homes per language are part of the cached site chrome; only a page's own
    translations are looked up per request (the query budgets in test_query_budget.py hold)."""
    news = add_news(news_index(municipality("alkmaar")), "Fietsles aan het kanaal")
    client = client_for("alkmaar.localhost")
    assert len(translation_lookups(client, path_of(news))) == 1
    assert translation_lookups(client, "/") == []


def test_a_translated_home_is_the_same_page_in_its_language(client_for, municipality):
    alkmaar = municipality("alkmaar")
    translate_page(alkmaar, "ar", {"Alkmaar": "ألكمار"})
    html = client_for("alkmaar.localhost").get("/").content.decode()
    assert set(alternates(html)) == {"nl", "ar", "x-default"}
    assert {lang: href for href, lang, *_ in switcher(html)}["ar"] == "/ar/"


def test_an_untranslated_page_is_marked_dutch_inside_another_language(client_for, municipality):
    news = add_news(
        news_index(municipality("alkmaar")), "Fietsles aan het kanaal", intro="Fietsen leren."
    )
    client = client_for("alkmaar.localhost")
    dutch = client.get(path_of(news)).content.decode()
    assert "<h1>Fietsles aan het kanaal</h1>" in dutch

    for code, marks in (("ar", ' lang="nl" dir="ltr"'), ("uk", ' lang="nl"')):
        html = client.get(f"/{code}{path_of(news)}").content.decode()
        assert f'<html lang="{code}"' in html
        assert f"<h1{marks}>Fietsles aan het kanaal</h1>" in html
        assert f'<p class="lead"{marks}>Fietsen leren.</p>' in html
        # The menu's Dutch titles too.
        assert f"{marks}>Nieuws</a>" in html
        # The listing's card too.
        listing = client.get(f"/{code}/nieuws/").content.decode()
        assert f'<h3 class="card__title"{marks}>' in listing


def test_a_translated_page_is_not_marked(client_for, municipality):
    news = add_news(news_index(municipality("alkmaar")), "Fietsles aan het kanaal")
    translated = translate_page(news, "ar", {"Fietsles aan het kanaal": "درس ركوب الدراجة"})
    html = client_for("alkmaar.localhost").get(path_of(translated)).content.decode()
    assert "<h1>درس ركوب الدراجة</h1>" in html


def test_the_switcher_keeps_a_routable_pages_sub_route(client_for, municipality):
    calendar = calendar_of(municipality("alkmaar"))
    translated = translate_page(calendar, "ar")
    html = client_for("alkmaar.localhost").get("/kalender/archief/").content.decode()
    hrefs = {lang: href for href, lang, *_ in switcher(html)}
    assert hrefs["ar"] == f"{path_of(translated)}archief/" == "/ar/kalender/archief/"
    assert hrefs["tr"] == "/tr/"
