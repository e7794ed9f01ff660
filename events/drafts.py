"""Drafts of events made elsewhere (a bulletin board task turned into an activity): the
calendar's public face for other apps, so they need none of its internals."""

from datetime import datetime

from .models import EventCalendarPage, EventPage
from .recurrence import aware


def calendar_under(home):
    """The calendar of the site whose home page is `home`, or None."""
    return EventCalendarPage.objects.child_of(home).first()


def local_datetime(day, clock):
    """`day` at `clock` in the calendar's time zone (Amsterdam), as an aware datetime."""
    return aware(datetime.combine(day, clock))


def draft_event(calendar, *, user=None, themes=(), **fields):
    """A new, unpublished EventPage under `calendar` with a first revision by `user`, for an
    editor to check and publish (through the site's workflow) in the admin. `fields` are
    EventPage fields; the slug follows the title."""
    event = EventPage(owner=user, live=False, **fields)
    event.themes = list(themes)
    calendar.add_child(instance=event)
    event.save_revision(user=user, log_action=True)
    return event
