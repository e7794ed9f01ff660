"""The calendar pages: what each site shows, the month grid, day and archive views, filters,
bad parameters, the home page sections and the number of queries."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.recurrence import aware
from tests.factories import (
    add_event,
    add_wandelclub,
    at,
    calendar_of,
    municipality,
    national_home,
    next_weekday,
)

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def on(day, hour, minute=0):
    return at(day.year, day.month, day.day, hour, minute)


@pytest.fixture(scope="module", autouse=True)
def events(module_world):
    """Alkmaar's weekly walk and a past opening, Arnhem's monthly garden day, Utrecht's cycling
    lessons, a national day flagged for all sites and a national-only online session."""
    with module_world():
        _add_events()


def _add_events():
    alkmaar = calendar_of(municipality("alkmaar"))
    add_wandelclub(alkmaar)
    past = next_weekday(5, weeks=-9)
    add_event(alkmaar, "Opening van de AZC-moestuin", on(past, 14), on(past, 16), themes=["groen"])
    day = next_weekday(5, weeks=1)
    add_event(
        calendar_of(municipality("arnhem")),
        "Tuindag in de buurtmoestuin",
        on(day, 10),
        on(day, 14),
        themes=["groen"],
        repeat_frequency="weekly",
        repeat_count=4,
    )
    day = next_weekday(2)
    add_event(
        calendar_of(municipality("utrecht")),
        "Fietsles voor beginners",
        on(day, 14),
        on(day, 15, 30),
        themes=["sport"],
        repeat_frequency="weekly",
        repeat_count=8,
        signup_capacity=4,
    )
    national = calendar_of(national_home())
    day = next_weekday(5, weeks=3)
    add_event(
        national,
        "Landelijke Aan de Slag-dag",
        on(day, 10),
        on(day, 16),
        themes=["evenementen"],
        show_on_all_sites=True,
    )
    day = next_weekday(3, weeks=1)
    add_event(
        national,
        "Online kennissessie voor coördinatoren",
        on(day, 15),
        on(day, 16, 30),
        themes=["werk-en-participatie"],
        online_url="https://example.org/kennissessie",
    )


def soon(days, hour=19):
    """An aware datetime `days` from today at `hour`:00, Amsterdam time."""
    return aware(datetime.combine(timezone.localdate() + timedelta(days=days), time(hour)))


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_national_calendar_shows_every_municipality_labelled(client_for):
    html = html_of(client_for("localhost"), "/kalender/")
    for title in (
        "Wandelclub vanuit het AZC",
        "Tuindag in de buurtmoestuin",
        "Fietsles voor beginners",
        "Landelijke Aan de Slag-dag",
        "Online kennissessie voor coördinatoren",
    ):
        assert title in html
    assert '<span class="label">Alkmaar</span>' in html
    assert '<span class="label label--national">Landelijk</span>' in html
    assert "Opening van de AZC-moestuin" not in html  # past: in the archive


def test_municipality_calendar_shows_own_and_national_flagged_for_all_sites(client_for):
    html = html_of(client_for("alkmaar.localhost"), "/kalender/")
    assert "Wandelclub vanuit het AZC" in html
    assert "Landelijke Aan de Slag-dag" in html  # flagged "toon op alle sites"
    assert "Online kennissessie voor coördinatoren" not in html  # national only
    assert "Tuindag in de buurtmoestuin" not in html  # Arnhem's
    assert "Geen Nederlands nodig" in html


def test_theme_and_municipality_filters(client_for):
    national = client_for("localhost")
    html = html_of(national, "/kalender/?thema=groen")
    assert "Tuindag in de buurtmoestuin" in html
    assert "Fietsles voor beginners" not in html
    html = html_of(national, "/kalender/?gemeente=utrecht")
    assert "Fietsles voor beginners" in html
    assert "Wandelclub vanuit het AZC" not in html
    # The filters carry over into the month view, day links and the feed link.
    html = html_of(national, f"/kalender/{timezone.localdate():%Y/%m}/?gemeente=utrecht")
    assert "gemeente=utrecht" in html
    assert "/kalender/ical/?gemeente=utrecht" in html


@pytest.mark.parametrize(
    "path",
    [
        "/kalender/?thema=bestaat-niet",
        "/kalender/?gemeente=%00",
        "/kalender/?pagina=-1",
        "/kalender/?pagina=abc",
        "/kalender/?pagina=99999",
        "/kalender/archief/?pagina=0",
        "/kalender/ical/?thema=%ff%fe",
    ],
)
def test_bad_query_parameters_are_normalised(client_for, path):
    assert client_for("localhost").get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/kalender/2026/13/",
        "/kalender/2026/0/",
        "/kalender/99999/01/",
        "/kalender/1999/12/",
        "/kalender/2025/02/30/",
        "/kalender/2025/02/29/",
        "/kalender/2026/04/31/",
        "/kalender/2026/-1/",
        "/kalender/abcd/01/",
    ],
)
def test_impossible_dates_are_a_404(client_for, path):
    assert client_for("localhost").get(path).status_code == 404


def test_month_view_is_a_table_with_today_marked(client_for):
    today = timezone.localdate()
    html = html_of(client_for("alkmaar.localhost"), f"/kalender/{today:%Y/%m}/")
    assert '<table class="month-grid">' in html
    assert html.count('<th scope="col">') == 7
    assert '<abbr title="maandag">ma</abbr>' in html  # the week starts on Monday
    assert html.count('aria-current="date"') == 1
    assert 'rel="prev"' in html and 'rel="next"' in html


def test_month_view_lists_each_occurrence_on_its_day(client_for):
    calendar = calendar_of(municipality("alkmaar"))
    add_event(
        calendar,
        "Nachtfietstocht",
        at(2027, 3, 12, 22),
        at(2027, 3, 13, 1, 30),
    )
    add_event(calendar, "Lentemarkt", at(2027, 3, 20), at(2027, 3, 21), all_day=True)
    html = html_of(client_for("alkmaar.localhost"), "/kalender/2027/03/")
    # Across midnight: on both days, with its start time on the first only.
    assert html.count("Nachtfietstocht") == 2
    assert '<span class="month-grid__time">22:00</span> Nachtfietstocht' in html
    # All day, across two days: on both, without a time.
    assert html.count("Lentemarkt") == 2
    assert 'href="/kalender/2027/03/13/"' in html
    day = html_of(client_for("alkmaar.localhost"), "/kalender/2027/03/13/")
    assert "Nachtfietstocht" in day and "22:00 – 01:30 (volgende dag)" in day


def test_archive_lists_past_events_newest_first(client_for):
    calendar = calendar_of(municipality("alkmaar"))
    add_event(calendar, "Oud feest", soon(-400), soon(-400, 21))
    html = html_of(client_for("alkmaar.localhost"), "/kalender/archief/")
    assert html.index("Opening van de AZC-moestuin") < html.index("Oud feest")
    assert "Wandelclub vanuit het AZC" in html or "Wandelclub" not in html


def test_upcoming_list_is_grouped_by_day(client_for):
    calendar = calendar_of(municipality("arnhem"))
    add_event(calendar, "Ochtendwandeling", soon(4, 9), soon(4, 10))
    add_event(calendar, "Avondwandeling", soon(4, 20), soon(4, 21))
    html = html_of(client_for("arnhem.localhost"), "/kalender/")
    day = timezone.localdate() + timedelta(days=4)
    heading = f'id="dag-{day:%Y%m%d}"'
    assert html.count(heading) == 1
    section = html[html.index(heading) :]
    section = section[: section.index("</section>")]
    assert section.index("Ochtendwandeling") < section.index("Avondwandeling")


def test_home_pages_show_the_next_five_occurrences_and_counters(client_for):
    html = html_of(client_for("alkmaar.localhost"), "/")
    section = html[html.index('id="section-events"') :]
    section = section[: section.index("</section>")]
    assert section.count('class="occurrence"') == 5
    assert "Wandelclub vanuit het AZC" in section
    assert "De hele kalender" in section
    assert "Aan de Slag in cijfers" in html
    year = timezone.localdate().year
    assert f"activiteiten in {year}" in html


def counter_values(html):
    """[activities, sign-ups] of the home's figures; a figure that is left out (zero) is 0."""
    if 'class="counters"' not in html:
        return [0, 0]
    counters = html[html.index('class="counters"') :]
    counters = counters[: counters.index("</dl>")]
    found = dict(re.findall(r"<dt>(\w+) in \d+</dt><dd>(\d+)</dd>", counters))
    return [int(found.get("activiteiten", 0)), int(found.get("aanmeldingen", 0))]


def test_counters_count_activities_and_signups(client_for, django_capture_on_commit_callbacks):
    from events import signups

    arnhem = municipality("arnhem")
    year = timezone.localdate().year
    client = client_for("arnhem.localhost")
    activities_before, matches_before = counter_values(html_of(client, "/"))
    national_before = counter_values(html_of(client_for("localhost"), "/"))
    # Something this year for sure: today, late in the evening.
    start = aware(datetime.combine(timezone.localdate(), time(23)))
    event = add_event(
        calendar_of(arnhem), "Taalcafé", start, start + timedelta(minutes=50), signup_capacity=10
    )
    (occurrence,) = event.upcoming(1, now=start - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        for name, people in (("Sara", 2), ("Ali", 1)):
            signups.sign_up(
                event, occurrence, first_name=name, people=people, now=start - timedelta(hours=1)
            )
    assert occurrence.start.year == year
    # Live: the new activity and both sign-ups count at once, locally and nationally.
    assert counter_values(html_of(client, "/")) == [activities_before + 1, matches_before + 2]
    national = counter_values(html_of(client_for("localhost"), "/"))
    assert national == [national_before[0] + 1, national_before[1] + 2]


BUDGET = 15


def count_queries(client, path):
    client.get(path)  # warm the per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_many(count):
    alkmaar = municipality("alkmaar")
    for n in range(count):
        home = national_home() if n % 2 else alkmaar
        add_event(
            calendar_of(home),
            f"Activiteit {n}",
            soon(n % 20 + 1, 10),
            soon(n % 20 + 1, 12),
            themes=["groen", "zorg"],
            repeat_frequency="weekly" if n % 3 == 0 else "",
            show_on_all_sites=True,
        )


@pytest.mark.parametrize(
    "host, path",
    [
        ("localhost", "/kalender/"),
        ("localhost", "MONTH"),
        ("localhost", "/kalender/ical/"),
        ("alkmaar.localhost", "/kalender/"),
        ("alkmaar.localhost", "MONTH"),
        ("alkmaar.localhost", "/kalender/ical/"),
        ("alkmaar.localhost", "/kalender/archief/"),
        ("alkmaar.localhost", "/"),
    ],
)
def test_fixed_number_of_queries_with_few_and_many_events(client_for, host, path):
    if path == "MONTH":
        path = f"/kalender/{timezone.localdate() + timedelta(days=10):%Y/%m}/"
    client = client_for(host)
    add_many(5)
    few = count_queries(client, path)
    add_many(45)
    many = count_queries(client, path)
    assert few == many
    assert many <= BUDGET


def test_the_home_agenda_reads_ahead_and_drops_what_is_over():
    """The home agenda keeps the occurrences after the five it shows: later requests drop the
    ones that are over, and read ahead again when fewer than five are left."""
    from events.sections import AGENDA_READ_AHEAD, HOME_EVENT_COUNT, next_occurrences
    from municipalities.aggregation import scope_for

    home = municipality("zwolle", province="Overijssel")
    tomorrow = timezone.localdate() + timedelta(days=1)
    add_event(
        calendar_of(home),
        "Dagelijkse taalles",
        on(tomorrow, 9),
        on(tomorrow, 10),
        repeat_frequency="daily",
    )
    scope = scope_for(home)
    now = on(tomorrow, 8)
    first = next_occurrences(home, scope, now)
    assert [start for start, _end, _pk in first] == [
        datetime.combine(tomorrow + timedelta(days=n), time(9)) for n in range(HOME_EVENT_COUNT)
    ]
    # Two lessons later, the same read-ahead (no query), without the two that are over.
    with CaptureQueriesContext(connection) as queries:
        later = next_occurrences(home, scope, now + timedelta(days=2))
    assert len(queries) == 0
    assert later[0][0] == datetime.combine(tomorrow + timedelta(days=2), time(9))
    assert len(later) == HOME_EVENT_COUNT
    # Past what was read ahead the next lessons are read again .
    far = now + timedelta(days=AGENDA_READ_AHEAD)
    again = next_occurrences(home, scope, far)
    assert [start for start, _end, _pk in again] == [
        datetime.combine(far.date() + timedelta(days=n), time(9)) for n in range(HOME_EVENT_COUNT)
    ]
