"""Editors adding events in the Wagtail admin: dates and repeats are checked with a clear
message at the field, and nothing is saved until they are right."""

import re

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage
from tests.factories import at, calendar_of, municipality, person, theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(person("redactie-alkmaar"))
    return client


def add_url(parent):
    return f"/admin/pages/add/events/eventpage/{parent.pk}/"


def event_form(exclusions=(), weekdays=(), **fields):
    data = {
        "title": "Taalcafé",
        "slug": "taalcafe",
        "intro": "Samen Nederlands oefenen bij een kop koffie.",
        "start": "2027-01-05 19:00",
        "end": "2027-01-05 21:00",
        "repeat_interval": "1",
        "is_free": "on",
        "waiting_list": "on",
        "body": streamfield([]),
        "exclusions": inline_formset([{"date": day} for day in exclusions]),
    }
    data.update(fields)
    return {
        **nested_form_data(data),
        "themes": [theme("taal").pk],
        "repeat_weekdays": list(weekdays),
    }


def post(client, **fields):
    return client.post(add_url(calendar_of(municipality("alkmaar"))), event_form(**fields))


def errors_in(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "De pagina kon niet aangemaakt worden vanwege validatiefouten." in html
    assert not EventPage.objects.filter(slug="taalcafe").exists()
    return html


def test_end_before_start_is_refused(editor):
    html = errors_in(post(editor, end="2027-01-05 18:00"))
    assert "Het einde moet na het begin liggen." in html


def test_all_day_with_last_day_before_first_is_refused(editor):
    html = errors_in(post(editor, all_day="on", end="2027-01-04 12:00"))
    assert "De laatste dag ligt vóór de eerste dag." in html


def test_excluded_date_outside_the_repeat_is_refused(editor):
    # Weekly on Tuesdays until 26 January: 2 February is past the end, 6 January a Wednesday.
    html = errors_in(
        post(
            editor,
            repeat_frequency="weekly",
            repeat_until="2027-01-26",
            exclusions=["2027-02-02", "2027-01-06"],
        )
    )
    assert "Op 2 februari 2027 valt geen herhaling van deze activiteit." in html
    assert "Op 6 januari 2027 valt geen herhaling van deze activiteit." in html
    assert "Controleer de uitgezonderde datums." in html


def test_exclusions_need_a_repeat(editor):
    html = errors_in(post(editor, exclusions=["2027-01-05"]))
    assert "Alleen een herhalende activiteit kan uitgezonderde datums hebben." in html


def test_first_time_must_fall_on_the_pattern(editor):
    # 5 January 2027 is a Tuesday; the repeat says Thursdays.
    html = errors_in(post(editor, repeat_frequency="weekly", weekdays=["3"]))
    assert "De eerste keer valt niet op het herhaalpatroon." in html
    assert "7 januari 2027" in html


def test_until_and_count_together_are_refused(editor):
    html = errors_in(
        post(editor, repeat_frequency="weekly", repeat_until="2027-03-01", repeat_count="5")
    )
    assert "Kies een einddatum óf een aantal keer, niet allebei." in html


def test_a_valid_repeating_event_is_saved_with_its_exclusion(editor):
    response = post(
        editor,
        repeat_frequency="weekly",
        weekdays=["1", "3"],
        repeat_until="2027-03-30",
        exclusions=["2027-02-16"],
        signup_capacity="8",
        no_dutch_needed="on",
    )
    assert response.status_code == 302
    page = EventPage.objects.get(slug="taalcafe")
    assert page.repeat_weekdays == [1, 3]
    assert page.start == at(2027, 1, 5, 19)
    assert [e.date.isoformat() for e in page.exclusions.all()] == ["2027-02-16"]
    assert page.series_end == at(2027, 3, 30, 21)
    # The edit form shows the chosen weekdays ticked.
    html = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    checked = re.findall(r'<input[^>]*name="repeat_weekdays"[^>]*>', html)
    assert [bool(re.search(r"\bchecked\b", tag)) for tag in checked] == [
        False,
        True,
        False,
        True,
        False,
        False,
        False,
    ]
