"""Occurrences computed from an event's repeat: daylight saving, exclusions, all-day and
across-midnight events, counts, end dates, the 18-month horizon for open-ended repeats, and
rules read from near the window asked for (forwards and backwards) instead of from their first
time."""

from datetime import UTC, date, datetime, time, timedelta
from itertools import islice

import pytest
from dateutil.rrule import rrulestr

from events import recurrence
from events.calendar import grid_window, month_grid
from events.models import EventExclusion, EventPage
from tests.factories import at

pytestmark = pytest.mark.django_db


def event(start, end, exclusions=(), **fields):
    page = EventPage(title="Test", intro="x", start=start, end=end, **fields)
    page.exclusions = [EventExclusion(date=day) for day in exclusions]
    page.normalise_times()
    return page


def starts(page, first, last, now=None):
    return [o.start for o in page.occurrences(first, last, now)]


def test_weekly_19h_stays_19h_local_across_both_dst_changes():
    # 2026: summer time starts Sunday 29 March, ends Sunday 25 October.
    page = event(at(2026, 3, 17, 19), at(2026, 3, 17, 21), repeat_frequency="weekly")
    spring = page.occurrences(date(2026, 3, 16), date(2026, 4, 8))
    assert [o.start.date() for o in spring] == [
        date(2026, 3, 17),
        date(2026, 3, 24),
        date(2026, 3, 31),
        date(2026, 4, 7),
    ]
    assert all(o.start.time() == time(19) and o.end.time() == time(21) for o in spring)
    utc_hours = [o.start.astimezone(UTC).hour for o in spring]
    assert utc_hours == [18, 18, 17, 17]

    autumn = page.occurrences(date(2026, 10, 13), date(2026, 11, 4))
    assert [o.start.date() for o in autumn] == [
        date(2026, 10, 13),
        date(2026, 10, 20),
        date(2026, 10, 27),
        date(2026, 11, 3),
    ]
    assert all(o.start.time() == time(19) for o in autumn)
    assert [o.start.astimezone(UTC).hour for o in autumn] == [17, 17, 18, 18]


def test_excluded_dates_are_skipped():
    page = event(
        at(2026, 12, 1, 10),
        at(2026, 12, 1, 11, 30),
        exclusions=[date(2026, 12, 22), date(2026, 12, 24)],
        repeat_frequency="weekly",
        repeat_weekdays=[1, 3],
    )
    days = [s.date() for s in starts(page, date(2026, 12, 1), date(2027, 1, 1))]
    assert days == [
        date(2026, 12, 1),
        date(2026, 12, 3),
        date(2026, 12, 8),
        date(2026, 12, 10),
        date(2026, 12, 15),
        date(2026, 12, 17),
        date(2026, 12, 29),
        date(2026, 12, 31),
    ]


def test_every_other_week_with_a_count():
    page = event(
        at(2026, 12, 4, 18),
        at(2026, 12, 4, 21),
        repeat_frequency="weekly",
        repeat_interval=2,
        repeat_count=3,
    )
    days = [s.date() for s in starts(page, date(2026, 1, 1), date(2028, 1, 1))]
    assert days == [date(2026, 12, 4), date(2026, 12, 18), date(2027, 1, 1)]
    assert recurrence.series_end(page) == at(2027, 1, 1, 21)


def test_monthly_on_the_second_wednesday_and_the_last_friday():
    second_wednesday = event(
        at(2026, 12, 9, 15),
        at(2026, 12, 9, 16, 30),
        repeat_frequency="monthly",
        repeat_month_week=2,
        repeat_until=date(2027, 3, 31),
    )
    days = [s.date() for s in starts(second_wednesday, date(2026, 12, 1), date(2027, 12, 1))]
    assert days == [date(2026, 12, 9), date(2027, 1, 13), date(2027, 2, 10), date(2027, 3, 10)]

    last_friday = event(
        at(2026, 11, 27, 20),
        at(2026, 11, 27, 22),
        repeat_frequency="monthly",
        repeat_month_week=-1,
        repeat_count=3,
    )
    days = [s.date() for s in starts(last_friday, date(2026, 11, 1), date(2027, 12, 1))]
    assert days == [date(2026, 11, 27), date(2026, 12, 25), date(2027, 1, 29)]


def test_daily_until_a_date_includes_that_date():
    page = event(
        at(2026, 7, 27, 9),
        at(2026, 7, 27, 12),
        repeat_frequency="daily",
        repeat_until=date(2026, 7, 31),
    )
    assert len(starts(page, date(2026, 7, 1), date(2026, 9, 1))) == 5
    assert recurrence.series_end(page) == at(2026, 7, 31, 12)


def test_open_ended_repeat_stops_at_the_18_month_horizon():
    now = at(2026, 11, 28, 12)
    page = event(at(2026, 12, 1, 10), at(2026, 12, 1, 11), repeat_frequency="weekly")
    found = starts(page, date(2026, 11, 28), date(2030, 1, 1), now=now)
    assert found[-1] <= now + timedelta(days=550)
    assert found[-1] > now + timedelta(days=530)
    assert recurrence.series_end(page) is None


def test_all_day_event_is_midnight_to_midnight_and_may_span_days():
    page = event(at(2027, 4, 27, 15), at(2027, 4, 27, 9), all_day=True)
    assert page.start == at(2027, 4, 27) and page.end == at(2027, 4, 27)
    (occurrence,) = page.occurrences(date(2027, 4, 1), date(2027, 5, 1))
    assert occurrence.all_day
    assert occurrence.start == at(2027, 4, 27)
    assert occurrence.end == at(2027, 4, 28)
    assert list(occurrence.days) == [date(2027, 4, 27)]

    festival = event(at(2027, 7, 2), at(2027, 7, 4), all_day=True)
    (occurrence,) = festival.occurrences(date(2027, 7, 1), date(2027, 8, 1))
    assert list(occurrence.days) == [date(2027, 7, 2), date(2027, 7, 3), date(2027, 7, 4)]
    # Seen from a window that starts on its last day, it is still there.
    assert festival.occurrences(date(2027, 7, 4), date(2027, 7, 5))


def test_event_across_midnight_touches_both_days():
    page = event(at(2026, 12, 12, 22), at(2026, 12, 13, 1, 30))
    (occurrence,) = page.occurrences(date(2026, 12, 13), date(2026, 12, 14))
    assert list(occurrence.days) == [date(2026, 12, 12), date(2026, 12, 13)]
    assert page.occurrences(date(2026, 12, 14), date(2026, 12, 15)) == []
    # An event that ends exactly at midnight does not spill into the next day.
    until_midnight = event(at(2026, 12, 12, 20), at(2026, 12, 13, 0, 0))
    (occurrence,) = until_midnight.occurrences(date(2026, 12, 12), date(2026, 12, 14))
    assert list(occurrence.days) == [date(2026, 12, 12)]


def test_repeating_across_midnight_keeps_its_length_through_dst():
    page = event(
        at(2026, 10, 24, 22), at(2026, 10, 25, 1), repeat_frequency="daily", repeat_count=2
    )
    first, second = page.occurrences(date(2026, 10, 24), date(2026, 10, 27))
    assert (first.start.time(), first.end.time()) == (time(22), time(1))
    assert (second.start.time(), second.end.time()) == (time(22), time(1))


def test_month_grid_starting_on_a_sunday():
    # 1 February 2026 is a Sunday: the first row runs Monday 26 January to Sunday 1 February.
    weeks = month_grid(2026, 2, [], today=date(2026, 2, 10))
    assert weeks[0][0].day == date(2026, 1, 26) and not weeks[0][0].in_month
    assert weeks[0][6].day == date(2026, 2, 1) and weeks[0][6].in_month
    assert all(week[0].day.weekday() == 0 for week in weeks)
    assert weeks[-1][-1].day == date(2026, 3, 1)
    assert [d.day for w in weeks for d in w if d.is_today] == [date(2026, 2, 10)]
    assert grid_window(2026, 2) == (datetime(2026, 1, 26), datetime(2026, 3, 2))


def test_month_grid_of_a_leap_february():
    page = event(at(2028, 2, 29, 10), at(2028, 2, 29, 12))
    start, end = grid_window(2028, 2)
    weeks = month_grid(2028, 2, page.occurrences(start, end), today=date(2028, 1, 1))
    days = {d.day: d for w in weeks for d in w}
    assert date(2028, 2, 29) in days and days[date(2028, 2, 29)].in_month
    assert [o.event for o in days[date(2028, 2, 29)].occurrences] == [page]
    assert sum(1 for d in days.values() if d.in_month) == 29


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({}, None),
        ({"repeat_frequency": "weekly"}, "weekly"),
    ],
)
def test_is_repeating(fields, expected):
    page = event(at(2026, 12, 1, 10), at(2026, 12, 1, 11), **fields)
    assert page.is_repeating is bool(expected)


# A rule is read from its last whole period before the moment asked for (recurrence.rule_from),
# not walked from the first time: the occurrences must be the same as walking from the start.
REPEATS = [
    ({"repeat_frequency": "daily"}, at(2023, 1, 15, 9, 30)),
    ({"repeat_frequency": "daily", "repeat_interval": 3}, at(2023, 1, 15, 23)),
    ({"repeat_frequency": "weekly"}, at(2023, 2, 7, 19)),
    ({"repeat_frequency": "weekly", "repeat_weekdays": [0, 3, 5]}, at(2023, 2, 9, 7)),
    (
        {"repeat_frequency": "weekly", "repeat_interval": 2, "repeat_weekdays": [1, 4]},
        at(2023, 2, 7, 19),
    ),
    ({"repeat_frequency": "monthly", "repeat_month_week": 2}, at(2023, 3, 8, 15)),
    ({"repeat_frequency": "monthly", "repeat_month_week": -1}, at(2023, 3, 31, 20)),
    ({"repeat_frequency": "monthly"}, at(2023, 1, 31, 18)),
    ({"repeat_frequency": "monthly", "repeat_interval": 2}, at(2023, 1, 30, 18)),
    ({"repeat_frequency": "yearly"}, at(2024, 2, 29, 12)),
    ({"repeat_frequency": "daily", "repeat_count": 400}, at(2024, 1, 3, 10)),
    (
        {"repeat_frequency": "weekly", "repeat_weekdays": [1, 3], "repeat_count": 100},
        at(2024, 1, 2, 10),
    ),
    ({"repeat_frequency": "daily", "repeat_until": date(2025, 4, 2)}, at(2024, 1, 3, 10)),
]


def walked(page, since, until):
    """Starts of occurrences ending after `since` and starting before `until`, walked from the
    first time with dateutil directly."""
    first = recurrence.first_wall_start(page)
    length = recurrence.duration(page)
    skip = {exclusion.date for exclusion in page.exclusions.all()}
    rule = rrulestr(page.repeat_rule, dtstart=first)
    return [
        s
        for s in rule.between(first, until, inc=True)
        if s < until and s + length > since and s.date() not in skip
    ]


@pytest.mark.parametrize("fields, first", REPEATS)
def test_a_rule_read_from_near_the_window_has_the_same_occurrences(fields, first):
    page = event(first, first + timedelta(hours=2), exclusions=[date(2025, 3, 11)], **fields)
    now = at(2025, 3, 1, 12)
    for since in (
        datetime(2023, 1, 1),
        datetime(2024, 2, 28, 23, 59),
        datetime(2025, 2, 28, 20),
        datetime(2025, 3, 10, 19, 30),
        datetime(2025, 12, 31, 23),
    ):
        until = since + timedelta(days=120)
        expected = walked(page, since, until)
        assert recurrence.starts_between(page, since, until, now) == [
            s for s in expected if s < recurrence.horizon_end(now) or page.repeat.has_end
        ]
        lazy = list(islice(recurrence.starts_after(page, since, until, now), 10))
        assert lazy == recurrence.starts_between(page, since, until, now)[:10]


@pytest.mark.parametrize("fields, first", REPEATS)
def test_a_rule_read_backwards_has_the_same_occurrences(fields, first):
    page = event(first, first + timedelta(hours=2), exclusions=[date(2024, 6, 4)], **fields)
    until = datetime(2025, 3, 10, 19, 30)
    length = recurrence.duration(page)
    expected = [s for s in walked(page, datetime(2000, 1, 1), until) if s + length <= until]
    assert list(recurrence.starts_before(page, until)) == expected[::-1]


def test_falls_on_an_open_ended_repeat_years_on():
    page = event(at(2023, 1, 10, 15), at(2023, 1, 10, 16), repeat_frequency="weekly")
    assert recurrence.falls_on(page, date(2026, 12, 29))  # a Tuesday, as the first time
    assert not recurrence.falls_on(page, date(2026, 12, 30))
