"""The calendar and its events."""

from datetime import datetime, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from events.models import EventCalendarPage, EventExclusion, EventPage
from events.recurrence import aware
from tests.factories.core import theme


def at(*parts):
    """An aware Amsterdam datetime: at(2026, 3, 24, 19) is 24 March 2026, 19:00 local."""
    return aware(datetime(*parts))


class EventCalendarPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventCalendarPage
        django_get_or_create = ("parent",)

    title = "Kalender"
    slug = "kalender"
    show_in_menus = True


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Activiteit {n}")
    intro = factory.LazyAttribute(lambda o: f"Over {o.title}.")
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))


def calendar_of(home):
    return EventCalendarPageFactory(parent=home)


def add_event(calendar, title, start, end, *, themes=(), exclusions=(), **fields):
    return EventPageFactory(
        parent=calendar,
        title=title,
        start=start,
        end=end,
        themes=[theme(slug) for slug in themes],
        exclusions=[EventExclusion(date=day) for day in exclusions],
        **fields,
    )
