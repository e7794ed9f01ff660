"""Builders for calendar test content on top of the seeded demo tree."""

from datetime import datetime

from events.models import EventCalendarPage, EventExclusion, EventPage
from events.recurrence import aware
from tests.factories import theme


def calendar_of(home):
    return EventCalendarPage.objects.child_of(home).get()


def at(*parts):
    """An aware Amsterdam datetime: at(2026, 3, 24, 19) is 24 March 2026, 19:00 local."""
    return aware(datetime(*parts))


def add_event(calendar, title, start, end, *, themes=(), exclusions=(), **fields):
    fields.setdefault("intro", f"Over {title}.")
    event = EventPage(title=title, start=start, end=end, **fields)
    event.themes = [theme(slug) for slug in themes]
    event.exclusions = [EventExclusion(date=day) for day in exclusions]
    return calendar.add_child(instance=event)
