from datetime import datetime, time

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.cache import cached, subtree_scope
from core.sections import Section, child_of_type
from municipalities.aggregation import label_items, scope_for

from . import recurrence, signups
from .calendar import each_schedule, earliest, event_pages, events_overlapping
from .models import EventCalendarPage, EventPage

HOME_EVENT_COUNT = 5


# The home agenda reads ahead: the next occurrences after the five it shows are cached with it,
# so a request only drops the ones that are over; the merge (over every event of the country, on
# the national home) runs again when fewer than five are left, or after a publish.
AGENDA_READ_AHEAD = 4 * HOME_EVENT_COUNT


def next_occurrences(home, scope, now):
    """[(start, end, pk)] (naive wall times) of the site's next occurrences that are not over at
    `now`, at most HOME_EVENT_COUNT, in the order of its calendar."""
    since, end = recurrence.wall(now), recurrence.horizon_end(now)
    today = since.date()

    def read_ahead():
        window_start = datetime.combine(today, time())
        found = each_schedule(EventPage.listed(scope.locale_id, scope), window_start, end)
        return [
            (start, start + schedule.length, pk)
            for start, _title, pk, schedule in earliest(found, since, end, now, AGENDA_READ_AHEAD)
        ]

    def not_over(entries):
        return [entry for entry in entries if entry[1] > since]

    def still_valid(entries):
        return len(entries) < AGENDA_READ_AHEAD or len(not_over(entries)) >= HOME_EVENT_COUNT

    entries = cached(
        ("home-agenda", home.pk, translation.get_language()),
        read_ahead,
        scope=subtree_scope(home.pk),
        still_valid=still_valid,
    )
    return not_over(entries)[:HOME_EVENT_COUNT]


def upcoming_events(home, request, children):
    """The site's next five occurrences (the same selection as its calendar): the first five of
    the lazy merge of its events' occurrences, so an open-ended repeat costs what it shows."""
    calendar_page = child_of_type(children, EventCalendarPage)
    scope = scope_for(home)
    now = timezone.now()
    shown = next_occurrences(home, scope, now)
    pks = [pk for _start, _end, pk in shown]
    # The pages of those occurrences, cached while the next five are the same events.
    pages = cached(
        (
            "home-event-pages",
            home.pk,
            translation.get_language(),
            recurrence.wall(now).date().isoformat(),
            *dict.fromkeys(pks),
        ),
        lambda: event_pages(pks, scope),
        scope=subtree_scope(home.pk),
    )
    items = [
        recurrence.occurrence_at(pages[pk], start, end - start)
        for start, end, pk in shown
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
    featured = EventPage.listed(scope.locale_id, scope).filter(scope.featured_q(EventPage))
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
