"""iCalendar feeds and downloads, read back by two independent parsers (icalendar and
vobject), and the schema.org Event data on event pages."""

import json
import re
from datetime import date, datetime, timedelta

import icalendar
import pytest
import vobject
from django.utils import timezone

from events.models import EventPage
from events.recurrence import local_zone
from tests.factories import add_event, add_wandelclub, at, calendar_of, municipality, next_weekday

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def events(national_home):
    """The Alkmaar walk (weekly, one day off), a national day, an all-day Kings' Day market in
    Utrecht and two Arnhem events, one repeating monthly."""
    add_wandelclub(calendar_of(municipality("alkmaar")))
    day = next_weekday(5, weeks=3)
    add_event(
        calendar_of(national_home),
        "Landelijke Aan de Slag-dag",
        at(day.year, day.month, day.day, 10),
        at(day.year, day.month, day.day, 16),
        show_on_all_sites=True,
    )
    today = timezone.localdate()
    kings_day = date(today.year + (today >= date(today.year, 4, 27)), 4, 27)
    add_event(
        calendar_of(municipality("utrecht")),
        "Koningsdag: kraam van Aan de Slag",
        at(kings_day.year, kings_day.month, kings_day.day),
        at(kings_day.year, kings_day.month, kings_day.day),
        all_day=True,
    )
    arnhem = calendar_of(municipality("arnhem"))
    next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    day = next_month + timedelta(days=(5 - next_month.weekday()) % 7)  # its first Saturday
    add_event(
        arnhem,
        "Tuindag in de buurtmoestuin",
        at(day.year, day.month, day.day, 10),
        at(day.year, day.month, day.day, 14),
        repeat_frequency="monthly",
        repeat_month_week=1,
        repeat_until=day + timedelta(weeks=52),
    )
    day = next_weekday(5, weeks=2)
    add_event(
        arnhem,
        "Nachtwandeling over de Veluwezoom",
        at(day.year, day.month, day.day, 22),
        at(day.year, day.month, day.day, 23, 30),
    )


def feed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content.decode()


def by_summary(cal):
    return {str(component["SUMMARY"]): component for component in cal.walk("VEVENT")}


def test_national_feed_has_a_vtimezone_and_every_site_s_events(client_for):
    text = feed(client_for("localhost"), "/kalender/ical/")
    cal = icalendar.Calendar.from_ical(text)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = by_summary(cal)
    walk = events["Wandelclub vanuit het AZC"]
    assert walk["DTSTART"].dt.tzinfo is not None
    assert walk["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert walk["DTSTART"].dt.time().isoformat() == "10:00:00"
    assert walk["RRULE"]["FREQ"] == ["WEEKLY"] and walk["RRULE"]["BYDAY"] == ["TU", "TH"]
    assert "EXDATE" in walk
    # The link points at the event on its own municipality's host.
    assert str(walk["URL"]).startswith("http://alkmaar.localhost")
    assert "Bergerweg 1" in str(walk["LOCATION"])
    assert walk["DTSTAMP"].dt.tzinfo is not None
    # All day: DATE values, the end exclusive.
    kings_day = events["Koningsdag: kraam van Aan de Slag"]
    assert type(kings_day["DTSTART"].dt) is date
    assert kings_day["DTEND"].dt - kings_day["DTSTART"].dt == timedelta(days=1)
    assert "VALUE=DATE" in text


def test_municipality_feed_and_filters(client_for):
    text = feed(client_for("alkmaar.localhost"), "/kalender/ical/")
    titles = set(by_summary(icalendar.Calendar.from_ical(text)))
    assert "Wandelclub vanuit het AZC" in titles
    assert "Landelijke Aan de Slag-dag" in titles
    assert "Tuindag in de buurtmoestuin" not in titles
    filtered = feed(client_for("localhost"), "/kalender/ical/?gemeente=arnhem")
    titles = set(by_summary(icalendar.Calendar.from_ical(filtered)))
    assert titles == {"Tuindag in de buurtmoestuin", "Nachtwandeling over de Veluwezoom"}


def test_uid_is_stable_across_republishing(client_for):
    client = client_for("alkmaar.localhost")
    path = "/kalender/wandelclub-vanuit-het-azc/ical/"
    before = icalendar.Calendar.from_ical(feed(client, path))
    event = EventPage.objects.get(slug="wandelclub-vanuit-het-azc")
    event.intro = "Nieuwe tekst."
    event.save_revision().publish()
    after = icalendar.Calendar.from_ical(feed(client, path))
    (first,), (second,) = before.walk("VEVENT"), after.walk("VEVENT")
    assert str(first["UID"]) == str(second["UID"])
    assert "Nieuwe tekst." in str(second["DESCRIPTION"])


def test_event_download_is_an_attachment(client_for):
    response = client_for("alkmaar.localhost").get("/kalender/wandelclub-vanuit-het-azc/ical/")
    assert response["Content-Disposition"] == (
        'attachment; filename="wandelclub-vanuit-het-azc.ics"'
    )


def test_second_parser_expands_the_repeat_like_the_calendar_does(client_for):
    calendar = calendar_of(municipality("utrecht"))
    event = add_event(
        calendar,
        "Avondklas",
        at(2027, 3, 2, 19),
        at(2027, 3, 2, 21),
        repeat_frequency="weekly",
        repeat_weekdays=[1],
        repeat_until=date(2027, 4, 13),
        exclusions=[date(2027, 3, 16)],
    )
    text = feed(client_for("utrecht.localhost"), "/kalender/avondklas/ical/")
    parsed = vobject.readOne(text)
    vevent = parsed.vevent
    assert vevent.uid.value.endswith("@localhost")
    theirs = list(vevent.getrruleset(addRDate=True))
    ours = [o.start for o in event.occurrences(date(2027, 3, 1), date(2027, 5, 1))]
    assert [moment.astimezone(local_zone()) for moment in theirs] == ours
    # Both daylight-saving sides: 19:00 local before and after 28 March 2027.
    assert {moment.astimezone(local_zone()).hour for moment in theirs} == {19}
    assert date(2027, 3, 16) not in {moment.date() for moment in theirs}
    assert len(ours) == 6


def test_all_day_and_count_events_survive_the_second_parser(client_for):
    calendar = calendar_of(municipality("utrecht"))
    add_event(
        calendar,
        "Zomerkamp",
        at(2027, 7, 5),
        at(2027, 7, 7),
        all_day=True,
        repeat_frequency="weekly",
        repeat_count=2,
    )
    parsed = vobject.readOne(feed(client_for("utrecht.localhost"), "/kalender/zomerkamp/ical/"))
    assert parsed.vevent.dtstart.value == date(2027, 7, 5)
    assert parsed.vevent.dtend.value == date(2027, 7, 8)
    starts = list(parsed.vevent.getrruleset())
    assert [moment.date() for moment in starts] == [date(2027, 7, 5), date(2027, 7, 12)]


def test_event_page_has_schema_org_event_data(client_for):
    html = client_for("alkmaar.localhost").get("/kalender/wandelclub-vanuit-het-azc/")
    html = html.content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Event"
    assert data["name"] == "Wandelclub vanuit het AZC"
    start = datetime.fromisoformat(data["startDate"])
    assert start > timezone.now() and start.hour == 10
    assert data["location"]["address"]["addressLocality"] == "Alkmaar"
    assert data["eventSchedule"]["byDay"] == [
        "https://schema.org/Tuesday",
        "https://schema.org/Thursday",
    ]
    assert data["offers"]["price"] == "0"
    assert data["url"].startswith("http://alkmaar.localhost")


def test_member_text_cannot_break_out_of_the_json_ld(client_for):
    calendar = calendar_of(municipality("utrecht"))
    add_event(
        calendar,
        "Feest </script><script>alert(1)</script>",
        at(2027, 5, 1, 14),
        at(2027, 5, 1, 16),
        slug="feest",
    )
    html = client_for("utrecht.localhost").get("/kalender/feest/").content.decode()
    assert "<script>alert(1)</script>" not in html
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(match.group(1))["name"] == "Feest </script><script>alert(1)</script>"
