"""The repeat of an event: one RFC 5545 RRULE value, stored as text on the page
(`EventPage.repeat_rule`, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270330T235959").

The rule is the only source of truth. Occurrences (recurrence.py, with dateutil's rrulestr),
the iCalendar RRULE (ical.py), schema.org's eventSchedule (jsonld.py) and the Dutch sentence
(describe.py) are all read from it; the editor's friendly fields (forms.py) are a view of it.

The rule holds no DTSTART: it is read against the event's first start, in Amsterdam wall-clock
time. So UNTIL is a wall-clock time too (floating, no Z); ical.py gives it in UTC, as RFC 5545
asks next to a zoned DTSTART. An "until" date from the editor is stored as the end of that day,
which includes every occurrence that starts on it.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, time

import icalendar
from dateutil.rrule import rrulestr

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
FREQUENCIES = ("daily", "weekly", "monthly", "yearly")
END_OF_DAY = time(23, 59, 59)


def end_of(day):
    """The wall-clock moment an "until" date stands for."""
    return datetime.combine(day, END_OF_DAY)


@dataclass(frozen=True)
class Repeat:
    """A repeat rule as its parts. `weekdays` are Python weekdays (Monday is 0); empty means
    the weekday of the first time (weekly) or the day of the month of the first time (monthly).
    With `month_week` (1..4, or -1 for the last) a monthly repeat falls on that week's
    weekdays. `until` is an inclusive wall-clock end; `count` the number of times."""

    frequency: str = ""
    interval: int = 1
    weekdays: tuple = ()
    month_week: int | None = None
    until: datetime | None = None
    count: int | None = None

    @classmethod
    def parse(cls, text):
        """The parts of an RRULE value; an empty Repeat for "" (the event takes place once)."""
        if not text:
            return cls()
        parts = icalendar.vRecur.from_ical(text)
        frequency = parts["FREQ"][0].lower()
        if frequency not in FREQUENCIES:
            raise ValueError(f"unsupported frequency: {text!r}")
        weekdays, weeks = [], set()
        for day in parts.get("BYDAY", []):
            weekdays.append(BYDAY.index(day[-2:]))
            if day[:-2]:
                weeks.add(int(day[:-2]))
        if len(weeks) > 1:
            raise ValueError(f"one week of the month at a time: {text!r}")
        until = parts.get("UNTIL", [None])[0]
        if isinstance(until, datetime):
            until = until.replace(tzinfo=None)
        elif isinstance(until, date):
            until = end_of(until)
        return cls(
            frequency=frequency,
            interval=int(parts.get("INTERVAL", [1])[0]),
            weekdays=tuple(sorted(set(weekdays))),
            month_week=weeks.pop() if weeks else None,
            until=until,
            count=int(parts["COUNT"][0]) if "COUNT" in parts else None,
        )

    def with_parts(self, **parts):
        """A copy with some parts changed; a date for `until` means the end of that day."""
        until = parts.get("until")
        if isinstance(until, date) and not isinstance(until, datetime):
            parts["until"] = end_of(until)
        if "weekdays" in parts:
            parts["weekdays"] = tuple(sorted({int(day) for day in parts["weekdays"] or ()}))
        if "interval" in parts:
            parts["interval"] = max(int(parts["interval"] or 1), 1)
        return replace(self, **parts)

    def byday(self, first_weekday=None):
        """BYDAY as RFC 5545 spells it ("TU", or "2WE" for a monthly week); a monthly week
        without weekdays takes the weekday of the first time."""
        days = list(self.weekdays)
        if self.frequency == "monthly" and self.month_week:
            if not days:
                if first_weekday is None:
                    raise ValueError("a monthly week needs a weekday or the first time")
                days = [first_weekday]
            return [f"{self.month_week}{BYDAY[day]}" for day in days]
        if self.frequency == "weekly" and days:
            return [BYDAY[day] for day in days]
        return []

    def values(self, first_weekday=None):
        """The rule as icalendar's vRecur parts (UNTIL still a wall-clock time)."""
        rule = {"FREQ": self.frequency.upper()}
        if self.interval > 1:
            rule["INTERVAL"] = self.interval
        byday = self.byday(first_weekday)
        if byday:
            rule["BYDAY"] = byday
        if self.until:
            rule["UNTIL"] = self.until
        elif self.count:
            rule["COUNT"] = self.count
        return rule

    def text(self, first_weekday=None):
        """The RRULE value to store; "" when the event does not repeat."""
        if not self.frequency:
            return ""
        return icalendar.vRecur(self.values(first_weekday)).to_ical().decode()

    @property
    def until_date(self):
        return self.until.date() if self.until else None

    @property
    def until_has_time(self):
        return bool(self.until) and self.until.time() != END_OF_DAY

    @property
    def has_end(self):
        return bool(self.until or self.count)


def expand(text, dtstart):
    """dateutil's rule for a stored RRULE value, from `dtstart` (naive wall-clock time)."""
    return rrulestr(text, dtstart=dtstart)
