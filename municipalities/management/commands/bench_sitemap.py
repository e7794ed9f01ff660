"""How long /sitemap.xml takes at the size of the country.

Adds municipalities (a home page in every language and a Site each) with their pages, and
national pages, a share of every site's pages translated into each other language, inside a
transaction that is rolled back at the end, so the database is left as it was. The many pages
are written in bulk as plain page rows (all a sitemap reads of them). Then it requests the
national sitemap and one municipality's through Django's test client, built anew (as after a
publish) and from the cache, and reports the median and slowest time, the SQL queries (and
the slowest of them), the number of URLs and the size. A benchmark, not a test: it prints
figures and never fails on them.
"""

import time
import uuid
from collections import defaultdict

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F
from django.test import Client
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from core.bench import measure_page
from core.cache import bump, bump_structure_version, subtree_scope
from home.setup import ensure_national_site
from municipalities.models import MunicipalityIndexPage


class Rollback(Exception):
    pass


class Tree:
    """Live pages to write in bulk under existing parents (or under each other), with the
    tree paths, depths and URL paths treebeard and Wagtail would give them."""

    def __init__(self):
        self.pages = []
        self.next_step = {}
        self.children = defaultdict(int)
        self.now = timezone.now()

    def add(self, parent, title, locale_id, translation_key):
        step = self.next_step.get(parent.path)
        if step is None:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .first()
            )
            step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.next_step[parent.path] = step + 1
        slug = slugify(title)
        page = Page(
            title=title,
            draft_title=title,
            slug=slug,
            path=Page._get_path(parent.path, parent.depth + 1, step),
            depth=parent.depth + 1,
            url_path=f"{parent.url_path}{slug}/",
            locale_id=locale_id,
            translation_key=translation_key,
            live=True,
            first_published_at=self.now,
            last_published_at=self.now,
        )
        self.children[parent.path] += 1
        self.next_step[page.path] = 1
        self.pages.append(page)
        return page

    def add_everywhere(self, parents, title, translate):
        """The page under the first (Dutch) parent and, with `translate`, its translations
        under the others; [the Dutch page, *translations]."""
        key = uuid.uuid4()
        chosen = parents if translate else parents[:1]
        return [self.add(parent, title, parent.locale_id, key) for parent in chosen]

    def save(self):
        """Write the pages (and the new child counts of their parents); how many."""
        new = {page.path: page for page in self.pages}
        for path, count in self.children.items():
            if path in new:
                new[path].numchild = count
        Page.objects.bulk_create(self.pages, batch_size=2000)
        for path, count in self.children.items():
            if path not in new:
                Page.objects.filter(path=path).update(numchild=F("numchild") + count)
        return len(self.pages)


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
        # The national home and the index of municipalities in every language, as Wagtail
        # makes them; the many pages below them are written in bulk (plain page rows: all a
        # sitemap reads), with their tree paths worked out here.
        homes = [home, *(self.translation_of(home, locale) for locale in locales)]
        indexes = [index, *(self.translation_of(index, locale) for locale in locales)]
        tree = Tree()
        national_share = int(national_pages * translated)
        for n in range(national_pages):
            tree.add_everywhere(homes, f"Landelijke pagina {n}", n < national_share)
        share = int(pages * translated)
        municipal_homes = []
        for n in range(municipalities):
            # Each municipality's home in every language under the index in that language,
            # its pages under it.
            translated_homes = tree.add_everywhere(indexes, f"Benchgemeente {n}", True)
            municipal_homes.append(translated_homes[0])
            for m in range(pages):
                tree.add_everywhere(translated_homes, f"Pagina {m}", m < share)
        added = tree.save()
        Site.objects.bulk_create(
            Site(
                hostname=f"{page.slug}.{settings.PROGRAM_BASE_DOMAIN}",
                port=settings.PROGRAM_SITE_PORT,
                root_page_id=page.pk,
                site_name=f"Aan de Slag {page.title}",
            )
            for page in municipal_homes
        )
        self.stdout.write(
            f"{municipalities} gemeenten met elk {pages} pagina's, {national_pages} landelijke "
            f"pagina's; {translated:.0%} ervan in {len(locales)} andere talen: {added} pagina's "
            f"erbij in {time.perf_counter() - started:.0f} s.\n"
        )
        return home, municipal_homes[0] if municipal_homes else None

    def translation_of(self, page, locale):
        existing = page.get_translations().filter(locale=locale).first()
        if existing is not None:
            return existing
        copy = page.copy_for_translation(locale)
        copy.save_revision().publish()
        return copy

    def report(self, national, first, runs):
        hosts = [("landelijk", Site.objects.get(root_page=national).hostname)]
        if first is not None:
            hosts.append(("één gemeente", Site.objects.get(root_page=first).hostname))
        for label, host in hosts:
            client = Client(HTTP_HOST=host)
            response = client.get("/sitemap.xml")  # warm the caches
            assert response.status_code == 200, (host, response.status_code)
            urls = response.content.count(b"<url>")
            self.stdout.write(f"{label}: {urls} URL's, {len(response.content) // 1024} kB")
            # Built anew (as after a publish on the site), then from the cache.
            root_id = Site.objects.get(hostname=host).root_page_id

            def stale(root_id=root_id):
                bump(subtree_scope(root_id))

            for kind, before_each in (("opgebouwd", stale), ("uit de cache", None)):
                figures = measure_page(client, "/sitemap.xml", runs, before_each=before_each)
                self.stdout.write(
                    f"  {kind:<13} mediaan {figures.median_ms:7.1f} ms  "
                    f"traagst {figures.slowest_ms:7.1f} ms  {figures.queries:2d} queries "
                    f"(traagste {figures.slowest_query_ms:5.1f} ms)"
                )
        self.stdout.write(f"{Page.objects.count()} pagina's in de boom.")
