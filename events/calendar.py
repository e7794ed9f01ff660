"""What a calendar shows: the events in its scope with its filters, their occurrences for a
window or as a stream (the upcoming list forwards from now, the archive backwards), and laid out
as a list by day or a month grid.

The cost follows what a view shows, not how much content there is: the view reads when each
candidate event takes place (a recurrence.Schedule per event: one query for the events, one for
their excluded dates), merges their occurrences lazily in start order, stops when its page is
full, and loads the pages of the occurrences it shows (one more query). A fixed number of
queries per view, whatever the number of events.
"""

import calendar as pycalendar
import heapq
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from itertools import groupby, islice

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
    """The events (a queryset of pages) that may have occurrences in the window of naive wall
    times, their card images joined in (a home page's featured events)."""
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


# --- Schedules and streams of occurrences ---------------------------------------------------------
# A calendar reads, of every event that may take place in what it shows, only when it does (a
# recurrence.Schedule: two queries, no page objects), merges their occurrences lazily in start
# order, takes what it shows, and loads the pages of those occurrences alone (one query).


def schedules(events, window_start=None, window_end=None):
    """The Schedules of `events` (a queryset of pages) that may have occurrences in
    [window_start, window_end) (naive wall times; None leaves that end open)."""
    return list(each_schedule(events, window_start, window_end))


def each_schedule(events, window_start=None, window_end=None):
    """schedules(), one at a time (PostgreSQL hands the rows over in chunks): for a caller that
    keeps a few occurrences of every event in the country, not every event."""
    from .models import EventExclusion  # the models import this module

    if window_end is not None:
        events = events.filter(start__lt=recurrence.aware(window_end))
    if window_start is not None:
        events = events.exclude(series_end__lt=recurrence.aware(window_start))
    excluded = {}
    repeating = events.exclude(repeat_rule="").order_by().values("pk")
    for page_id, day in EventExclusion.objects.filter(page_id__in=repeating).values_list(
        "page_id", "date"
    ):
        excluded.setdefault(page_id, set()).add(day)
    rows = events.order_by().values_list("pk", "title", "start", "end", "all_day", "repeat_rule")
    for row in rows.iterator(chunk_size=2000):
        yield recurrence.Schedule.of(*row, excluded=excluded.get(row[0], ()))


def _forwards(schedule, since, until, now):
    for start in recurrence.starts_after(schedule, since, until, now):
        yield start, schedule.title, schedule.pk, schedule


def _backwards(schedule, until):
    for start in recurrence.starts_before(schedule, until):
        yield start, schedule.title, schedule.pk, schedule


def stream(schedules, since, until=None, now=None):
    """The occurrences of `schedules` that end after `since` and start before `until` (naive
    wall times), lazily, in start order (then title, then event), as (start, title, pk,
    schedule); an open-ended repeat stops at the horizon."""
    return heapq.merge(*(_forwards(schedule, since, until, now) for schedule in schedules))


def earliest(schedules, since, until, now, count):
    """The first `count` entries of stream(schedules, since, until, now), holding no more than
    those while it reads (schedules may be an iterator over every event of the country)."""
    return heapq.nsmallest(
        count,
        (
            entry
            for schedule in schedules
            for entry in islice(_forwards(schedule, since, until, now), count)
        ),
    )


def stream_backwards(schedules, until):
    """The occurrences of `schedules` that are over by `until` (naive wall time), lazily,
    newest first, as stream() gives them."""
    return heapq.merge(*(_backwards(schedule, until) for schedule in schedules), reverse=True)


def in_window(schedules, window_start, window_end, now=None):
    """The occurrences of `schedules` that overlap the window, in stream() order and form,
    read at once (a month or a day is shown whole)."""
    found = [
        (start, schedule.title, schedule.pk, schedule)
        for schedule in schedules
        for start in recurrence.starts_between(schedule, window_start, window_end, now)
    ]
    found.sort(key=lambda entry: entry[:3])
    return found


def upcoming(filters, now):
    """The calendar's occurrences that are not over at `now`, up to the horizon (a stream)."""
    since, until = recurrence.wall(now), recurrence.horizon_end(now)
    return stream(schedules(filters.events(), since, until), since, until, now)


def past(filters, now):
    """The calendar's occurrences that are over at `now`, newest first (a stream)."""
    until = recurrence.wall(now)
    return stream_backwards(schedules(filters.events(), window_end=until), until)


def event_pages(pks, scope):
    """{pk: event page} for these events, labelled with their origin (municipality_label,
    national_label): one query (none without pks), their streamfields left out."""
    from .models import EventPage  # the models import this module

    pks = list(dict.fromkeys(pks))
    pages = list(EventPage.objects.filter(pk__in=pks).defer_streamfields()) if pks else []
    originals = [page.pk for page in pages]
    return dict(zip(originals, label_items(pages, scope), strict=True))


def with_pages(found, scope):
    """Occurrences of the (start, title, pk, schedule) entries of a stream, each with its event
    page: one query, for the pages of these entries only. An event that went away in between
    is left out."""
    pages = event_pages([pk for _start, _title, pk, _schedule in found], scope)
    lengths = {pk: recurrence.duration(page) for pk, page in pages.items()}
    return [
        recurrence.occurrence_at(pages[pk], start, lengths[pk])
        for start, _title, pk, _schedule in found
        if pk in pages
    ]


def occurrences_for(filters, window_start, window_end, now=None):
    """Every occurrence of the calendar's events overlapping the window, in start order, with
    their pages."""
    found = schedules(filters.events(), window_start, window_end)
    return with_pages(in_window(found, window_start, window_end, now), filters.scope)


@dataclass
class Day:
    """A day of the month grid: the occurrences it shows, and how many more it has (listed on
    the day's own page)."""

    day: date
    occurrences: list = field(default_factory=list)
    in_month: bool = True
    is_today: bool = False
    more: int = 0


def group_by_day(occurrences):
    """[(date, [occurrences])] by start day, for the list views."""
    return [(day, list(items)) for day, items in groupby(occurrences, key=lambda o: o.first_day)]


def month_window(year, month):
    first = date(year, month, 1)
    weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return first, weeks


def month_grid(year, month, occurrences, today, per_day=None):
    """Weeks (Monday first) of Days, each with the occurrences that touch it: the first
    `per_day` of them (all without a limit), and the number of the others."""
    by_day = {}
    for occurrence in occurrences:
        for day in occurrence.days:
            by_day.setdefault(day, []).append(occurrence)
    return _lay_out(year, month, by_day, today, per_day)


def _lay_out(year, month, by_day, today, per_day, make=None):
    """The grid of `by_day` ({date: [items]}); `make` turns the items a day shows into
    occurrences (the others are only counted)."""
    _first, weeks = month_window(year, month)
    grid = []
    for week in weeks:
        row = []
        for day in week:
            found = by_day.get(day, [])
            shown = found if per_day is None else found[:per_day]
            row.append(
                Day(
                    day,
                    [make(item) for item in shown] if make else shown,
                    in_month=day.month == month,
                    is_today=day == today,
                    more=len(found) - len(shown),
                )
            )
        grid.append(row)
    return grid


def month_of(filters, year, month, today, per_day):
    """The calendar's month grid, its shown occurrences with their pages, and how many
    occurrences the month has. Every occurrence of the grid's weeks is read to be counted, but
    only those a day shows become occurrences with a page."""
    start, end = grid_window(year, month)
    first_of_month = date(year, month, 1)
    last_of_month = date(year, month, pycalendar.monthrange(year, month)[1])
    one_day = timedelta(days=1)
    by_day, count = {}, 0
    for when, _title, _pk, schedule in in_window(
        schedules(filters.events(), start, end), start, end
    ):
        ends = when + schedule.length
        day = when.date()
        last = (ends - timedelta(microseconds=1)).date() if ends > when else day
        count += day <= last_of_month and last >= first_of_month
        while day <= last:
            by_day.setdefault(day, []).append((when, schedule))
            day += one_day
    weeks = _lay_out(
        year,
        month,
        by_day,
        today,
        per_day,
        make=lambda item: recurrence.occurrence_at(item[1], item[0], item[1].length),
    )
    return grid_with_pages(weeks, filters.scope), count


def grid_with_pages(weeks, scope):
    """The month grid's shown occurrences (of Schedules) given their event pages: one query,
    for the events the grid shows."""
    shown = [o.event.pk for week in weeks for day in week for o in day.occurrences]
    pages = event_pages(shown, scope)
    for week in weeks:
        for day in week:
            day.occurrences = [
                replace(o, event=pages[o.event.pk]) for o in day.occurrences if o.event.pk in pages
            ]
    return weeks


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
