"""`make bench`: how long the calendar takes to render with many occurrences.

Adds events to the national calendar inside a transaction that is rolled back at the end, so
the database is left as it was; then renders the month view (500 occurrences in one month by
default), the upcoming list and the iCalendar feed through Django's test client, warm, and
reports the median and slowest time, the SQL queries and the peak Python memory of one render.
A benchmark, not a test: it prints figures and never fails on them.
"""

from datetime import date, datetime, timedelta
from datetime import time as clock

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client
from django.utils import formats, translation

from core.bench import measure_page
from core.cache import bump_structure_version
from core.routes import subpage_url
from events.models import EventCalendarPage, EventPage
from events.recurrence import aware
from home.models import NationalHomePage

DAYS = 20


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Meet hoe snel de kalender is met veel activiteiten (de database blijft ongewijzigd)."

    def add_arguments(self, parser):
        parser.add_argument("--occurrences", type=int, default=500)
        parser.add_argument("--runs", type=int, default=20)

    def handle(self, *args, occurrences, runs, **options):
        translation.activate(settings.LANGUAGE_CODE)
        try:
            with transaction.atomic():
                self.run(occurrences, runs)
                raise Rollback
        except Rollback:
            pass
        finally:
            bump_structure_version()  # nothing cached during the run is read again

    def run(self, occurrences, runs):
        home = NationalHomePage.objects.get(depth=2)
        calendar = EventCalendarPage.objects.child_of(home).get()
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
            self.measure(client, label, path, runs)

    def measure(self, client, label, path, runs):
        self.stdout.write(measure_page(client, path, runs).line(label))
