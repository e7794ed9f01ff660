"""How long /sitemap.xml takes at the size of the country.

Adds municipalities (a home page and a Site each, as provisioning makes them) with their pages
and national pages, and translates a share of every site's pages into each other language,
inside a transaction that is rolled back at the end, so the database is left as it was. Then
it requests the national sitemap and one municipality's through Django's test client, warm,
and reports the median and slowest time, the SQL queries (and the slowest of them), the number
of URLs and the size. A benchmark, not a test: it prints figures and never fails on them.
"""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.cache import bump_structure_version
from home.models import StandardPage
from home.setup import ensure_national_site
from municipalities.models import MunicipalityHomePage, MunicipalityIndexPage


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Meet hoe snel /sitemap.xml is met veel gemeenten en pagina's "
        "(de database blijft ongewijzigd)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipalities", type=int, default=342)
        parser.add_argument("--pages", type=int, default=100, help="pagina's per gemeente")
        parser.add_argument("--national-pages", type=int, default=300)
        parser.add_argument(
            "--translated",
            type=float,
            default=0.1,
            help="deel van de pagina's van elke site dat in elke andere taal vertaald is",
        )
        parser.add_argument("--runs", type=int, default=10)

    def handle(self, *args, runs, **options):
        translation.activate(settings.LANGUAGE_CODE)
        try:
            with transaction.atomic():
                national, first = self.build(**options)
                self.report(national, first, runs)
                raise Rollback
        except Rollback:
            pass
        finally:
            bump_structure_version()  # nothing cached during the run is read again

    def build(self, municipalities, pages, national_pages, translated, **options):
        started = time.perf_counter()
        home = ensure_national_site().home
        index = MunicipalityIndexPage.objects.child_of(home).first()
        if index is None:
            index = home.add_child(
                instance=MunicipalityIndexPage(title="Gemeenten", slug="gemeenten")
            )
        locales = list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE))
        share = max(int(pages * translated), 0)
        national_share = max(int(national_pages * translated), 0)
        # The national home and the index of municipalities in every language.
        roots = {locale.pk: self.translation_of(home, locale) for locale in locales}
        indexes = {locale.pk: self.translation_of(index, locale) for locale in locales}

        added = self.add_pages(home, national_pages, "Landelijke pagina", roots, national_share)
        first = None
        for n in range(municipalities):
            municipal = index.add_child(
                instance=MunicipalityHomePage(
                    title=f"Benchgemeente {n}", slug=f"benchgemeente-{n}", province="utrecht"
                )
            )
            Site.objects.create(
                hostname=f"benchgemeente-{n}.{settings.PROGRAM_BASE_DOMAIN}",
                port=settings.PROGRAM_SITE_PORT,
                root_page=municipal,
                site_name=f"Aan de Slag Benchgemeente {n}",
            )
            homes = {
                pk: self.add_translation(parent, municipal)
                for pk, parent in indexes.items()
                if share
            }
            added += 1 + len(homes) + self.add_pages(municipal, pages, "Pagina", homes, share)
            first = first or municipal
        self.stdout.write(
            f"{municipalities} gemeenten met elk {pages} pagina's, {national_pages} landelijke "
            f"pagina's; {translated:.0%} ervan in {len(locales)} andere talen: {added} pagina's "
            f"erbij in {time.perf_counter() - started:.0f} s.\n"
        )
        return home, first

    def translation_of(self, page, locale):
        existing = page.get_translations().filter(locale=locale).first()
        if existing is not None:
            return existing
        copy = page.copy_for_translation(locale)
        copy.save_revision().publish()
        return copy

    def add_translation(self, parent, source):
        """A live translation of `source` under `parent` (a translation of its parent): what
        wagtail-localize makes, without its strings (the sitemap reads none)."""
        return parent.add_child(
            instance=type(source)(
                **{
                    field: getattr(source, field)
                    for field in ("title", "slug", "province")
                    if hasattr(source, field)
                },
                locale_id=parent.locale_id,
                translation_key=source.translation_key,
            )
        )

    def add_pages(self, parent, count, title, translated_parents, share):
        added = 0
        for n in range(count):
            page = parent.add_child(instance=StandardPage(title=f"{title} {n}", intro="Bench."))
            added += 1
            if n < share:
                for translated_parent in translated_parents.values():
                    self.add_translation(translated_parent, page)
                    added += 1
        return added

    def report(self, national, first, runs):
        hosts = [("landelijk", Site.objects.get(root_page=national).hostname)]
        if first is not None:
            hosts.append(("één gemeente", Site.objects.get(root_page=first).hostname))
        for label, host in hosts:
            client = Client(HTTP_HOST=host)
            response = client.get("/sitemap.xml")  # warm the caches
            assert response.status_code == 200, (host, response.status_code)
            timings = []
            for _run in range(runs):
                started = time.perf_counter()
                client.get("/sitemap.xml")
                timings.append((time.perf_counter() - started) * 1000)
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                client.get("/sitemap.xml")
            slowest = max((float(query["time"]) for query in queries), default=0) * 1000
            urls = response.content.count(b"<url>")
            self.stdout.write(
                f"{label:<13} {urls:5d} URL's  mediaan {statistics.median(timings):7.1f} ms  "
                f"traagst {max(timings):7.1f} ms  {len(queries):2d} queries "
                f"(traagste {slowest:5.1f} ms)  {len(response.content) // 1024} kB"
            )
        total = Page.objects.count()
        self.stdout.write(f"{total} pagina's in de boom.")
