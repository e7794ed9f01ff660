"""`make bench`: how heavy /gemeenten/ and the national home (with its map) are as the program
grows from the demo's municipalities to the size of the country.

Provisions municipalities (add_municipality's code path) inside a transaction that is rolled
back at the end, so the database is left as it was: real Dutch places of the gazetteer, the
largest of each province first, in the provinces' real proportions (342 municipalities in
2024), so names and map positions are as they would be. At each size it renders, warm, the
index without a choice, the largest province's view and the national home, and reports the
median and slowest time, the SQL queries and the size of the HTML. A benchmark, not a test:
it prints figures and never fails on them.
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.utils import translation

from core.bench import measure_page
from core.cache import bump_structure_version
from municipalities.gazetteer import dutch_places
from municipalities.models import MunicipalityHomePage, MunicipalityIndexPage
from municipalities.provinces import Province
from municipalities.provisioning import ProvisioningError, provision_municipality

# The number of municipalities per province on 1 January 2024 (342 in all).
COUNTRY = {
    Province.DRENTHE: 12,
    Province.FLEVOLAND: 6,
    Province.FRYSLAN: 18,
    Province.GELDERLAND: 51,
    Province.GRONINGEN: 10,
    Province.LIMBURG: 31,
    Province.NOORD_BRABANT: 56,
    Province.NOORD_HOLLAND: 44,
    Province.OVERIJSSEL: 25,
    Province.UTRECHT: 26,
    Province.ZEELAND: 13,
    Province.ZUID_HOLLAND: 50,
}


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Meet hoe zwaar /gemeenten/ en de landelijke home (met de kaart) zijn bij 21, 121 en "
        "342 gemeenten (de database blijft ongewijzigd)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[21, 121, 342])
        parser.add_argument("--runs", type=int, default=20)

    def handle(self, *args, sizes, runs, **options):
        translation.activate(settings.LANGUAGE_CODE)
        try:
            with transaction.atomic():
                self.run(sorted(sizes), runs)
                raise Rollback
        except Rollback:
            pass
        finally:
            bump_structure_version()  # nothing cached during the run is read again

    def homes(self):
        return MunicipalityHomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)

    def candidates(self, province):
        """The province's places, largest first, that are no municipality yet."""
        taken = {title.casefold() for title in self.homes().values_list("title", flat=True)}
        places = {
            place.name: place
            for places in dutch_places().values()
            for place in places
            if place.province == province
        }
        return [
            place
            for place in sorted(places.values(), key=lambda place: -place.population)
            if place.name.casefold() not in taken
        ]

    def grow_to(self, size):
        """Provision municipalities until there are `size`, each one in the province furthest
        below its real share of the country."""
        counts = {code: self.homes().filter(province=code).count() for code in COUNTRY}
        if sum(counts.values()) >= size:
            return 0
        candidates = {code: iter(self.candidates(code)) for code in COUNTRY}
        added = 0
        country = sum(COUNTRY.values())
        while sum(counts.values()) < size and candidates:
            code = max(candidates, key=lambda code: COUNTRY[code] * size / country - counts[code])
            place = next(candidates[code], None)
            if place is None:
                del candidates[code]  # the gazetteer has no more places there
                continue
            try:
                provision_municipality(place.name, province=code)
            except ProvisioningError:
                continue  # a name or address another place already has
            counts[code] += 1
            added += 1
        return added

    def run(self, sizes, runs):
        client = Client(HTTP_HOST="localhost")
        index = MunicipalityIndexPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).get()
        index_url = index.get_url()
        self.stdout.write(f"{runs} metingen per pagina (warm).\n")
        for size in sizes:
            started = time.perf_counter()
            added = self.grow_to(size)
            if connection.vendor == "postgresql":
                # Statistics for the planner, as a database of this size would have them.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            total = self.homes().live().count()
            largest = max(COUNTRY, key=lambda code: self.homes().filter(province=code).count())
            in_largest = self.homes().filter(province=largest).count()
            self.stdout.write(
                f"\n{total} gemeenten ({added} toegevoegd in "
                f"{time.perf_counter() - started:.0f} s); "
                f"grootste provincie: {Province(largest).label} ({in_largest})"
            )
            pages = [
                ("/gemeenten/", index_url),
                (
                    f"/gemeenten/?provincie={largest}",
                    index_url + "?" + urlencode({"provincie": largest}),
                ),
                ("landelijke home (kaart)", "/"),
            ]
            for label, path in pages:
                self.measure(client, label, path, runs)

    def measure(self, client, label, path, runs):
        figures = measure_page(client, path, runs)
        self.stdout.write(figures.line(f"  {label}", width=38, memory=False))
