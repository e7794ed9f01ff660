"""`make bench`: how long the calendar takes to render with many occurrences, and whether its
cost follows what it shows rather than how much content there is.

Both parts add events to the national calendar inside a transaction that is rolled back at the
end, so the database is left as it was, and render pages through Django's test client, warm,
reporting the median and slowest time, the SQL queries and the peak Python memory of one render
(core.bench.measure_page). A benchmark, not a test: it prints figures and never fails on them.

1. Many occurrences: the month view (500 occurrences in one month by default), the upcoming
   list and the iCalendar feed.
2. Many events: the national calendar with only 5 events, then with 200, of which a third
   repeat daily or weekly, open-ended, from three years ago (the rest take place once, in the
   year before or after today). It renders /kalender/, /kalender/archief/, this month and the
   national home (its sections made stale before each render, and warm), and prints each
   page's time with 200 events as a multiple of its time with 5 (the aim: at most 1.25). The
   200 events are made once; the two sizes are measured in turn for a few rounds (the other
   events offline) and the best median of each counts, so a busy machine weighs on both alike.

Renders are uncached: the anonymous page cache (settings.PROGRAM_PAGE_CACHE) is switched off
for the run.
"""

from datetime import date, datetime, timedelta
from datetime import time as clock

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client, override_settings
from django.utils import formats, timezone, translation

from core.bench import measure_page
from core.cache import bump_structure_version
from core.routes import subpage_url
from events.models import EventCalendarPage, EventPage
from events.recurrence import aware
from home.models import NationalHomePage

DAYS = 20
SCALE_SIZES = (5, 200)
TARGET_RATIO = 1.25


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Meet hoe snel de kalender is met veel activiteiten (de database blijft ongewijzigd)."

    def add_arguments(self, parser):
        parser.add_argument("--occurrences", type=int, default=500)
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument(
            "--part",
            choices=["all", "occurrences", "events"],
            default="all",
            help="Alleen deel 1 (veel keren in een maand) of deel 2 (veel activiteiten).",
        )
        parser.add_argument("--events", type=int, nargs=2, default=list(SCALE_SIZES))
        parser.add_argument("--rounds", type=int, default=3)

    def handle(self, *args, occurrences, runs, part, events, rounds, **options):
        translation.activate(settings.LANGUAGE_CODE)
        with override_settings(PROGRAM_PAGE_CACHE=False):
            if part in ("all", "occurrences"):
                self.rolled_back(self.run, occurrences, runs)
            if part in ("all", "events"):
                self.rolled_back(self.run_scale, events, runs, rounds)

    def rolled_back(self, run, *args):
        try:
            with transaction.atomic():
                run(*args)
                raise Rollback
        except Rollback:
            pass
        finally:
            bump_structure_version()  # nothing cached during the run is read again

    def national_calendar(self):
        home = NationalHomePage.objects.get(depth=2)
        return home, EventCalendarPage.objects.child_of(home).get()

    # Part 1: many occurrences in one month.
    def run(self, occurrences, runs):
        _home, calendar = self.national_calendar()
        month = date.today().replace(day=1) + timedelta(days=40)
        first = month.replace(day=1)
        events = max(occurrences // DAYS, 1)
        for n in range(events):
            start = aware(datetime.combine(first, clock(8 + n % 12)))
            calendar.add_child(
                instance=EventPage(
                    title=f"Benchmarkactiviteit {n}",
                    intro="Elke dag, twintig dagen lang.",
                    start=start,
                    end=start + timedelta(hours=1),
                    repeat_frequency="daily",
                    repeat_count=DAYS,
                )
            )
        client = Client(HTTP_HOST="localhost")
        pages = [
            (
                f"maandoverzicht {first:%m-%Y}",
                subpage_url(calendar, "month", first.year, first.month),
            ),
            ("binnenkort (lijst)", subpage_url(calendar, "index")),
            ("iCalendar-feed", subpage_url(calendar, "feed")),
        ]
        self.stdout.write(
            f"{events} herhalende activiteiten, {events * DAYS} keer in "
            f"{formats.date_format(first, 'F Y')}; "
            f"{runs} metingen per pagina (warm).\n"
        )
        for label, path in pages:
            self.stdout.write(measure_page(client, path, runs).line(label))

    # Part 2: few and many events, a third of them open-ended repeats started long ago.
    def run_scale(self, sizes, runs, rounds):
        home, calendar = self.national_calendar()
        # Only the benchmark's events: the demo's are taken offline (rolled back at the end).
        EventPage.objects.update(live=False)
        today = timezone.localdate()
        client = Client(HTTP_HOST="localhost")
        pages = [
            ("/kalender/", subpage_url(calendar, "index"), None),
            ("/kalender/archief/", subpage_url(calendar, "archive"), None),
            (
                f"maandoverzicht {today:%m-%Y}",
                subpage_url(calendar, "month", today.year, today.month),
                None,
            ),
            ("landelijke home (koud)", home.get_url(), bump_structure_version),
            ("landelijke home (warm)", home.get_url(), None),
        ]
        self.stdout.write(
            f"\nDe landelijke kalender met {' en '.join(str(size) for size in sizes)} "
            "activiteiten (een derde herhaalt dagelijks of wekelijks, zonder einde, sinds drie "
            f"jaar); {runs} metingen per pagina, {rounds} rondes om en om, de beste mediaan telt.\n"
        )
        sizes = sorted(sizes)
        made = [calendar.add_child(instance=scale_event(n, today)).pk for n in range(sizes[-1])]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        results = {}
        for _round in range(rounds):
            # The sizes in turn, so a busy machine weighs on both alike: the first `size`
            # events online, the others offline.
            for size in sizes:
                EventPage.objects.filter(pk__in=made[:size]).update(live=True)
                EventPage.objects.filter(pk__in=made[size:]).update(live=False)
                bump_structure_version()
                for label, path, before_each in pages:
                    figures = measure_page(client, path, runs, before_each=before_each)
                    best = results.get((label, size))
                    if best is None or figures.median_ms < best.median_ms:
                        results[(label, size)] = figures
        for size in sizes:
            self.stdout.write(f"{size} activiteiten:")
            for label, _path, _before in pages:
                self.stdout.write(results[(label, size)].line(f"  {label}", width=30))
        self.write_ratios(pages, sizes, results)

    def write_ratios(self, pages, sizes, results):
        few, many = sizes[0], sizes[-1]
        self.stdout.write(
            f"\n{'pagina':<28} {few:>5} act.  {many:>5} act.  verhouding (doel ≤ {TARGET_RATIO})"
        )
        for label, _path, _before in pages:
            small, large = results[(label, few)], results[(label, many)]
            ratio = large.median_ms / small.median_ms if small.median_ms else float("inf")
            mark = "" if ratio <= TARGET_RATIO else "  (boven het doel)"
            self.stdout.write(
                f"{label:<28} {small.median_ms:6.1f} ms {large.median_ms:7.1f} ms  "
                f"{ratio:5.2f}{mark}   queries {small.queries} → {large.queries}"
            )


def scale_event(n, today):
    """The n-th event of part 2: every third an open-ended repeat (daily and weekly in turn)
    that started three years ago; the others once, spread over the year before and after
    today."""
    if n % 3 == 0:
        first = today - timedelta(days=3 * 365) + timedelta(days=n % 7)
        start = aware(datetime.combine(first, clock(8 + n % 12)))
        frequency = "daily" if (n // 3) % 2 == 0 else "weekly"
        return EventPage(
            title=f"Herhalende activiteit {n}",
            intro="Zonder einde, sinds drie jaar.",
            start=start,
            end=start + timedelta(hours=2),
            repeat_frequency=frequency,
        )
    day = today + timedelta(days=(n * 97) % 730 - 365)
    start = aware(datetime.combine(day, clock(9 + n % 10)))
    return EventPage(
        title=f"Activiteit {n}",
        intro="Eén keer.",
        start=start,
        end=start + timedelta(hours=2),
    )
