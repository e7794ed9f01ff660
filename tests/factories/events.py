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

    # Blank: Wagtail makes the slug from the title, unique among the siblings.
    slug = ""
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


def next_weekday(weekday, weeks=0):
    """The first date on this weekday (0 = Monday) after today, `weeks` weeks on."""
    day = timezone.localdate() + timedelta(weeks=weeks, days=1)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


WANDELCLUB = "Wandelclub vanuit het AZC"


def add_wandelclub(calendar, **fields):
    """A walk every Tuesday and Thursday, 10:00 to 11:30, from next Tuesday for twelve weeks
    (one Tuesday off), twelve places with a waiting list: the repeating event with sign-ups
    several modules need."""
    first = next_weekday(1)
    fields = {
        "location_name": "Ingang AZC Alkmaar",
        "street": "Bergerweg 1",
        "place": "Alkmaar",
        "signup_capacity": 12,
        "waiting_list": True,
        "no_dutch_needed": True,
        "repeat_frequency": "weekly",
        "repeat_weekdays": [1, 3],
        "repeat_until": first + timedelta(weeks=12),
        "exclusions": [first + timedelta(weeks=3)],
        **fields,
    }
    exclusions = fields.pop("exclusions")
    return add_event(
        calendar,
        WANDELCLUB,
        at(first.year, first.month, first.day, 10),
        at(first.year, first.month, first.day, 11, 30),
        themes=["zorg", "gezondheid"],
        exclusions=exclusions,
        **fields,
    )
