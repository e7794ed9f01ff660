"""Within a language everything stays in it (core.language_tree): links, menus, listings,
filters, pagination, feeds, forms, error pages and mails, over a tree translated only in part."""

import re
from datetime import datetime, time, timedelta
from xml.etree import ElementTree

import pytest
from django.core import mail
from django.utils import timezone

from events.models import SignUp
from events.recurrence import aware
from tests.factories import (
    add_comment,
    add_event,
    add_news,
    add_post,
    board_of,
    calendar_of,
    member,
    news_index,
    path_of,
)
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db


def hrefs(html):
    return re.findall(r'<a [^>]*href="([^"#]+)"', html)


def local_hrefs(html):
    """Links to pages of this site (not the switcher's, not the static or admin ones)."""
    switcher = html.index('class="language-nav"')
    switcher_end = html.index("</details>", switcher)
    html = html[:switcher] + html[switcher_end:]
    return [
        href
        for href in hrefs(html)
        if href.startswith("/") and not href.startswith(("/static/", "/documenten/", "/media/"))
    ]


def test_every_link_on_an_untranslated_site_stays_in_the_language(client_for, municipality):
    index = news_index(municipality("alkmaar"))
    news = add_news(index, "Fietsles aan het kanaal", intro="Fietsen leren.")
    client = client_for("alkmaar.localhost")

    home = client.get("/ar/").content.decode()
    links = local_hrefs(home)
    assert "/ar/nieuws/" in links and "/ar/nieuws/fietsles-aan-het-kanaal/" in links
    assert [href for href in links if not href.startswith("/ar/")] == []

    page = client.get("/ar/nieuws/fietsles-aan-het-kanaal/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="nl" dir="ltr">Fietsles aan het kanaal</h1>' in html
    assert [href for href in local_hrefs(html) if not href.startswith("/ar/")] == []
    # The same page in Dutch keeps its Dutch links.
    assert path_of(news) == "/nieuws/fietsles-aan-het-kanaal/"
    dutch = client.get(path_of(news)).content.decode()
    assert all(not href.startswith("/ar/") for href in local_hrefs(dutch))


def test_a_listing_shows_each_item_once_translated_or_dutch(client_for, municipality):
    index = news_index(municipality("alkmaar"))
    translated_news = add_news(index, "Fietsles aan het kanaal")
    add_news(index, "Taalcafé in de bibliotheek")
    arabic = translate_page(translated_news, "ar", {"Fietsles aan het kanaal": "درس الدراجة"})
    client = client_for("alkmaar.localhost")

    listing = client.get("/ar/nieuws/").content.decode()
    titles = re.findall(r'<h3 class="card__title"([^>]*)>\s*<a href="([^"]+)">([^<]+)</a>', listing)
    assert sorted((title.strip(), href, marks) for marks, href, title in titles) == [
        (
            "Taalcafé in de bibliotheek",
            "/ar/nieuws/taalcafe-in-de-bibliotheek/",
            ' lang="nl" dir="ltr"',
        ),
        ("درس الدراجة", "/ar/nieuws/fietsles-aan-het-kanaal/", ""),
    ]
    # Both addresses work under the prefix: the translation, and the Dutch page below the
    # translated index (routed through the Dutch tree).
    assert client.get(path_of(arabic)).status_code == 200
    untranslated = client.get("/ar/nieuws/taalcafe-in-de-bibliotheek/").content.decode()
    assert '<h1 lang="nl" dir="ltr">Taalcafé in de bibliotheek</h1>' in untranslated
    # The Dutch listing is unchanged.
    dutch = client.get("/nieuws/").content.decode()
    assert "Fietsles aan het kanaal" in dutch and "درس الدراجة" not in dutch
    # A path no tree has is a 404 in the language.
    missing = client.get("/ar/nieuws/bestaat-niet/")
    assert missing.status_code == 404
    assert '<html lang="ar" dir="rtl">' in missing.content.decode()


def test_filters_pagination_and_feed_stay_in_the_language(client_for, municipality):
    index = news_index(municipality("alkmaar"))
    for number in range(index.per_page + 1):
        add_news(index, f"Bericht {number}")
    client = client_for("alkmaar.localhost")

    listing = client.get("/uk/nieuws/").content.decode()
    # The filters submit to the page itself (no action), the page links are relative.
    (form,) = re.findall(r'<form class="filter-form[^>]*>', listing)
    assert "action" not in form
    pages = [href for href in hrefs(listing) if "pagina=" in href]
    assert pages and all(href.startswith("?") for href in pages)
    assert "http://alkmaar.localhost/uk/nieuws/rss/" in listing
    second = client.get("/uk/nieuws/?pagina=2").content.decode()
    assert '<html lang="uk"' in second and "Bericht 0" in second

    feed = ElementTree.fromstring(client.get("/uk/nieuws/rss/").content)
    links = [link.text for link in feed.iter("link")]
    assert links and all(link.startswith("http://alkmaar.localhost/uk/") for link in links)


def test_signing_up_in_arabic_confirms_and_mails_in_arabic(
    client_for, municipality, django_capture_on_commit_callbacks
):
    day = timezone.localdate() + timedelta(days=3)
    event = add_event(
        calendar_of(municipality("alkmaar")),
        "Buurtlunch",
        aware(datetime.combine(day, time(12))),
        aware(datetime.combine(day, time(14))),
        slug="buurtlunch",
        signup_capacity=6,
    )
    client = client_for("alkmaar.localhost")
    html = client.get("/ar/kalender/buurtlunch/").content.decode()
    action = re.search(r'<form[^>]*action="([^"]+aanmelden/)"', html).group(1)
    assert action == "/ar/kalender/buurtlunch/aanmelden/"

    data = {
        "occurrence": event.upcoming(1)[0].key,
        "first_name": "Noor",
        "email": "noor@example.org",
        "people": "1",
        "consent": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, data)
    assert response.status_code == 302 and response["Location"].startswith("/ar/")
    confirmation = client.get(response["Location"]).content.decode()
    assert '<html lang="ar" dir="rtl">' in confirmation
    assert "Je bent aangemeld" not in confirmation

    assert SignUp.objects.get().language == "ar"
    (message,) = mail.outbox
    assert re.search(r"[\u0600-\u06ff]", message.subject), message.subject
    assert "http://alkmaar.localhost/ar/" in message.body


def test_what_members_add_is_shared_by_every_language(client_for, municipality):
    alkmaar = municipality("alkmaar")
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    writer = member()
    add_comment(news, writer, "Wat een goed idee!")
    board = board_of("alkmaar")
    add_post(board, "Fietsen gezocht", author=writer)
    translate_page(news, "ar", {"Fietsles aan het kanaal": "درس الدراجة"})
    translate_page(board, "ar")
    client = client_for("alkmaar.localhost")

    article = client.get("/ar/nieuws/fietsles-aan-het-kanaal/").content.decode()
    assert "<h1>درس الدراجة</h1>" in article and "Wat een goed idee!" in article
    # A comment written under the translation joins the same thread.
    client.force_login(writer)
    article = client.get("/ar/nieuws/fietsles-aan-het-kanaal/").content.decode()
    form_action = re.search(r'<form[^>]*action="(/ar/reacties/[^"]+)"', article)
    assert form_action is not None
    client.post(form_action.group(1), {"body": "شكرا جزيلا"})
    assert news.member_comments.filter(body="شكرا جزيلا").exists()
    assert "شكرا جزيلا" in client.get(path_of(news)).content.decode()

    listing = client.get("/ar/prikbord/").content.decode()
    assert "Fietsen gezocht" in listing
