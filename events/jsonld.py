"""schema.org Event data for an event page (JSON-LD), for search engines and assistants; its
eventSchedule is read from the stored repeat rule (events/rules.py)."""

import json

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.canonical import canonical_url

from . import recurrence

# As django.utils.html.json_script: text that cannot close the script element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
BYDAY = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
]
REPEAT = {"daily": "P{n}D", "weekly": "P{n}W", "monthly": "P{n}M", "yearly": "P{n}Y"}


def _moment(occurrence_moment, all_day):
    local = timezone.localtime(occurrence_moment)
    return local.date().isoformat() if all_day else local.isoformat()


def event_data(event, occurrence, request=None):
    start = occurrence.start if occurrence else recurrence.aware(recurrence.first_wall_start(event))
    end = occurrence.end if occurrence else start + recurrence.duration(event)
    # Its own address, whichever host shows it (the <link rel="canonical"> too).
    url = canonical_url(event, request)
    if event.all_day:
        end = end - recurrence.timedelta(days=1)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "url": url,
        "startDate": _moment(start, event.all_day),
        "endDate": _moment(end, event.all_day),
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": get_language() or settings.LANGUAGE_CODE,
    }
    places = []
    if event.address_line:
        places.append(
            {
                "@type": "Place",
                "name": event.location_name or event.address_line,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": event.street,
                    "postalCode": event.postcode,
                    "addressLocality": event.place,
                    "addressCountry": "NL",
                },
            }
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    if places:
        data["location"] = places[0] if len(places) == 1 else places
        mode = (
            "MixedEventAttendanceMode"
            if len(places) > 1
            else ("OnlineEventAttendanceMode" if event.online_url else "OfflineEventAttendanceMode")
        )
        data["eventAttendanceMode"] = f"https://schema.org/{mode}"
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    data["offers"] = {
        "@type": "Offer",
        "price": "0" if event.is_free or event.price is None else f"{event.price:.2f}",
        "priceCurrency": "EUR",
        "url": url,
    }
    if event.is_repeating:
        first = recurrence.first_wall_start(event)
        repeat = event.repeat
        schedule = {
            "@type": "Schedule",
            "repeatFrequency": REPEAT[repeat.frequency].format(n=repeat.interval),
            "startDate": first.date().isoformat(),
            "scheduleTimezone": "Europe/Amsterdam",
        }
        if not event.all_day:
            schedule["startTime"] = first.strftime("%H:%M")
        if repeat.frequency == "weekly":
            days = list(repeat.weekdays) or [first.weekday()]
            schedule["byDay"] = [BYDAY[day] for day in days]
        if repeat.until:
            schedule["endDate"] = repeat.until.date().isoformat()
        if repeat.count:
            schedule["repeatCount"] = repeat.count
        # Read once per page object (recurrence.excluded_dates): the upcoming dates read them too.
        excluded = [day.isoformat() for day in sorted(recurrence.excluded_dates(event))]
        if excluded:
            schedule["exceptDate"] = excluded
        data["eventSchedule"] = schedule
    return data


def event_jsonld(event, occurrence, request=None):
    text = json.dumps(event_data(event, occurrence, request), ensure_ascii=False)
    return mark_safe(f'<script type="application/ld+json">{text.translate(_ESCAPES)}</script>')
