"""A calendar whose cost follows what it shows (issue 14): the upcoming list, the archive, the
month and the home's agenda merge their events' occurrences lazily and stop when they are full,
so an open-ended repeat that began years ago costs no more than one that began last week.

What the lazy lists show is checked against a brute-force expansion written here with dateutil
directly (every occurrence from each event's first time); the number of SQL queries of every
calendar view against a budget, with 5 events and with 60. Speed itself is measured by
`manage.py bench_calendar`, never here."""

import re
from datetime import date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.routes import subpage_url
from events import calendar
from events.models import EventPage
from events.recurrence import aware
from tests.factories import add_event, at, calendar_of, municipality, national_home

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PER_PAGE = 40  # events.views.UPCOMING_PER_PAGE
BUDGET = 15


@pytest.fixture(autouse=True)
def uncached(settings):
    """Every page rendered anew: a hit of the anonymous page cache would cost no query."""
    settings.PROGRAM_PAGE_CACHE = False


# --- A brute-force expansion, from dateutil directly ---------------------------------------------


def local(moment):
    return moment.astimezone(AMSTERDAM).replace(tzinfo=None)


def every_occurrence(page, until):
    """(start, end, title, pk) of every occurrence of `page` that starts before `until` (naive
    wall time), read from the first time on: the eager expansion the calendar used to do."""
    first, last = local(page.start), local(page.end)
    if page.all_day:
        first = datetime.combine(first.date(), time())
        length = timedelta(days=(last.date() - first.date()).days + 1)
    else:
        length = last - first
    if page.repeat_rule:
        starts = rrulestr(page.repeat_rule, dtstart=first).between(first, until, inc=True)
    else:
        starts = [first]
    skip = {exclusion.date for exclusion in page.exclusions.all()}
    return [
        (aware(s), aware(s + length), page.title, page.pk)
        for s in starts
        if s.date() not in skip and s < until
    ]


def brute_upcoming(pages, now):
    """What the upcoming list shows at `now`: every occurrence not over yet that starts
    within 18 months, in start order (then title, then event)."""
    horizon = local(now) + relativedelta(months=18)
    found = [o for page in pages for o in every_occurrence(page, horizon) if o[1] > now]
    return sorted(found, key=lambda o: (o[0], o[2], o[3]))


def brute_past(pages, now):
    """What the archive shows at `now`: every occurrence that is over, newest first."""
    found = [o for page in pages for o in every_occurrence(page, local(now)) if o[1] <= now]
    return sorted(found, key=lambda o: (o[0], o[2], o[3]), reverse=True)


def as_tuples(occurrences):
    return [(o.start, o.end, o.event.title, o.event.pk) for o in occurrences]


def filters_of(calendar_page, query=""):
    request = RequestFactory().get("/kalender/" + query, HTTP_HOST="localhost")
    return calendar.read_filters(calendar_page, request)


def lazy_upcoming(calendar_page, now, count=None):
    filters = filters_of(calendar_page)
    found = list(islice(calendar.upcoming(filters, now), count))
    return as_tuples(calendar.with_pages(found, filters.scope))


def lazy_past(calendar_page, now, count=None):
    filters = filters_of(calendar_page)
    found = list(islice(calendar.past(filters, now), count))
    return as_tuples(calendar.with_pages(found, filters.scope))


# --- A mixed calendar around a fixed moment ------------------------------------------------------

# Wednesday 24 March 2027, noon; summer time starts on Sunday 28 March 2027.
NOW = at(2027, 3, 24, 12)


def mixed_calendar():
    """Every kind of event the editor can make, around NOW: open-ended repeats started years
    ago (with excluded dates), COUNT and UNTIL repeats, monthly ones, an all-day and an
    across-midnight repeat, events once (past, ongoing, to come), one that starts exactly at
    NOW and one that ends exactly at NOW."""
    cal = calendar_of(national_home())
    years_ago = NOW - timedelta(days=3 * 365)
    add_event(
        cal,
        "Dagelijks taalcafé",
        years_ago.replace(hour=10),
        years_ago.replace(hour=11, minute=30),
        repeat_frequency="daily",
        exclusions=[date(2027, 3, 25), date(2027, 3, 20), date(2025, 6, 1)],
    )
    tuesday = at(2024, 3, 26, 19)
    add_event(
        cal,
        "Wandelen op dinsdag en donderdag",
        tuesday,
        tuesday + timedelta(hours=2),
        repeat_frequency="weekly",
        repeat_weekdays=[1, 3],
    )
    add_event(
        cal,
        "Om de week moestuinieren",
        at(2025, 3, 1, 9),
        at(2025, 3, 1, 12),
        repeat_frequency="weekly",
        repeat_interval=2,
    )
    add_event(
        cal,
        "Tweede woensdag",
        at(2024, 1, 10, 15),
        at(2024, 1, 10, 16, 30),
        repeat_frequency="monthly",
        repeat_month_week=2,
    )
    add_event(
        cal,
        "Op de 31e",
        at(2025, 1, 31, 18),
        at(2025, 1, 31, 20),
        repeat_frequency="monthly",
    )
    add_event(
        cal,
        "180 keer op vrijdag",
        at(2024, 3, 29, 14),
        at(2024, 3, 29, 15),
        repeat_frequency="weekly",
        repeat_count=180,
    )
    add_event(
        cal,
        "Tien dagen zomerschool",
        at(2027, 3, 19, 9),
        at(2027, 3, 19, 13),
        repeat_frequency="daily",
        repeat_count=10,
    )
    add_event(
        cal,
        "Tot eind maart",
        at(2026, 3, 24, 20),
        at(2026, 3, 24, 21),
        repeat_frequency="daily",
        repeat_until=date(2027, 3, 31),
    )
    add_event(
        cal,
        "Markt op zaterdag",
        at(2025, 5, 3),
        at(2025, 5, 3),
        all_day=True,
        repeat_frequency="weekly",
    )
    add_event(
        cal,
        "Nachtdienst",
        at(2026, 10, 1, 23),
        at(2026, 10, 2, 3),
        repeat_frequency="daily",
    )
    add_event(cal, "Opening in 2025", at(2025, 5, 10, 14), at(2025, 5, 10, 16))
    add_event(cal, "Bezig nu", NOW - timedelta(hours=1), NOW + timedelta(hours=1))
    add_event(cal, "Begint precies nu", NOW, NOW + timedelta(hours=2))
    add_event(cal, "Eindigt precies nu", NOW - timedelta(hours=2), NOW)
    add_event(cal, "Zomerfeest", at(2027, 7, 3, 13), at(2027, 7, 3, 18))
    add_event(cal, "Over drie jaar", at(2030, 4, 1, 10), at(2030, 4, 1, 11))
    return cal


def test_lazy_upcoming_list_equals_the_eager_expansion():
    cal = mixed_calendar()
    pages = list(EventPage.objects.all())
    expected = brute_upcoming(pages, NOW)
    assert len(expected) > 1000  # 18 months of two daily repeats, and more
    assert lazy_upcoming(cal, NOW) == expected
    # A page's worth, and one more: the same first items.
    assert lazy_upcoming(cal, NOW, PER_PAGE + 1) == expected[: PER_PAGE + 1]
    titles = {o[2] for o in expected}
    assert "Over drie jaar" not in titles  # beyond the 18 months
    assert "Opening in 2025" not in titles and "Eindigt precies nu" not in titles


def test_archive_is_the_eager_expansion_newest_first():
    cal = mixed_calendar()
    pages = list(EventPage.objects.all())
    expected = brute_past(pages, NOW)
    assert lazy_past(cal, NOW) == expected
    first_page = lazy_past(cal, NOW, PER_PAGE)
    assert first_page == expected[:PER_PAGE]
    # The most recent past occurrences: the one that ended exactly now leads.
    assert first_page[0][2] == "Eindigt precies nu"
    assert all(o[1] <= NOW for o in first_page)
    assert [o[0] for o in first_page] == sorted((o[0] for o in first_page), reverse=True)
    # Never before an event's first time, never an excluded date.
    taalcafe = [o for o in expected if o[2] == "Dagelijks taalcafé"]
    assert taalcafe[-1][0].date() == (NOW - timedelta(days=3 * 365)).date()
    assert date(2027, 3, 20) not in {o[0].date() for o in taalcafe}
    assert date(2025, 6, 1) not in {o[0].date() for o in taalcafe}


def test_an_occurrence_at_exactly_now():
    cal = mixed_calendar()
    upcoming = lazy_upcoming(cal, NOW, 5)
    titles = [o[2] for o in upcoming]
    # Ongoing and starting now are to come; ended now is over.
    assert "Bezig nu" in titles and "Begint precies nu" in titles
    assert "Eindigt precies nu" not in titles
    assert next(o for o in upcoming if o[2] == "Begint precies nu")[0] == NOW
    assert "Eindigt precies nu" in [o[2] for o in lazy_past(cal, NOW, 3)]
    assert "Begint precies nu" not in [o[2] for o in lazy_past(cal, NOW, 500)]


def test_excluded_dates_count_and_until_in_the_lazy_list():
    cal = mixed_calendar()
    upcoming = lazy_upcoming(cal, NOW)
    days = {title: [o[0] for o in upcoming if o[2] == title] for title in {o[2] for o in upcoming}}
    assert date(2027, 3, 25) not in {s.date() for s in days["Dagelijks taalcafé"]}
    assert date(2027, 3, 26) in {s.date() for s in days["Dagelijks taalcafé"]}
    # COUNT counts from the real first time, years ago: 156 Fridays were before NOW, and the
    # 180th is the last.
    fridays = days["180 keer op vrijdag"]
    assert len(fridays) == 180 - 156
    assert fridays[-1] == at(2027, 9, 3, 14)
    # Ten days from 19 March: today's is still on (9:00 to 13:00), the last is on the 28th.
    assert days["Tien dagen zomerschool"][0] == at(2027, 3, 24, 9)
    assert days["Tien dagen zomerschool"][-1] == at(2027, 3, 28, 9)
    # UNTIL includes its last day.
    assert days["Tot eind maart"][-1] == at(2027, 3, 31, 20)
    # Monthly on the 31st skips the months without one.
    assert [s.month for s in days["Op de 31e"][:4]] == [3, 5, 7, 8]


def test_a_dst_week_keeps_wall_clock_times():
    cal = mixed_calendar()
    week = [o for o in lazy_upcoming(cal, NOW) if o[0] < at(2027, 4, 1)]
    walks = [o for o in week if o[2] == "Wandelen op dinsdag en donderdag"]
    assert [o[0].date() for o in walks] == [date(2027, 3, 25), date(2027, 3, 30)]
    assert all(o[0].time() == time(19) and o[1].time() == time(21) for o in walks)
    assert [o[0].utcoffset() for o in walks] == [timedelta(hours=1), timedelta(hours=2)]
    nights = [o for o in week if o[2] == "Nachtdienst"]
    assert all((o[0].time(), o[1].time()) == (time(23), time(3)) for o in nights)
    # The night into Sunday 28 March is an hour shorter in real time, not on the clock.
    into_sunday = next(o for o in nights if o[0].date() == date(2027, 3, 27))
    assert into_sunday[1].timestamp() - into_sunday[0].timestamp() == 3 * 3600


def test_filters_apply_to_the_lazy_list():
    cal = mixed_calendar()
    add_event(cal, "Plantjesmarkt", at(2027, 4, 3, 10), at(2027, 4, 3, 12), themes=["groen"])
    filters = filters_of(cal, "?thema=groen")
    found = calendar.with_pages(list(calendar.upcoming(filters, NOW)), filters.scope)
    assert [o.event.title for o in found] == ["Plantjesmarkt"]


# --- The pages, at the real now -------------------------------------------------------------------


def safe_hour():
    """An hour of the day whose events (up to three hours long) neither start nor end within
    a few hours of now, so an occurrence cannot change sides between the test's clock and the
    request's."""
    return (timezone.localtime().hour + 6) % 24


def daily_since_years_ago(cal, count, **fields):
    hour = safe_hour()
    first = timezone.localdate() - timedelta(days=3 * 365)
    return [
        add_event(
            cal,
            f"Dagelijks {n}",
            aware(datetime.combine(first, time(hour))) + timedelta(minutes=10 * n),
            aware(datetime.combine(first, time(hour))) + timedelta(minutes=10 * n + 90),
            repeat_frequency="daily",
            **fields,
        )
        for n in range(count)
    ]


DAY_SECTION = re.compile(r'aria-labelledby="dag-(\d{8})"(.*?)</section>', re.S)
TITLE = re.compile(r'<h3 class="occurrence__title"><a href="[^"]*">([^<]+)</a></h3>')


def shown(html):
    """[(yyyymmdd, title)] of a day list, in order."""
    return [
        (day, title)
        for day, section in DAY_SECTION.findall(html)
        for title in TITLE.findall(section)
    ]


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_page_two_continues_where_page_one_stopped(client_for):
    cal = calendar_of(national_home())
    pages = daily_since_years_ago(cal, 3)
    add_event(
        cal,
        "Eenmalig",
        timezone.now() + timedelta(days=2),
        timezone.now() + timedelta(days=2, hours=1),
    )
    expected = [
        (f"{local(o[0]):%Y%m%d}", o[2])
        for o in brute_upcoming(list(EventPage.objects.all()), timezone.now())
    ]
    client = client_for("localhost")
    first = html_of(client, "/kalender/")
    second = html_of(client, "/kalender/?pagina=2")
    assert shown(first) == expected[:PER_PAGE]
    assert shown(second) == expected[PER_PAGE : 2 * PER_PAGE]
    assert 'href="?pagina=2" rel="next"' in first
    assert 'href="?pagina=1" rel="prev"' in second and 'href="?pagina=3" rel="next"' in second
    assert "Meer dan 40 activiteiten" in first and "Pagina 1<" in first
    assert len(pages) == 3


def test_archive_pages_backwards_from_today(client_for):
    cal = calendar_of(national_home())
    daily_since_years_ago(cal, 2)
    add_event(
        cal,
        "Gisteren",
        timezone.now() - timedelta(days=1, hours=3),
        timezone.now() - timedelta(days=1, hours=2),
    )
    expected = [
        (f"{local(o[0]):%Y%m%d}", o[2])
        for o in brute_past(list(EventPage.objects.all()), timezone.now())
    ]
    client = client_for("localhost")
    first = html_of(client, "/kalender/archief/")
    assert shown(first) == expected[:PER_PAGE]
    assert "Gisteren" in first
    third = html_of(client, "/kalender/archief/?pagina=3")
    assert shown(third) == expected[2 * PER_PAGE : 3 * PER_PAGE]


def test_a_short_list_counts_its_items_and_out_of_range_pages_give_the_last(client_for):
    cal = calendar_of(national_home())
    start = timezone.now() + timedelta(days=3)
    for n in range(45):
        add_event(
            cal, f"Eenmalig {n}", start + timedelta(days=n), start + timedelta(days=n, hours=1)
        )
    client = client_for("localhost")
    last = html_of(client, "/kalender/?pagina=2")
    assert len(shown(last)) == 5
    assert "45 activiteiten" in last and "Pagina 2 van 2" in last
    assert 'rel="next"' not in last
    for path in ("/kalender/?pagina=3", "/kalender/?pagina=99999", "/kalender/archief/?pagina=7"):
        html = html_of(client, path)
        if "archief" in path:
            assert "Er zijn nog geen activiteiten geweest." in html
        else:
            assert shown(html) == shown(last)


# --- Queries ------------------------------------------------------------------------------------


def add_calendar_load(count, offset=0):
    """`count` events, half national and half Alkmaar's (flagged for all sites): every third
    an open-ended daily or weekly repeat started three years ago (some with excluded dates),
    the others once, in the year around today; some with sign-ups and themes."""
    alkmaar = municipality("alkmaar")
    today = timezone.localdate()
    for n in range(offset, offset + count):
        home = national_home() if n % 2 else alkmaar
        hour = 8 + n % 12
        if n % 3 == 0:
            first = today - timedelta(days=3 * 365 - n % 7)
            start = aware(datetime.combine(first, time(hour)))
            fields = {
                "repeat_frequency": "daily" if n % 2 else "weekly",
                "exclusions": [today + timedelta(days=7 * (1 + n % 3))] if n % 2 else [],
                "signup_capacity": 10 if n % 2 else None,
            }
        else:
            day = today + timedelta(days=(n * 97) % 730 - 365)
            start = aware(datetime.combine(day, time(hour)))
            fields = {}
        add_event(
            calendar_of(home),
            f"Activiteit {n}",
            start,
            start + timedelta(hours=2),
            themes=["groen", "zorg"][: n % 3],
            show_on_all_sites=True,
            **fields,
        )


def count_queries(client, path):
    client.get(path)  # warm the per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def calendar_paths():
    cal = calendar_of(national_home())
    today = timezone.localdate()
    event = EventPage.objects.get(title="Activiteit 3")  # national, daily, with sign-ups
    return {
        "upcoming": subpage_url(cal, "index"),
        "archive": subpage_url(cal, "archive"),
        "month": subpage_url(cal, "month", today.year, today.month),
        "day": subpage_url(cal, "day", today.year, today.month, today.day),
        "event page": event.get_url(),
        "feed": subpage_url(cal, "feed"),
        "home": "/",
    }


def test_every_calendar_view_stays_within_the_query_budget(client_for):
    client = client_for("localhost")
    add_calendar_load(5)
    paths = calendar_paths()
    few = {view: count_queries(client, path) for view, path in paths.items()}
    add_calendar_load(55, offset=5)
    many = {view: count_queries(client, path) for view, path in paths.items()}
    assert EventPage.objects.exclude(repeat_rule="").count() == 20
    assert all(count <= BUDGET for count in many.values()), str(many)
    assert few == many


def test_a_busy_day_in_the_month_shows_three_and_links_to_the_rest(client_for):
    cal = calendar_of(national_home())
    day = timezone.localdate() + timedelta(days=30)
    for n in range(5):
        start = aware(datetime.combine(day, time(9 + n)))
        add_event(cal, f"Drukke dag {n}", start, start + timedelta(hours=1))
    client = client_for("localhost")
    month = html_of(client, subpage_url(cal, "month", day.year, day.month))
    assert [f"Drukke dag {n}" in month for n in range(5)] == [True] * 3 + [False] * 2
    day_url = subpage_url(cal, "day", day.year, day.month, day.day)
    assert f'<li class="month-grid__more"><a href="{day_url}">en nog 2 activiteiten</a></li>' in (
        month
    )
    assert "5 activiteiten in deze maand" in month
    assert all(f"Drukke dag {n}" in html_of(client, day_url) for n in range(5))
