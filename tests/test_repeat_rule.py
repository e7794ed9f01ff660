"""One repeat rule: an event's repeat is stored as one RFC 5545 RRULE value, and the
occurrences, the iCalendar feed, the schema.org schedule and the Dutch sentence are all read
from it. A yearly repeat and an "until" with a time are not offered in the editor, but the
stored rule carries them through every derivation."""

import importlib
from datetime import UTC, date, datetime

import icalendar
import pytest
import vobject
from django.contrib.auth import get_user_model
from django.utils import timezone

from events import describe, ical, jsonld, recurrence
from events.models import EventPage
from events.rules import Repeat
from tests.event_factories import add_event, at, calendar_of
from tests.factories import municipality

pytestmark = pytest.mark.django_db


def vevent(event):
    cal = icalendar.Calendar.from_ical(ical.build_calendar([event], "Test").to_ical())
    (component,) = cal.walk("VEVENT")
    return component


def test_the_friendly_fields_are_views_of_one_rule_in_any_order():
    page = EventPage(
        title="Taalcafé",
        start=at(2027, 1, 5, 19),
        end=at(2027, 1, 5, 21),
        repeat_weekdays=[3, 1],
        repeat_until=date(2027, 3, 30),
        repeat_frequency="weekly",
    )
    assert page.repeat_rule == "FREQ=WEEKLY;UNTIL=20270330T235959;BYDAY=TU,TH"
    assert page.repeat_frequency == "weekly"
    assert page.repeat_weekdays == [1, 3]
    assert page.repeat_until == date(2027, 3, 30)
    assert page.repeat_count is None
    # A monthly week without weekdays takes the weekday of the first time (a Wednesday).
    monthly = EventPage(
        start=at(2026, 12, 9, 15),
        end=at(2026, 12, 9, 16),
        repeat_frequency="monthly",
        repeat_month_week=2,
    )
    assert monthly.repeat_rule == "FREQ=MONTHLY;BYDAY=2WE"
    assert Repeat.parse(monthly.repeat_rule).month_week == 2


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=DAILY;COUNT=20",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
        "FREQ=MONTHLY;UNTIL=20270331T235959;BYDAY=-1FR",
        "FREQ=YEARLY;COUNT=3",
    ],
)
def test_a_rule_reads_back_as_itself(text):
    assert Repeat.parse(text).text() == icalendar.vRecur.from_ical(text).to_ical().decode()


def test_a_yearly_repeat_in_every_derivation():
    calendar = calendar_of(municipality("utrecht"))
    event = add_event(
        calendar,
        "Nieuwjaarsborrel",
        at(2027, 1, 5, 17),
        at(2027, 1, 5, 19),
        repeat_rule="FREQ=YEARLY;COUNT=3",
    )
    starts = [o.start for o in event.occurrences(date(2027, 1, 1), date(2031, 1, 1))]
    assert starts == [at(2027, 1, 5, 17), at(2028, 1, 5, 17), at(2029, 1, 5, 17)]
    assert recurrence.series_end(event) == at(2029, 1, 5, 19)

    rule = vevent(event)["RRULE"]
    assert rule["FREQ"] == ["YEARLY"] and rule["COUNT"] == [3]

    schedule = jsonld.event_data(event, None)["eventSchedule"]
    assert schedule["repeatFrequency"] == "P1Y" and schedule["repeatCount"] == 3

    assert describe.repeat_text(event) == "Elk jaar op 5 januari, 3 keer"


def test_until_with_a_time_in_every_derivation():
    # Daily at 19:00 until 7 January 12:00: the 7th itself is past the end.
    calendar = calendar_of(municipality("utrecht"))
    event = add_event(
        calendar,
        "Winterkamp",
        at(2027, 1, 5, 19),
        at(2027, 1, 5, 21),
        repeat_rule="FREQ=DAILY;UNTIL=20270107T120000",
    )
    starts = [o.start for o in event.occurrences(date(2027, 1, 1), date(2027, 2, 1))]
    assert starts == [at(2027, 1, 5, 19), at(2027, 1, 6, 19)]
    assert event.series_end == at(2027, 1, 6, 21)

    component = vevent(event)
    assert component["RRULE"]["UNTIL"] == [datetime(2027, 1, 7, 11, tzinfo=UTC)]
    parsed = vobject.readOne(ical.build_calendar([event], "Test").to_ical().decode())
    theirs = [timezone.localtime(moment) for moment in parsed.vevent.getrruleset()]
    assert theirs == starts

    assert jsonld.event_data(event, None)["eventSchedule"]["endDate"] == "2027-01-07"
    assert describe.repeat_text(event) == "Elke dag, t/m 7 januari 2027 12:00"


def test_the_migration_converts_the_old_fields_both_ways():
    migration = importlib.import_module("events.migrations.0004_repeat_rule")
    start = at(2026, 12, 9, 15).astimezone(UTC).isoformat()
    cases = [
        ({"repeat_frequency": ""}, ""),
        ({"repeat_frequency": "daily", "repeat_count": 20}, "FREQ=DAILY;COUNT=20"),
        (
            {
                "repeat_frequency": "weekly",
                "repeat_interval": 2,
                "repeat_weekdays": "1,3",
                "repeat_until": "2027-03-30",
            },
            "FREQ=WEEKLY;UNTIL=20270330T235959;INTERVAL=2;BYDAY=TU,TH",
        ),
        (
            {"repeat_frequency": "monthly", "repeat_month_week": 2},
            "FREQ=MONTHLY;BYDAY=2WE",
        ),
    ]
    for fields, text in cases:
        assert migration.rule_text(fields, start) == text
        back = migration.rule_fields(text)
        assert back["repeat_frequency"] == fields["repeat_frequency"]
        assert back["repeat_interval"] == fields.get("repeat_interval", 1)
        assert back["repeat_count"] == fields.get("repeat_count")
        until = fields.get("repeat_until")
        assert back["repeat_until"] == (date.fromisoformat(until) if until else None)
    content = {"start": start, "repeat_frequency": "weekly", "repeat_weekdays": "2"}
    assert migration._convert_content(content, forwards=True)
    assert content == {"start": start, "repeat_rule": "FREQ=WEEKLY;BYDAY=WE"}
    assert migration._convert_content(content, forwards=False)
    assert content["repeat_frequency"] == "weekly" and content["repeat_weekdays"] == "2"


def test_comparing_revisions_shows_the_change_of_rule(client):
    calendar = calendar_of(municipality("utrecht"))
    event = add_event(
        calendar, "Breicafé", at(2027, 1, 5, 19), at(2027, 1, 5, 21), repeat_frequency="weekly"
    )
    first = event.save_revision()
    event.repeat_count = 4
    second = event.save_revision()
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get(
        f"/admin/pages/{event.pk}/revisions/compare/{first.pk}...{second.pk}/",
        HTTP_HOST="localhost",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "herhaalregel" in html.lower() and "COUNT=4" in html
