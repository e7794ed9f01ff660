"""A data set at the size of the country, for the benchmark (`make bench`; the command is
`manage.py generate_dataset`).

The sites are real: the national site and up to all 342 Dutch municipalities of 2024 (their
names and provinces in demo/data/municipalities.csv, the list of the CBS; `place` names the
town that puts a municipality on the map when its own name is no place, see
municipalities/gazetteer.py). A smaller run takes a share of every province, the largest
places first. Every site gets, at scale 1, the content of PER_SITE: news items, blog posts,
practice examples, events (a third of them weekly), bulletin-board posts, comments and
members.

How it is made, and why so (at 342 municipalities and scale 1 about nine minutes on
PostgreSQL on two cores: provisioning 2, content 3 to 4, search index 3):
- the national site and every municipality through the product's own code paths
  (home.setup; municipalities.provisioning: home page, Site, collection, groups, review
  workflow), a third of a second each, with core/signals.py's cache receivers left out while
  the data set is written (core.signals.receivers_muted): each provisioned site made the page cache
  work out its areas from every site again, over two seconds a municipality at the size of
  the country. Everything is made stale once, on commit;
- their sections and content in bulk: Wagtail's add_child saves one page at a time (some
  50 queries each; over 100,000 pages take hours). PageRows works out what treebeard and
  Wagtail would store (tree path, depth, child count, URL path, live and published dates,
  locale, translation key, content type), writes the Page rows with one INSERT per batch and
  then the rows of each page type's own table with their page_ptr_id. No revisions: a live
  page is served from its row; an editor's first save makes one;
- members, profiles, posts and comments with bulk_create;
- the search index through modelsearch's own ObjectIndexer and rebuilder, as `update_index`
  does it, with the rows written directly (index_on_postgresql: the same rows, a fifth of
  the time);
- the tree checked as treebeard's find_problems checks it (tree_problems, one query);
- everything in one transaction: a run that fails leaves the database as it was.
"""

import csv
import random
import time
import uuid
import zlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from blog.models import BlogIndexPage, BlogPage, NewsIndexPage, NewsPage
from board.models import BulletinBoardPage, Post
from comments.models import Comment
from core.models import Partner, SiteSettings
from core.signals import everything_stale, receivers_muted
from events import recurrence
from events.models import EventCalendarPage, EventPage
from home.models import NationalHomePage
from home.setup import ensure_national_site
from members.models import DirectoryPage, Profile
from municipalities.gazetteer import find_position
from municipalities.models import LocalPartner, MunicipalityHomePage
from municipalities.provinces import find_province
from municipalities.provisioning import provision_municipality
from practices.models import PracticeExamplePage, PracticeIndexPage, PracticeStatus

from . import content
from .images import PICTURE_FOR_THEME, ensure_pictures, national_collection
from .seeding import (
    _ensure_index,
    _ensure_instruments,
    _ensure_standard_page,
    _ensure_themes,
    _fill_national_home,
    _stream,
)

MUNICIPALITIES_CSV = Path(__file__).parent / "data" / "municipalities.csv"
COUNTRY_SIZE = 342

# What every site (the national one too) holds at scale 1.
PER_SITE = {
    "news": 100,
    "blogs": 20,
    "practices": 20,
    "events": 150,
    "posts": 100,
    "comments": 500,
    "members": 200,
}
# How the command's report names them.
LABELS = {
    "news": "nieuwsberichten",
    "blogs": "blogs",
    "practices": "praktijkvoorbeelden",
    "events": "activiteiten",
    "posts": "prikbordberichten",
    "comments": "reacties",
    "members": "leden",
}
WEEKLY_SHARE = 3  # every third event repeats weekly
WEEKLY_TIMES = 12  # a weekly event takes place twelve times
BATCH = 1000  # rows per INSERT


class DatasetError(Exception):
    pass


# --- The municipalities -------------------------------------------------------------------------


@dataclass(frozen=True)
class Municipality:
    name: str
    province: str  # a Province value
    place: str  # the town that puts it on the map, when its own name is no place ("" if none)


def country():
    """The 342 municipalities of demo/data/municipalities.csv, in the file's order."""
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as file:
        return [
            Municipality(row["name"], find_province(row["province"]).value, row["place"])
            for row in csv.DictReader(file)
        ]


def chosen(count):
    """`count` municipalities: each province's share of the country (342 in all), the largest
    places first (by the gazetteer's population of the place that puts them on the map). A
    smaller set is the start of a larger one, so a benchmark at 21 and at 342 municipalities
    measures the same sites."""
    by_province = defaultdict(list)
    for municipality in country():
        by_province[municipality.province].append(municipality)

    def population(municipality):
        position = find_position(municipality.name, municipality.province, municipality.place)
        return sum(place.population for place in position.places) if position else 0

    ranked = []
    for municipalities in by_province.values():
        municipalities.sort(key=lambda m: (-population(m), m.name))
        # Spread over the whole list in proportion to the province's size.
        ranked += [
            ((rank + 0.5) / len(municipalities), municipality.name, municipality)
            for rank, municipality in enumerate(municipalities)
        ]
    ranked.sort(key=lambda entry: entry[:2])
    return [municipality for _share, _name, municipality in ranked[:count]]


# --- Sizes and what exists ----------------------------------------------------------------------


def per_site(scale):
    """PER_SITE at a scale: at least one of each."""
    return {kind: max(1, round(number * scale)) for kind, number in PER_SITE.items()}


@dataclass
class Existing:
    municipalities: int
    pages: int
    members: int
    news: int

    def matches(self, municipalities, scale):
        """Whether this is the data set generate() makes at that size and scale."""
        return self.municipalities == municipalities and self.news == per_site(scale)["news"] * (
            municipalities + 1
        )


def existing():
    """What the database holds of a data set or the demo already; None when it holds none."""
    if not NationalHomePage.objects.exists():
        return None
    return Existing(
        municipalities=MunicipalityHomePage.objects.filter(locale=Locale.get_default()).count(),
        pages=Page.objects.count(),
        members=Profile.objects.count(),
        news=NewsPage.objects.count(),
    )


def clear():
    """Empty every table (what --replace does before generating anew): `flush`, after which
    home.setup makes the tree's roots and the languages again."""
    call_command("flush", interactive=False, verbosity=0)


# --- Progress -----------------------------------------------------------------------------------


class Progress:
    """What generate() reports to: steps with a known number of units, advanced as they are
    done. This one is silent; the command draws a bar."""

    def start(self, label, total):
        pass

    def advance(self, units=1):
        pass

    def finish(self):
        pass


@dataclass
class Report:
    municipalities: int
    per_site: dict
    counts: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)  # per step
    problems: tuple = ()

    @property
    def total_seconds(self):
        return sum(self.seconds.values())


# --- Pages in bulk ------------------------------------------------------------------------------


class PageRows:
    """Live pages written in bulk under existing parents or under each other, with the tree
    path, depth, child count and URL path treebeard and Wagtail would give them."""

    def __init__(self, locale):
        self.locale_id = locale.pk
        self.pages = []
        self.next_step = {}  # a parent's path: the step of its next child
        self.children = defaultdict(int)  # a parent's path: children added in this batch

    def _step(self, parent):
        step = self.next_step.get(parent.path)
        if step is None:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.next_step[parent.path] = step + 1
        return step

    def add(self, parent, page, published_at):
        """Place `page` (a specific page, not saved) as the last child of `parent` (saved, or
        added before in this batch)."""
        page.slug = page.slug or slugify(page.title)[:255]
        page.path = Page._get_path(parent.path, parent.depth + 1, self._step(parent))
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = self.locale_id
        page.translation_key = uuid.uuid4()
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = published_at
        self.next_step[page.path] = 1
        self.children[parent.path] += 1
        self.pages.append(page)
        return page

    def save(self):
        """Write the batch: the Page rows, then each type's own rows; parents that were saved
        before get their new child counts. Returns the pages, with their ids."""
        pages = self.pages
        in_batch = {page.path: page for page in pages}
        for path, count in self.children.items():
            if path in in_batch:
                in_batch[path].numchild = count
        Page.objects.bulk_create(pages, batch_size=BATCH)
        by_model = defaultdict(list)
        for page in pages:
            page.page_ptr_id = page.id
            by_model[type(page)].append(page)
        for model, rows in by_model.items():
            _insert_own_rows(model, rows)
        for path, count in self.children.items():
            if path not in in_batch:
                Page.objects.filter(path=path).update(numchild=F("numchild") + count)
        self.pages = []
        self.children = defaultdict(int)
        return pages


def _insert_own_rows(model, pages):
    """The rows of a page type's own table (its fields and page_ptr_id) for pages whose Page
    row exists. bulk_create refuses multi-table inheritance, so this uses the insert it is
    built on (QuerySet._insert), with the type's local fields only."""
    parents = model._meta.get_parent_list()
    if parents != [Page]:
        raise DatasetError(f"{model.__name__}: only page types directly on Page are supported")
    fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(pages[start : start + BATCH], fields=fields)


def _link(model, field_name, pairs):
    """Rows of a many-to-many relation (e.g. a page type's themes): [(object, related id)]."""
    relation = model._meta.get_field(field_name)
    through = relation.remote_field.through
    own, other = relation.m2m_column_name(), relation.m2m_reverse_name()
    through.objects.bulk_create(
        [through(**{own: obj.pk, other: related}) for obj, related in pairs], batch_size=BATCH
    )


@contextmanager
def dates_as_given(*models):
    """Let bulk_create keep the dates set on the rows (auto_now and auto_now_add would make
    every comment and post 'now')."""
    changed = [
        (field, field.auto_now, field.auto_now_add)
        for model in models
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    for model_field, _auto_now, _auto_now_add in changed:
        model_field.auto_now = model_field.auto_now_add = False
    try:
        yield
    finally:
        for model_field, auto_now, auto_now_add in changed:
            model_field.auto_now, model_field.auto_now_add = auto_now, auto_now_add


def tree_problems():
    """What treebeard's Page.find_problems() checks, from one query over the whole tree
    (find_problems asks two queries per page: many minutes at 100,000 pages). Five lists of
    page ids, as find_problems returns them: paths with characters outside the alphabet,
    paths whose length is no multiple of the step, orphans, wrong depths, wrong child counts."""
    alphabet, steplen = set(Page.alphabet), Page.steplen
    rows = list(Page.objects.values_list("pk", "path", "depth", "numchild"))
    paths = {path for _pk, path, _depth, _numchild in rows}
    children = Counter(path[:-steplen] for _pk, path, _depth, _numchild in rows)
    evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild = [], [], [], [], []
    for pk, path, depth, numchild in rows:
        if not set(path) <= alphabet:
            evil_chars.append(pk)
        elif len(path) % steplen:
            bad_steplen.append(pk)
        elif len(path) > steplen and path[:-steplen] not in paths:
            orphans.append(pk)
        elif depth != len(path) // steplen:
            wrong_depth.append(pk)
        elif numchild != children[path]:
            wrong_numchild.append(pk)
    return evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild


# --- Words --------------------------------------------------------------------------------------

ACTIVITIES = {
    "groen": ["de buurttuin", "het bosonderhoud", "de moestuin bij het azc", "de pluktuin"],
    "zorg": ["de wandelclub", "de kookgroep", "de koffieochtend in het zorgcentrum"],
    "sport": ["de voetbalclub", "het zwembad", "de hardloopgroep", "het sporttoernooi"],
    "evenementen": ["het buurtfeest", "Koningsdag", "het zomerfestival", "de braderie"],
    "taal": ["het taalcafé", "de voorleesgroep", "de taalwandeling"],
    "gezondheid": ["de fietsles", "de beweeggroep", "de yogales in het park"],
    "werk-en-participatie": ["de fietsenwerkplaats", "de kringloopwinkel", "het repaircafé"],
}
THEME_SLUGS = list(ACTIVITIES)

NEWS_TITLES = [
    "{Activity} in {place} zoekt nieuwe vrijwilligers",
    "Bewoners van het azc helpen mee bij {activity} in {place}",
    "{place}: een nieuwe groep voor {activity}",
    "Terugblik op {activity} in {place}",
    "{place} breidt {activity} uit",
]
BLOG_TITLES = [
    "Mijn eerste maand bij {activity} in {place}",
    "Wat ik leerde bij {activity}",
    "Samen aan de slag bij {activity} in {place}",
]
PRACTICE_TITLES = [
    "{Activity} met bewoners van het azc in {place}",
    "Zo organiseert {place} {activity}",
    "Vrijwilligers en nieuwkomers samen bij {activity}",
]
EVENT_TITLES = [
    "Meedoen bij {activity} in {place}",
    "{Activity}: iedereen welkom",
    "Kennismaken met {activity}",
    "Open middag bij {activity} in {place}",
]
POST_TITLES = {
    Post.Kind.REQUEST: "Wie gaat er mee naar {activity}?",
    Post.Kind.OFFER: "Ik help graag bij {activity}",
    Post.Kind.CALL: "Oproep: handen nodig bij {activity}",
    Post.Kind.TASK: "Klus bij {activity} in {place}",
}
PARAGRAPHS = [
    "Elke week werken bewoners van het azc in {place} samen met vrijwilligers uit de buurt "
    "bij {activity}. Ze leren elkaar kennen, oefenen Nederlands en doen iets voor de buurt.",
    "De vrijwilligerscentrale brengt de groepen samen en zorgt voor begeleiding. Nieuwe "
    "deelnemers kunnen altijd een keer komen kijken; ervaring is niet nodig.",
    "Wie mee wil doen, meldt zich bij het projectteam van Aan de Slag in {place}. Een tolk "
    "of taalmaatje helpt waar dat nodig is.",
    "Na afloop drinken we samen koffie of thee. Zo ontstaan gesprekken, vriendschappen en "
    "soms een eerste stap naar werk of een opleiding.",
]
COMMENTS = [
    "Wat mooi om te lezen! Ik doe graag mee.",
    "Hoe laat beginnen jullie precies?",
    "Vorige week was ik er ook bij, heel gezellig.",
    "Goed initiatief, ik vertel het door aan mijn buren.",
    "Kan ik ook een keer komen kijken zonder aanmelding?",
    "Dank aan alle vrijwilligers!",
    "Is er ook iets voor kinderen?",
    "Ik spreek nog niet goed Nederlands, mag ik toch komen?",
]
FIRST_NAMES = [
    "Amira", "Jan", "Fatima", "Pieter", "Yonas", "Sanne", "Ahmad", "Eva", "Hassan", "Lotte",
    "Mariam", "Daan", "Olena", "Bram", "Tesfay", "Noor", "Reza", "Femke", "Aylin", "Joris",
    "Samira", "Kees", "Dawit", "Ilse", "Omar", "Anouk", "Yusuf", "Wouter", "Selam", "Iris",
]  # fmt: skip
STREETS = ["Dorpsstraat", "Kerkweg", "Stationsplein", "Molenstraat", "Parklaan", "Schoolstraat"]
LOCATIONS = ["Buurthuis", "Bibliotheek", "Sportpark", "Ingang azc", "Wijkcentrum", "Stadstuin"]


def _stable_number(text):
    """A number for a text, the same in every process (hash() is not)."""
    return zlib.crc32(text.encode())


class Words:
    """The texts of one site, varied but the same on every run (a seeded random)."""

    def __init__(self, seed, place):
        self.random = random.Random(seed)
        self.place = place

    def theme(self):
        return self.random.choice(THEME_SLUGS)

    def fill(self, template, theme):
        activity = self.random.choice(ACTIVITIES[theme])
        text = template.format(
            activity=activity, Activity=activity[0].upper() + activity[1:], place=self.place
        )
        return text[0].upper() + text[1:]

    def title(self, templates, theme, number):
        # The number keeps titles (and so slugs) unique among their siblings.
        return f"{self.fill(self.random.choice(templates), theme)} ({number})"

    def paragraphs(self, theme, count=3):
        return [self.fill(text, theme) for text in self.random.sample(PARAGRAPHS, count)]

    def body(self, theme):
        return _stream([("paragraph", text) for text in self.paragraphs(theme)])

    def rich(self, theme):
        return RichText("".join(f"<p>{text}</p>" for text in self.paragraphs(theme, 2))).source


# --- Generating ---------------------------------------------------------------------------------


@dataclass
class SiteContent:
    """One site being filled: its home, its sections and who posts there."""

    home: Page
    name: str
    slug: str
    place: str
    national: bool = False
    sections: dict = field(default_factory=dict)
    members: list = field(default_factory=list)


class Generator:
    def __init__(self, municipalities, scale, progress):
        self.municipalities = chosen(municipalities)
        self.numbers = per_site(scale)
        self.progress = progress
        self.report = Report(municipalities=len(self.municipalities), per_site=self.numbers)
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.counts = defaultdict(int)

    @contextmanager
    def step(self, key, label, total):
        self.progress.start(label, total)
        started = time.perf_counter()
        yield
        self.report.seconds[key] = time.perf_counter() - started
        self.progress.finish()

    def run(self):
        with receivers_muted("core.signals"), transaction.atomic():
            with self.step("national", "Landelijke site", 1):
                national = self.national_site()
                self.progress.advance()
            with self.step("provisioning", "Gemeenten inrichten", len(self.municipalities)):
                sites = [national, *self.provision()]
            self.rows = PageRows(Locale.get_default())
            with self.step("content", "Inhoud per site", len(sites)):
                for site in sites:
                    self.fill(site)
                    self.progress.advance()
            indexed = self.indexed_querysets()
            total = sum(queryset.count() for _model, queryset in indexed)
            with self.step("search", "Zoekindex", total):
                self.index(indexed)
            # Nothing cached before this run is read again (page chrome, listings, pages).
            transaction.on_commit(everything_stale)
        if connection.vendor == "postgresql":
            # Statistics for the planner, as a database of this size would have them.
            with self.step("analyze", "Statistieken", 1), connection.cursor() as cursor:
                cursor.execute("ANALYZE")
                self.progress.advance()
        with self.step("check", "Controle van de boom", 1):
            self.report.problems = tuple(
                problem for problems in tree_problems() for problem in problems
            )
            self.progress.advance()
        self.report.counts = {
            "gemeenten": len(self.municipalities),
            "pagina's": Page.objects.count(),
            **self.counts,
        }
        return self.report

    # The national site and the municipalities: the product's own set-up.

    def national_site(self):
        national = ensure_national_site()
        home = national.home
        _fill_national_home(home)
        pages = {
            slug: _ensure_standard_page(home, slug, title, in_menu, intro, paragraphs)
            for slug, title, in_menu, intro, paragraphs in content.NATIONAL_PAGES
        }
        SiteSettings.objects.filter(site=national.site).update(
            contact_page=pages["contact"], privacy_page=pages["privacy"]
        )
        themes = _ensure_themes()
        self.themes = {slug: theme.pk for slug, theme in themes.items()}
        sections = {
            "news": _ensure_index(home, NewsIndexPage, "Nieuws", "nieuws", "Het laatste nieuws."),
            "blogs": _ensure_index(home, BlogIndexPage, "Blogs", "blogs", "Ervaringen."),
            "practices": _ensure_index(
                home,
                PracticeIndexPage,
                "Praktijkvoorbeelden",
                "praktijkvoorbeelden",
                "Zo werkt Aan de Slag in de praktijk.",
            ),
            "events": _ensure_index(
                home, EventCalendarPage, "Kalender", "kalender", "Activiteiten in het land."
            ),
            "posts": _ensure_index(
                home, BulletinBoardPage, "Prikbord", "prikbord", "Vragen en aanbod."
            ),
            "directory": _ensure_index(
                home, DirectoryPage, "Deelnemers", "deelnemers", "Wie doet er mee."
            ),
        }
        _ensure_instruments(home, themes)
        pictures = ensure_pictures(national_collection())
        self.pictures = {theme: pictures[kind].pk for theme, kind in PICTURE_FOR_THEME.items()}
        return SiteContent(
            home=home,
            name="Nederland",
            slug="landelijk",
            place="Nederland",
            national=True,
            sections=sections,
        )

    def provision(self):
        sites = []
        for municipality in self.municipalities:
            provisioned = provision_municipality(
                municipality.name, province=municipality.province, place=municipality.place
            )
            home = provisioned.home
            place = municipality.place or municipality.name
            MunicipalityHomePage.objects.filter(pk=home.pk).update(
                intro=f"Samen vrijwilligerswerk doen in {municipality.name}: bewoners van het "
                "azc en vrijwilligers uit de buurt.",
                listing_summary=f"Aan de Slag in {municipality.name}.",
                contact_name="Projectteam Aan de Slag",
                contact_organisation=f"Vrijwilligerscentrale {municipality.name}",
                contact_email=f"aandeslag@{home.slug}.example.nl",
            )
            sites.append(
                SiteContent(home=home, name=municipality.name, slug=home.slug, place=place)
            )
            self.progress.advance()
        self.local_partners(sites)
        return sites

    def local_partners(self, sites):
        partners = Partner.objects.bulk_create(
            [
                Partner(name=f"{prefix} {site.name}", kind=kind)
                for site in sites
                for prefix, kind in (
                    ("Vrijwilligerscentrale", Partner.Kind.VOLUNTEER_CENTRE),
                    ("COA-locatie", Partner.Kind.AZC),
                )
            ],
            batch_size=BATCH,
        )
        LocalPartner.objects.bulk_create(
            [
                LocalPartner(page_id=sites[n // 2].home.pk, partner=partner, sort_order=n % 2)
                for n, partner in enumerate(partners)
            ],
            batch_size=BATCH,
        )

    # A site's content, in bulk.

    def fill(self, site):
        words = Words(site.slug, site.place)
        if not site.national:
            self.add_sections(site)
        items = {
            "news": self.articles(site, words, "news", NewsPage, NEWS_TITLES),
            "blogs": self.articles(site, words, "blogs", BlogPage, BLOG_TITLES),
            "practices": self.practices(site, words),
            "events": self.events(site, words),
        }
        self.rows.save()
        for kind, pages in items.items():
            self.counts[LABELS[kind]] += len(pages)
        self.link_themes(items)
        self.link_municipalities(site, items["practices"], words)
        self.members(site, words)
        self.posts(site, words)
        self.comments(site, words, [page for pages in items.values() for page in pages])

    def add_sections(self, site):
        home, name = site.home, site.name
        sections = [
            ("news", NewsIndexPage(title="Nieuws", slug="nieuws", intro=f"Nieuws uit {name}.")),
            ("blogs", BlogIndexPage(title="Blogs", slug="blogs", intro="Ervaringen.")),
            (
                "practices",
                PracticeIndexPage(
                    title="Praktijkvoorbeelden",
                    slug="praktijkvoorbeelden",
                    intro=f"Praktijkvoorbeelden uit {name}.",
                ),
            ),
            (
                "events",
                EventCalendarPage(
                    title="Kalender", slug="kalender", intro=f"Doe mee in {site.place}."
                ),
            ),
            (
                "posts",
                BulletinBoardPage(
                    title="Prikbord", slug="prikbord", intro=f"Vragen en aanbod in {name}."
                ),
            ),
            (
                "directory",
                DirectoryPage(
                    title="Deelnemers", slug="deelnemers", intro=f"Wie doet mee in {name}."
                ),
            ),
        ]
        published = self.now - timedelta(days=800)
        for kind, page in sections:
            page.show_in_menus = True
            site.sections[kind] = self.rows.add(home, page, published)

    def published(self, number, total, days):
        """The publication moment of item `number` of `total`, spread over the last `days`."""
        days_ago = days * (total - number) // max(total, 1)
        return self.now - timedelta(days=days_ago, hours=number % 9)

    def common(self, words, theme, site, number, total, days=730):
        published = self.published(number, total, days)
        return published, {
            "publication_date": timezone.localdate(published),
            "listing_image_id": self.pictures.get(theme),
            "show_on_all_sites": site.national and number % 10 == 0,
            "featured": number >= total - 2,
            # The latest item of one municipality in ten leads the national home too.
            "featured_nationally": not site.national
            and number == total - 1
            and _stable_number(site.slug) % 10 == 0,
        }

    def articles(self, site, words, kind, model, titles):
        total = self.numbers[kind]
        pages = []
        for number in range(total):
            theme = words.theme()
            published, fields = self.common(words, theme, site, number, total)
            extra = {"author_name": words.random.choice(FIRST_NAMES)} if model is BlogPage else {}
            page = model(
                title=words.title(titles, theme, number + 1),
                intro=words.fill(PARAGRAPHS[0], theme),
                body=words.body(theme),
                **fields,
                **extra,
            )
            page._dataset_themes = [theme]
            pages.append(self.rows.add(site.sections[kind], page, published))
        return pages

    def practices(self, site, words):
        total = self.numbers["practices"]
        pages = []
        for number in range(total):
            theme = words.theme()
            published, fields = self.common(words, theme, site, number, total, days=1100)
            page = PracticeExamplePage(
                title=words.title(PRACTICE_TITLES, theme, number + 1),
                summary=words.fill(PARAGRAPHS[0], theme),
                why_and_goal=words.rich(theme),
                approach=words.rich(theme),
                results=words.rich(theme),
                target_group="Bewoners van het azc en vrijwilligers uit de buurt",
                start_date=fields["publication_date"] - timedelta(days=90),
                status=PracticeStatus.FINISHED if number % 4 == 0 else PracticeStatus.RUNNING,
                contact_name="Projectteam Aan de Slag",
                **fields,
            )
            page._dataset_themes = sorted({theme, words.theme()})
            pages.append(self.rows.add(site.sections["practices"], page, published))
        return pages

    def events(self, site, words):
        """Spread over the half year before and after today; every third one weekly, twelve
        times; one in ten takes sign-ups."""
        total = self.numbers["events"]
        pages = []
        for number in range(total):
            theme = words.theme()
            day = self.today + timedelta(days=-182 + (364 * number) // max(total, 1))
            hour = (10, 14, 19)[number % 3]
            start = recurrence.aware(datetime.combine(day, clock(hour)))
            weekly = number % WEEKLY_SHARE == 0
            _published, fields = self.common(words, theme, site, number, total)
            page = EventPage(
                title=words.title(EVENT_TITLES, theme, number + 1),
                intro=words.fill(PARAGRAPHS[0], theme),
                body=words.body(theme),
                start=start,
                end=start + timedelta(hours=2),
                location_name=f"{words.random.choice(LOCATIONS)} {site.place}",
                street=f"{words.random.choice(STREETS)} {1 + number % 80}",
                postcode=f"{1000 + _stable_number(site.slug) % 8000} AB",
                place=site.place,
                organiser=f"Vrijwilligerscentrale {site.name}",
                signup_capacity=12 if number % 10 == 0 else None,
                no_dutch_needed=number % 4 == 0,
                **fields,
            )
            if weekly:
                page.repeat_frequency = "weekly"
                page.repeat_count = WEEKLY_TIMES
            page.normalise_times()
            page.series_end = recurrence.series_end(page)
            page._dataset_themes = [theme]
            published = min(self.now, start - timedelta(days=21))
            page.publication_date = timezone.localdate(published)
            pages.append(self.rows.add(site.sections["events"], page, published))
        return pages

    def link_themes(self, items):
        for pages in items.values():
            if pages:
                _link(
                    type(pages[0]),
                    "themes",
                    [(page, self.themes[slug]) for page in pages for slug in page._dataset_themes],
                )

    def link_municipalities(self, site, practices, words):
        """A local practice example involves its own municipality; a national one two others
        (so the national index's municipality filter finds some)."""
        if not practices:
            return
        if site.national:
            homes = list(MunicipalityHomePage.objects.values_list("pk", flat=True))
            pairs = [
                (page, home)
                for page in practices
                for home in (words.random.sample(homes, min(2, len(homes))) if homes else [])
            ]
        else:
            pairs = [(page, site.home.pk) for page in practices]
        _link(PracticeExamplePage, "involved_municipalities", pairs)

    def members(self, site, words):
        User = get_user_model()
        total = self.numbers["members"]
        password = make_password(None)  # no login with a password: the rows only fill pages
        users = User.objects.bulk_create(
            [
                User(
                    username=f"lid-{site.slug}-{number}",
                    email=f"lid-{site.slug}-{number}@example.org",
                    password=password,
                    date_joined=self.now - timedelta(days=number),
                )
                for number in range(total)
            ],
            batch_size=BATCH,
        )
        EmailAddress.objects.bulk_create(
            [
                EmailAddress(user=user, email=user.email, verified=True, primary=True)
                for user in users
            ],
            batch_size=BATCH,
        )
        roles = list(Profile.Role)
        Profile.objects.bulk_create(
            [
                Profile(
                    user=user,
                    display_name=f"{words.random.choice(FIRST_NAMES)} {chr(65 + number % 26)}.",
                    municipality_id=None if site.national else site.home.pk,
                    role=roles[number % len(roles)],
                    show_role=number % 2 == 0,
                    in_directory=number % 3 == 0,
                )
                for number, user in enumerate(users)
            ],
            batch_size=BATCH,
        )
        site.members = users
        self.counts[LABELS["members"]] += len(users)

    def posts(self, site, words):
        total = self.numbers["posts"]
        kinds = list(Post.Kind)
        posts = []
        for number in range(total):
            theme = words.theme()
            kind = kinds[number % len(kinds)]
            created = self.now - timedelta(days=(60 * (total - number)) // total, hours=number % 7)
            task = kind == Post.Kind.TASK
            post = Post(
                board_id=site.sections["posts"].pk,
                author=site.members[number % len(site.members)],
                kind=kind,
                title=words.fill(POST_TITLES[kind], theme)[:110] + f" ({number + 1})",
                body=" ".join(words.paragraphs(theme, 2)),
                place=site.place,
                # One in ten has run out; the others stay up for weeks.
                expires_on=self.today + timedelta(days=-3 if number % 10 == 0 else 30 + number),
                status=Post.Status.APPROVED,
                moderated_at=created,
                created_at=created,
                updated_at=created,
                organisation=f"Vrijwilligerscentrale {site.name}" if task else "",
                task=words.fill(PARAGRAPHS[0], theme) if task else "",
                when="Elke zaterdag" if task else "",
                weekly=task,
                meeting_point=f"{words.random.choice(LOCATIONS)} {site.place}" if task else "",
                group_size_min=3 if task else None,
                group_size_max=8 if task else None,
            )
            post._dataset_theme = theme
            posts.append(post)
        with dates_as_given(Post):
            posts = Post.objects.bulk_create(posts, batch_size=BATCH)
        _link(Post, "themes", [(post, self.themes[post._dataset_theme]) for post in posts])
        self.counts[LABELS["posts"]] += len(posts)

    def comments(self, site, words, pages):
        """Comments on the site's pages, after each page's publication; every fifth answers an
        earlier comment on the same page."""
        if not pages:
            return
        total = self.numbers["comments"]
        top, replies = [], []
        for number in range(total):
            page = pages[(number * 7) % len(pages)]
            since = max(self.now - page.first_published_at, timedelta(hours=1))
            created = page.first_published_at + since * ((number % 10) + 1) / 11
            comment = Comment(
                page_id=page.pk,
                author=site.members[(number * 3) % len(site.members)],
                body=words.random.choice(COMMENTS),
                status=Comment.Status.APPROVED,
                created_at=created,
            )
            (replies if number % 5 == 4 else top).append(comment)
        with dates_as_given(Comment):
            top = Comment.objects.bulk_create(top, batch_size=BATCH)
            on_page = defaultdict(list)
            for comment in top:
                on_page[comment.page_id].append(comment)
            answered = []
            for comment in replies:
                parents = on_page.get(comment.page_id)
                if parents:
                    parent = parents[0]
                    comment.parent_id = parent.pk
                    comment.created_at = max(comment.created_at, parent.created_at)
                answered.append(comment)
            Comment.objects.bulk_create(answered, batch_size=BATCH)
        self.counts[LABELS["comments"]] += len(top) + len(answered)

    # The search index: what update_index does, with progress.

    def indexed_querysets(self):
        return [
            (model, model.get_indexed_objects().order_by("pk")) for model in get_indexed_models()
        ]

    def index(self, indexed):
        backend = get_search_backend()
        rebuilders = {}
        for model, queryset in indexed:
            index = backend.get_index_for_model(model)
            if index is None:
                continue
            if index.get_key() not in rebuilders and backend.rebuilder_class:
                rebuilders[index.get_key()] = backend.rebuilder_class(index)
                rebuilders[index.get_key()].start()
            index.add_model(model)
            last_pk = None
            while True:
                chunk = queryset.filter(pk__gt=last_pk) if last_pk is not None else queryset
                chunk = list(chunk[:BATCH])
                if not chunk:
                    break
                if connection.vendor == "postgresql":
                    index_on_postgresql(backend, model, chunk)
                else:
                    index.add_items(model, chunk)
                last_pk = chunk[-1].pk
                self.progress.advance(len(chunk))
        for rebuilder in rebuilders.values():
            rebuilder.finish()  # the title norms, over the whole index


def _vector(texts, config):
    """(sql, params) of the tsvector modelsearch's ObjectIndexer.as_vector makes of
    [(text, weight)], as Django compiles it."""
    texts = [(text.strip(), weight) for text, weight in texts]
    texts = [(text, weight) for text, weight in texts if text]
    if not texts:
        return "to_tsvector(COALESCE(%s, %s))", ["", ""]
    sql = " || ".join(["setweight(to_tsvector(%s::regconfig, COALESCE(%s, %s)), %s)"] * len(texts))
    params = [value for text, weight in texts for value in (config, text, "", weight)]
    return (f"({sql})" if len(texts) > 1 else sql), params


def index_on_postgresql(backend, model, objects):
    """The index rows modelsearch's PostgresIndex.add_items writes (what update_index calls),
    three times as fast: each field's text is read once per object (add_items reads every
    field five times: for the title, the body, the autocomplete and their plain texts), the
    vectors' SQL is written as Django would compile it rather than through expressions, and the
    title norms are computed once at the end, by the rebuilder (add_items also recomputes them
    over the whole index after every chunk)."""
    from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer
    from modelsearch.index import AutocompleteField, SearchField
    from modelsearch.utils import get_content_type_pk

    content_type = get_content_type_pk(model)
    rows, params = [], []
    for obj in objects:
        indexer = ObjectIndexer(obj, backend)
        titles, bodies, completions = [], [], []
        for search_field in indexer.search_fields:
            for found, weight, value in indexer.prepare_field(obj, search_field):
                if isinstance(found, SearchField):
                    (titles if found.field_name == "title" else bodies).append((value, weight))
                elif isinstance(found, AutocompleteField):
                    completions.append((value, weight))
        vectors = [
            _vector(titles, backend.config),
            _vector(completions, backend.autocomplete_config),
            _vector(bodies, backend.config),
        ]
        rows.append("(%s, %s, " + ", ".join(sql for sql, _params in vectors) + ", 1.0, %s, %s)")
        params += [content_type, str(obj.pk)]
        for _sql, vector_params in vectors:
            params += vector_params
        params += [
            " ".join(text.strip() for text, _weight in titles if text.strip()),
            " ".join(text.strip() for text, _weight in bodies if text.strip()),
        ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, "
            "autocomplete, body, title_norm, title_text, body_text) "
            f"VALUES {', '.join(rows)} "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
            "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
            "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            params,
        )


def generate(municipalities, scale=1.0, progress=None):
    """Make the data set on a database without one (see existing() and clear()): the national
    site and `municipalities` of the 342, with PER_SITE × `scale` of everything per site."""
    if not 1 <= municipalities <= COUNTRY_SIZE:
        raise DatasetError(f"Kies 1 tot en met {COUNTRY_SIZE} gemeenten.")
    if scale <= 0:
        raise DatasetError("De schaal moet groter dan 0 zijn.")
    if existing() is not None:
        raise DatasetError("De database heeft al een dataset of demo.")
    return Generator(municipalities, scale, progress or Progress()).run()
