"""Occurrences of events, computed from the event's repeat rule (one RRULE, events/rules.py)
with python-dateutil's rrulestr.

Computed, not materialised: an occurrence is a pure function of the published page, so an edit
or a republish can never leave stale rows behind, and an open-ended repeat needs no nightly job
to extend it. A calendar view loads the events that overlap its window (one query, bounded by
`EventPage.series_end`) and expands them in Python: a few hundred occurrences cost well under a
millisecond each (see `make bench`).

Expansion happens in Amsterdam wall-clock time and each occurrence is then placed in the time
zone, so a weekly 19:00 event stays at 19:00 across both daylight-saving changes. An open-ended
repeat is shown at most `HORIZON` (18 months) ahead.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.utils import timezone

from . import rules

HORIZON = relativedelta(months=18)


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def wall(moment):
    """An aware datetime as naive Amsterdam wall-clock time."""
    return timezone.localtime(moment, local_zone()).replace(tzinfo=None)


def aware(naive):
    return naive.replace(tzinfo=local_zone())


def horizon_end(now=None):
    return wall(now or timezone.now()) + HORIZON


@dataclass
class Occurrence:
    """One time an event takes place. `start` and `end` are aware (Amsterdam); for an all-day
    occurrence `end` is the midnight after its last day."""

    event: object
    start: datetime
    end: datetime
    all_day: bool = False

    @property
    def first_day(self):
        return self.start.date()

    @property
    def last_day(self):
        """The last day the occurrence touches (an event ending at midnight ends the day before)."""
        return (
            (self.end - timedelta(microseconds=1)).date()
            if self.end > self.start
            else (self.start.date())
        )

    @property
    def days(self):
        day = self.first_day
        while day <= self.last_day:
            yield day
            day += timedelta(days=1)

    @property
    def spans_days(self):
        return self.last_day > self.first_day

    @property
    def key(self):
        """Identifies the occurrence in URLs and forms: its start as yyyymmddThhmm (local)."""
        return self.start.strftime("%Y%m%dT%H%M")


def parse_key(key):
    try:
        return aware(datetime.strptime(key, "%Y%m%dT%H%M"))
    except (TypeError, ValueError):
        return None


def duration(event):
    """Wall-clock length: an event from 19:00 to 21:00 lasts two wall hours on any date."""
    if event.all_day:
        return timedelta(days=(wall(event.end).date() - wall(event.start).date()).days + 1)
    return wall(event.end) - wall(event.start)


def first_wall_start(event):
    start = wall(event.start)
    return datetime.combine(start.date(), time()) if event.all_day else start


def build_rule(event):
    """The dateutil rrule of a repeating event (naive wall-clock times), or None: read from
    the stored RRULE (events/rules.py)."""
    if not event.repeat_rule:
        return None
    return rules.expand(event.repeat_rule, first_wall_start(event))


def excluded_dates(event):
    """The excluded dates: from the prefetched exclusions, or read once per page object."""
    dates = getattr(event, "_excluded_dates", None)
    if dates is None:
        dates = {exclusion.date for exclusion in event.exclusions.all()}
        if getattr(event, "pk", None):
            event._excluded_dates = dates
    return dates


def series_end(event):
    """When the last occurrence ends (aware), or None for an open-ended repeat."""
    rule = build_rule(event)
    if rule is None:
        return aware(first_wall_start(event) + duration(event))
    if event.repeat.has_end:
        last = rule[-1] if rule.count() else None
        if last is None:
            return aware(first_wall_start(event) + duration(event))
        return aware(last + duration(event))
    return None


def starts_between(event, window_start, window_end, now=None):
    """Naive wall-clock starts of the occurrences that overlap [window_start, window_end)."""
    length = duration(event)
    rule = build_rule(event)
    if rule is None:
        start = first_wall_start(event)
        return [start] if start < window_end and start + length > window_start else []
    limit = window_end
    if not event.repeat.has_end:
        limit = min(window_end, horizon_end(now))
    if limit <= window_start - length:
        return []
    starts = rule.between(window_start - length, limit, inc=False)
    # between() is exclusive at both ends: an occurrence starting exactly at the window start
    # (duration zero) is added back.
    if window_start - length in rule:
        starts.insert(0, window_start - length)
    skip = excluded_dates(event)
    return [
        start
        for start in starts
        if start.date() not in skip and start + length > window_start and start < window_end
    ]


def occurrences(event, window_start, window_end, now=None):
    """The event's occurrences overlapping [window_start, window_end), both naive wall times or
    dates."""
    if isinstance(window_start, date) and not isinstance(window_start, datetime):
        window_start = datetime.combine(window_start, time())
    if isinstance(window_end, date) and not isinstance(window_end, datetime):
        window_end = datetime.combine(window_end, time())
    length = duration(event)
    return [
        Occurrence(event, aware(start), aware(start + length), event.all_day)
        for start in starts_between(event, window_start, window_end, now)
    ]


def falls_on(event, day):
    """Whether the (possibly open-ended) repeat has an occurrence starting on `day`."""
    rule = build_rule(event)
    if rule is None:
        return first_wall_start(event).date() == day
    start = datetime.combine(day, time())
    return bool(rule.between(start, start + timedelta(days=1), inc=True))
