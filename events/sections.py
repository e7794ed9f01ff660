from datetime import datetime, time
from itertools import islice

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.cache import cached, subtree_scope
from core.sections import Section, child_of_type
from municipalities.aggregation import label_items, scope_for

from . import recurrence, signups
from .calendar import events_overlapping, schedules, stream, with_pages
from .models import EventCalendarPage, EventPage

HOME_EVENT_COUNT = 5


def upcoming_events(home, request, children):
    """The site's next five occurrences (the same selection as its calendar): the first five of
    the lazy merge of its events' occurrences, so an open-ended repeat costs what it shows."""
    calendar_page = child_of_type(children, EventCalendarPage)
    scope = scope_for(home)
    now = timezone.now()
    start, end = recurrence.wall(now), recurrence.horizon_end(now)
    today = start.date()
    language = translation.get_language()

    def candidates():
        # When the events that may take place from today on do: cached until the next publish
        # (and per day), then merged against the current time on every request.
        window_start = datetime.combine(today, time())
        return schedules(EventPage.listed(scope.locale_id, scope), window_start, end)

    found = cached(
        ("home-event-schedules", home.pk, language, today.isoformat()),
        candidates,
        scope=subtree_scope(home.pk),
    )
    shown = list(islice(stream(found, start, end, now), HOME_EVENT_COUNT))
    pks = [pk for _start, _title, pk, _schedule in shown]
    # The pages of those occurrences, cached while the next five are the same events.
    pages = cached(
        ("home-event-pages", home.pk, language, today.isoformat(), *dict.fromkeys(pks)),
        lambda: {o.event.pk: o.event for o in with_pages(shown, scope)},
        scope=subtree_scope(home.pk),
    )
    items = [
        recurrence.occurrence_at(pages[pk], when)
        for when, _title, pk, _schedule in shown
        if pk in pages
    ]
    return Section(
        key="events",
        title=_("Agenda"),
        items=items,
        more_url=calendar_page.get_url(request) if calendar_page else "",
        more_label=_("De hele kalender"),
        empty_text=_("Er staan geen activiteiten gepland."),
        template="events/home_section.html",
    )


def featured_events(home, count):
    """Featured events still to come, for the home page's lead (core.sections)."""
    scope = scope_for(home)
    now = timezone.now()
    window_start = datetime.combine(recurrence.wall(now).date(), time())
    featured = EventPage.listed(scope.locale_id, scope).filter(scope.featured_q())
    events = events_overlapping(featured, window_start, recurrence.horizon_end(now), themes=False)
    events = events.order_by("-publication_date", "-first_published_at", "-pk")[:count]
    return label_items(list(events), scope)


def counters(home, request, children):
    """Activities this year and sign-ups (matches): the site's own, or on the national home
    everything. A figure that is zero is left out ("0 aanmeldingen" tells a visitor nothing
    good), and the section too when every figure is zero."""
    year = timezone.localdate().year
    own = Q(path__startswith=home.path)
    figures = [
        (
            signups.activities_in_year(EventPage.objects.live().filter(own), year, home.pk),
            _("activiteiten in %(year)s") % {"year": year},
        ),
        (
            signups.matches_in_year(EventPage.objects.filter(own), year, home.pk),
            _("aanmeldingen in %(year)s") % {"year": year},
        ),
    ]
    items = [{"value": value, "label": label} for value, label in figures if value]
    if not items:
        return None
    return Section(
        key="counters",
        title=_("Aan de Slag in cijfers"),
        items=items,
        empty_text="",
        template="events/home_counters.html",
    )
