"""Occurrences of events, computed from the event's repeat rule (one RRULE, events/rules.py)
with python-dateutil's rrulestr.

Computed, not materialised: an occurrence is a pure function of the published page, so an edit
or a republish can never leave stale rows behind, and an open-ended repeat needs no nightly job
to extend it.

What it costs follows what is shown, not how long ago a repeat began: dateutil walks a rule
from its DTSTART, so a daily repeat that started three years ago would take a thousand steps to
reach today. `rule_from` starts the rule at its last whole period before the moment asked for
(the same occurrences from there on), and the occurrences come lazily, forwards from a moment
(`starts_after`) or backwards (`starts_before`), so a list stops as soon as it is full. A
repeat with a COUNT counts from its real start: it is read once to its last time (cached per
process), and from then on it is a repeat until that time.

Expansion happens in Amsterdam wall-clock time and each occurrence is then placed in the time
zone, so a weekly 19:00 event stays at 19:00 across both daylight-saving changes. An open-ended
repeat is shown at most `HORIZON` (18 months) ahead.

The functions take an event page or a `Schedule`, the few fields of an event that decide when
it takes place: a calendar reads those for every candidate event and loads pages only for the
occurrences it shows (events/calendar.py).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from . import rules

HORIZON = relativedelta(months=18)
# Walking backwards, a window holds this many periods of the rule at first; it doubles after
# a window without occurrences (excluded dates, a yearly repeat), up to MAX_WINDOW.
WINDOW_PERIODS = 8
MAX_WINDOW = timedelta(days=8 * 366)
RULE_CACHE_SIZE = 4096


def local_zone():
    """The calendar's time zone (settings.TIME_ZONE), as Django keeps it: read once, not per
    occurrence (a settings lookup costs more than the rest of making an occurrence)."""
    return timezone.get_default_timezone()


def wall(moment):
    """An aware datetime as naive Amsterdam wall-clock time."""
    return timezone.localtime(moment, local_zone()).replace(tzinfo=None)


def aware(naive):
    return naive.replace(tzinfo=local_zone())


def horizon_end(now=None):
    return _horizon_end(now) if now is not None else wall(timezone.now()) + HORIZON


@lru_cache(maxsize=16)
def _horizon_end(now):
    # Asked once per event of a calendar, for the same `now`.
    return wall(now) + HORIZON


class Schedule(NamedTuple):
    """When an event takes place, without its page: what a calendar reads of every candidate
    event (events/calendar.py), small enough to cache by the hundred. `start` and `end` are
    aware, as on the page; `excluded` holds the excluded dates; `first` (the first start, wall
    time) and `length` are worked out once, by Schedule.of."""

    pk: int
    title: str
    start: datetime
    end: datetime
    all_day: bool
    repeat_rule: str
    excluded: frozenset = frozenset()
    first: datetime | None = None
    length: timedelta | None = None

    @classmethod
    def of(cls, pk, title, start, end, all_day, repeat_rule, excluded=frozenset()):
        made = cls(pk, title, start, end, all_day, repeat_rule, frozenset(excluded))
        return made._replace(first=first_wall_start(made), length=duration(made))

    @property
    def repeat(self):
        return parsed_repeat(self.repeat_rule)


@lru_cache(maxsize=RULE_CACHE_SIZE)
def parsed_repeat(text):
    return rules.Repeat.parse(text)


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
        day, last = self.first_day, self.last_day
        while day <= last:
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
    if isinstance(event, Schedule) and event.length is not None:
        return event.length
    if event.all_day:
        return timedelta(days=(wall(event.end).date() - wall(event.start).date()).days + 1)
    return wall(event.end) - wall(event.start)


def first_wall_start(event):
    if isinstance(event, Schedule) and event.first is not None:
        return event.first
    start = wall(event.start)
    return datetime.combine(start.date(), time()) if event.all_day else start


def occurrence_at(event, start, length=None):
    """The occurrence of `event` that starts at `start` (naive wall time); `length` is the
    event's duration, for a caller that makes many."""
    length = duration(event) if length is None else length
    return Occurrence(event, aware(start), aware(start + length), event.all_day)


# --- Rules ----------------------------------------------------------------------------------------


@lru_cache(maxsize=RULE_CACHE_SIZE)
def _rule(text, dtstart):
    # An rrule is only read once built (dateutil's own cache is off), so one can be shared.
    return rules.expand(text, dtstart)


def build_rule(event):
    """The dateutil rrule of a repeating event (naive wall-clock times), or None: read from
    the stored RRULE (events/rules.py)."""
    if not event.repeat_rule:
        return None
    return _rule(event.repeat_rule, first_wall_start(event))


@lru_cache(maxsize=RULE_CACHE_SIZE)
def _last_start(text, first):
    """The last start of a rule with a COUNT (walked once, from its real start)."""
    starts = list(_rule(text, first))
    return starts[-1] if starts else None


def _period_start(repeat, first, moment):
    """The start of the rule's last whole period (INTERVAL days, weeks, months or years from
    `first`) at or before `moment`: from there the rule has the same occurrences."""
    step = repeat.interval
    if repeat.frequency in ("daily", "weekly"):
        period = timedelta(days=step) if repeat.frequency == "daily" else timedelta(weeks=step)
        return first + ((moment - first) // period) * period
    if repeat.frequency == "monthly":
        months = (moment.year - first.year) * 12 + moment.month - first.month
        periods = months // step
        start = first + relativedelta(months=periods * step)
        if start > moment:
            start = first + relativedelta(months=(periods - 1) * step)
        return start
    years = (moment.year - first.year) // step
    start = first + relativedelta(years=years * step)
    if start > moment:
        start = first + relativedelta(years=(years - 1) * step)
    return start


@lru_cache(maxsize=RULE_CACHE_SIZE)
def _rule_at(text, first, dtstart):
    """The rule of `first`, restarted at `dtstart` (a whole number of periods later)."""
    rule = _rule(text, first)
    repeat = parsed_repeat(text)
    parts = {"dtstart": dtstart}
    if repeat.count:
        last = _last_start(text, first)
        if last is None:
            return rule
        parts.update(count=None, until=last)
    # What dateutil reads from DTSTART when the rule does not say it: keep the first time's
    # (a monthly repeat on the 31st stays on the 31st, not on the 28th it was moved to).
    if repeat.frequency in ("monthly", "yearly") and not repeat.byday(first.weekday()):
        parts["bymonthday"] = first.day
        if repeat.frequency == "yearly":
            parts["bymonth"] = first.month
    return rule.replace(**parts)


def rule_from(event, moment):
    """The event's rule, for its occurrences from `moment` (naive wall time) on: started at its
    last whole period before `moment`, so it does not walk there from the first time."""
    rule = build_rule(event)
    first = first_wall_start(event)
    if rule is None or moment <= first:
        return rule
    dtstart = _period_start(event.repeat, first, moment)
    if dtstart <= first:
        return rule
    return _rule_at(event.repeat_rule, first, dtstart)


def _period_length(repeat):
    days = {"daily": 1, "weekly": 7, "monthly": 31}.get(repeat.frequency, 366)
    return timedelta(days=days * repeat.interval)


# --- Occurrences ----------------------------------------------------------------------------------


def excluded_dates(event):
    """The excluded dates: a Schedule's own, from the prefetched exclusions, or read once per
    page object."""
    if isinstance(event, Schedule):
        return event.excluded
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


def starts_after(event, since, until=None, now=None):
    """Naive wall-clock starts of the occurrences that end after `since` and start before
    `until` (naive wall times), in order and lazily, excluded dates left out. An open-ended
    repeat stops at the horizon (seen from `now`) whatever `until` says."""
    length = duration(event)
    rule = build_rule(event)
    if rule is None:
        start = first_wall_start(event)
        if start + length > since and (until is None or start < until):
            yield start
        return
    limit = until
    if not event.repeat.has_end:
        limit = horizon_end(now) if until is None else min(until, horizon_end(now))
    skip = excluded_dates(event)
    earliest = since - length
    for start in rule_from(event, earliest).xafter(earliest, inc=True):
        if limit is not None and start >= limit:
            return
        if start + length > since and start.date() not in skip:
            yield start


def _starts_in(rule, lower, upper):
    """The rule's starts in [lower, upper), in order."""
    found = []
    for start in rule.xafter(lower, inc=True):
        if start >= upper:
            break
        found.append(start)
    return found


def starts_before(event, until):
    """Naive wall-clock starts of the occurrences that end at or before `until` (naive wall
    time), newest first and lazily, excluded dates left out: the rule is read backwards in
    windows of a few periods, never before the first time."""
    length = duration(event)
    first = first_wall_start(event)
    rule = build_rule(event)
    if rule is None:
        if first + length <= until:
            yield first
        return
    skip = excluded_dates(event)
    upper = until - length + timedelta(microseconds=1)  # a start before it ends by `until`
    window = _period_length(event.repeat) * WINDOW_PERIODS
    while upper > first:
        lower = max(upper - window, first)
        found = _starts_in(rule_from(event, lower), lower, upper)
        for start in reversed(found):
            if start.date() not in skip:
                yield start
        if not found:
            window = min(window * 2, MAX_WINDOW)
        upper = lower


def starts_between(event, window_start, window_end, now=None):
    """Naive wall-clock starts of the occurrences that overlap [window_start, window_end), as
    starts_after() gives them, read at once (a window of a month is read whole anyway)."""
    length = duration(event)
    rule = build_rule(event)
    if rule is None:
        return list(starts_after(event, window_start, window_end, now))
    limit = window_end
    if not event.repeat.has_end:
        limit = min(window_end, horizon_end(now))
    earliest = window_start - length
    if limit <= earliest:
        return []
    skip = excluded_dates(event)
    return [
        start
        for start in rule_from(event, earliest).between(earliest, limit, inc=True)
        if start < limit and start + length > window_start and start.date() not in skip
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
        occurrence_at(event, start, length)
        for start in starts_between(event, window_start, window_end, now)
    ]


def upcoming(event, limit, now=None):
    """The event's next `limit` occurrences (those not over yet), reading no further."""
    now_wall = wall(now or timezone.now())
    length = duration(event)
    return [
        occurrence_at(event, start, length)
        for start in islice(starts_after(event, now_wall, horizon_end(now), now), limit)
    ]


def falls_on(event, day):
    """Whether the (possibly open-ended) repeat has an occurrence starting on `day`."""
    rule = build_rule(event)
    if rule is None:
        return first_wall_start(event).date() == day
    start = datetime.combine(day, time())
    return bool(rule_from(event, start).between(start, start + timedelta(days=1), inc=True))
