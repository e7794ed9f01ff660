"""What the site cache (core/cache.py) keeps of the costly parts of a page at the size of the
country (a search's hits, a feed's text, a practice index's facet table, the home page's
practice examples and agenda, which examples name a municipality, a listing's count) is read
again after the change that alters it: each test renders the page, changes what it shows, and
the next render shows the change. The anonymous page cache is off, so only the site cache
could show something stale."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    add_event,
    add_news,
    add_post,
    add_practice,
    at,
    board_of,
    calendar_of,
    municipality,
    national_home,
    news_index,
    practice_index,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def html(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def test_a_search_finds_what_was_published_and_posted_after_the_same_search(client_for):
    national_home()
    index = news_index(municipality("alkmaar"))
    client = client_for("alkmaar.localhost")
    search = f"{reverse('search')}?q=moestuinfeest"
    assert "Moestuinfeest in de wijk" not in html(client, search)
    add_news(index, "Moestuinfeest in de wijk")
    assert "Moestuinfeest in de wijk" in html(client, search)
    add_post(board_of("alkmaar"), "Wie helpt bij het moestuinfeest?")
    assert "Wie helpt bij het moestuinfeest?" in html(client, search)


def test_a_hidden_post_leaves_the_search_results(client_for):
    post = add_post(board_of("alkmaar"), "Fietsenmaker gezocht voor de buurt")
    client = client_for("alkmaar.localhost")
    search = f"{reverse('search')}?q=fietsenmaker"
    assert "Fietsenmaker gezocht voor de buurt" in html(client, search)
    post.status = "hidden"
    post.save()
    assert "Fietsenmaker gezocht voor de buurt" not in html(client, search)


def test_the_calendar_feed_has_an_event_published_after_it_was_read(client_for):
    calendar = calendar_of(national_home())
    client = client_for("localhost")
    feed = calendar.url + "ical/"
    assert "Taalcafé in de bibliotheek" not in html(client, feed)
    day = timezone.localdate() + timedelta(days=3)
    add_event(
        calendar,
        "Taalcafé in de bibliotheek",
        at(day.year, day.month, day.day, 19),
        at(day.year, day.month, day.day, 21),
    )
    assert "Taalcafé in de bibliotheek" in html(client, feed)


def test_a_practice_index_counts_an_example_published_after_it_was_read(client_for):
    national = national_home()
    index = practice_index(national)
    alkmaar = municipality("alkmaar")
    add_practice(practice_index(alkmaar), "Samen koken", themes=["groen"])
    client = client_for("localhost")
    page = html(client, index.url + "?thema=groen")
    assert "Samen koken" in page
    assert "Buurtmoestuin" not in page
    assert 'Alkmaar <span class="facet-count">(1)</span>' in page
    assert 'Arnhem <span class="facet-count">' not in page
    add_practice(practice_index(municipality("arnhem")), "Buurtmoestuin", themes=["groen"])
    page = html(client, index.url + "?thema=groen")
    assert "Samen koken" in page and "Buurtmoestuin" in page
    # The municipality facet counts it too (its counts come from the cached facet table).
    assert 'Alkmaar <span class="facet-count">(1)</span>' in page
    assert 'Arnhem <span class="facet-count">(1)</span>' in page


def test_a_municipality_lists_an_example_of_another_as_soon_as_it_names_it(client_for):
    alkmaar = municipality("alkmaar")
    index = practice_index(alkmaar)
    client = client_for("alkmaar.localhost")
    add_practice(index, "Taalmaatjes in Alkmaar")
    assert "Fietsles met Alkmaar" not in html(client, index.url)
    assert "Fietsles met Alkmaar" not in html(client, "/")
    add_practice(
        practice_index(municipality("arnhem")), "Fietsles met Alkmaar", municipalities=[alkmaar]
    )
    assert "Fietsles met Alkmaar" in html(client, index.url)
    assert "Fietsles met Alkmaar" in html(client, "/")


def test_the_home_agenda_shows_an_event_published_after_it_was_read(client_for):
    home = municipality("alkmaar")
    client = client_for("alkmaar.localhost")
    assert "Kookavond in het AZC" not in html(client, "/")
    soon = timezone.now() + timedelta(hours=3)
    add_event(calendar_of(home), "Kookavond in het AZC", soon, soon + timedelta(hours=2))
    assert "Kookavond in het AZC" in html(client, "/")


def test_a_listing_counts_its_pages_again_after_a_publish(client_for):
    index = news_index(municipality("alkmaar"))
    for number in range(12):
        add_news(index, f"Bericht {number}", days_ago=number + 1)
    client = client_for("alkmaar.localhost")
    assert "pagina=2" not in html(client, index.url)
    add_news(index, "Het dertiende bericht")
    page = html(client, index.url)
    assert "pagina=2" in page
    assert "Het dertiende bericht" in page
