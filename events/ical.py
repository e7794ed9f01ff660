"""iCalendar (RFC 5545) for a calendar's feed and an event's download, with the icalendar
library: one VEVENT per event (its stored repeat rule as RRULE, with EXDATE, not expanded), a
VTIMEZONE for Europe/Amsterdam, UIDs that never change (the page's translation key), DTSTAMP,
LOCATION and the page's URL on its own site's host; all-day events as DATE values."""

from datetime import UTC, datetime, timedelta

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from core.site_roots import CanonicalAddresses

from . import recurrence

PRODID = "-//Aan de Slag//Kalender//NL"


def event_uid(event):
    """The same for every revision of the event (and its translations: they are one event)."""
    return f"{event.translation_key}@{settings.PROGRAM_BASE_DOMAIN}"


def _rrule(event, first):
    """The stored rule, with UNTIL as RFC 5545 wants it: a date for an all-day event, else
    the wall-clock end in UTC (3.3.10: UTC next to a DTSTART with a time zone)."""
    repeat = event.repeat
    rule = repeat.values(first.weekday())
    if repeat.until:
        if event.all_day:
            rule["UNTIL"] = repeat.until.date()
        else:
            rule["UNTIL"] = recurrence.aware(repeat.until).astimezone(UTC)
    return icalendar.vRecur(rule)


def event_component(event, stamp, addresses=None):
    first = recurrence.first_wall_start(event)
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", stamp)
    component.add("summary", event.title)
    url = event.get_full_url(addresses)
    description = "\n\n".join(part for part in (event.intro, url) if part)
    component.add("description", description)
    if url:
        component.add("url", url)
    if event.all_day:
        component.add("dtstart", first.date())
        component.add("dtend", first.date() + recurrence.duration(event))
    else:
        component.add("dtstart", recurrence.aware(first))
        component.add("dtend", recurrence.aware(first + recurrence.duration(event)))
    location = event.address_line or event.online_url
    if location:
        component.add("location", location)
    if event.organiser:
        component.add("x-organiser-name", event.organiser)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(UTC))
    themes = [theme.name for theme in event.themes.all()]
    if themes:
        component.add("categories", themes)
    if event.is_repeating:
        component.add("rrule", _rrule(event, first))
        excluded = sorted(exclusion.date for exclusion in event.exclusions.all())
        if excluded:
            if event.all_day:
                component.add("exdate", excluded)
            else:
                component.add(
                    "exdate",
                    [recurrence.aware(datetime.combine(day, first.time())) for day in excluded],
                )
    return component


def build_calendar(events, name, now=None):
    now = now or timezone.now()
    stamp = now.astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add_component(amsterdam_vtimezone())
    addresses = CanonicalAddresses()  # each event on its own site's host
    for event in events:
        cal.add_component(event_component(event, stamp, addresses))
    return cal


def amsterdam_vtimezone():
    """Europe/Amsterdam as yearly rules (the EU rule since 1996: summer time from the last
    Sunday of March to the last Sunday of October), the form calendar clients read best.
    icalendar's own generator lists every transition as RDATEs, which some parsers (dateutil's
    tzical, used by vobject; older Outlook) misread as a zone without summer time."""
    zone = icalendar.Timezone()
    zone.add("tzid", settings.TIME_ZONE)
    zone.add("x-lic-location", settings.TIME_ZONE)
    for kind, name, month, offset_from, offset_to, hour in (
        (icalendar.TimezoneDaylight, "CEST", 3, 1, 2, 2),
        (icalendar.TimezoneStandard, "CET", 10, 2, 1, 3),
    ):
        part = kind()
        part.add("tzname", name)
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        part.add("dtstart", datetime(1996, month, 31 if month == 3 else 27, hour))
        part.add("rrule", {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"})
        zone.add_component(part)
    return zone


def ical_response(body, filename=None):
    """The response for a calendar's text (cal.to_ical())."""
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=900"
    return response
