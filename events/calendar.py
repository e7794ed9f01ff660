"""What a calendar shows: the events in its scope with its filters, expanded into occurrences
for a window, and laid out as a list by day or a month grid. A fixed number of queries per
view, whatever the number of events: one for the events (with their images), one for their
exclusions, one for their themes."""

import calendar as pycalendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import groupby

from django.utils import timezone

from core.listing import ListingFilterSet, MunicipalityFilter, ThemeFilter, with_card_images
from municipalities.aggregation import label_items, scope_for

from . import recurrence

MIN_YEAR = 2000
MAX_YEAR = 2100


class CalendarFilters(ListingFilterSet):
    """The calendar's filters from the query string (unknown values ignored), with its scope."""

    thema = ThemeFilter()
    gemeente = MunicipalityFilter()

    def __init__(self, request, queryset, *, scope, locale_id):
        super().__init__(
            request, queryset, locale_id=locale_id, municipalities=scope.municipality_choices()
        )
        self.scope = scope

    @property
    def theme(self):
        return self.values["thema"]

    @property
    def municipality(self):
        return self.values["gemeente"]

    def events(self):
        """The calendar's events (a queryset) with the filters applied."""
        return self.qs


def read_filters(calendar_page, request):
    scope = scope_for(calendar_page)
    events = calendar_page.listed_events(scope)
    return CalendarFilters(request, events, scope=scope, locale_id=scope.locale_id)


def events_overlapping(events, window_start, window_end, themes=True):
    """The events (a queryset) that may have occurrences in the window of naive wall times."""
    return (
        with_card_images(
            events.filter(start__lt=recurrence.aware(window_end)).exclude(
                series_end__lt=recurrence.aware(window_start)
            ),
            themes=themes,
        )
        .prefetch_related("exclusions")
        .defer_streamfields()
    )


def expand(events, window_start, window_end, now=None):
    """Every occurrence of `events` overlapping the window, in start order."""
    found = [
        occurrence
        for event in events
        for occurrence in event.occurrences(window_start, window_end, now)
    ]
    found.sort(key=lambda o: (o.start, o.event.title, o.event.pk))
    return found


def occurrences_for(calendar_page, filters, window_start, window_end, now=None):
    events = list(events_overlapping(filters.events(), window_start, window_end))
    label_items(events, filters.scope)
    return expand(events, window_start, window_end, now)


def upcoming_occurrences_of(event, limit, now=None):
    now_wall = recurrence.wall(now or timezone.now())
    window_end = recurrence.horizon_end(now)
    found = event.occurrences(now_wall, window_end, now)
    return found[:limit]


@dataclass
class Day:
    day: date
    occurrences: list = field(default_factory=list)
    in_month: bool = True
    is_today: bool = False


def group_by_day(occurrences):
    """[(date, [occurrences])] by start day, for the list views."""
    return [(day, list(items)) for day, items in groupby(occurrences, key=lambda o: o.first_day)]


def month_window(year, month):
    first = date(year, month, 1)
    weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return first, weeks


def month_grid(year, month, occurrences, today):
    """Weeks (Monday first) of Days, each with the occurrences that touch it."""
    _first, weeks = month_window(year, month)
    by_day = {}
    for occurrence in occurrences:
        for day in occurrence.days:
            by_day.setdefault(day, []).append(occurrence)
    return [
        [
            Day(day, by_day.get(day, []), in_month=day.month == month, is_today=day == today)
            for day in week
        ]
        for week in weeks
    ]


def grid_window(year, month):
    """The naive wall-time window a month grid covers (whole weeks)."""
    _first, weeks = month_window(year, month)
    start = datetime.combine(weeks[0][0], time())
    end = datetime.combine(weeks[-1][-1] + timedelta(days=1), time())
    return start, end


def valid_month(year, month):
    return MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12


def neighbour_months(year, month):
    previous = (year, month - 1) if month > 1 else (year - 1, 12)
    following = (year, month + 1) if month < 12 else (year + 1, 1)
    return (
        previous if valid_month(*previous) else None,
        following if valid_month(*following) else None,
    )
