"""The national site (through home.setup, the product's own set-up), its sections and
standard pages."""

import factory
import wagtail_factories
from wagtail.models import Site

from home.models import NationalHomePage, StandardPage
from home.setup import ensure_national_site
from members.models import DirectoryPage
from tests.factories.blog import BlogIndexPageFactory, NewsIndexPageFactory
from tests.factories.board import BulletinBoardPageFactory
from tests.factories.events import EventCalendarPageFactory
from tests.factories.practices import InstrumentIndexPageFactory, PracticeIndexPageFactory


class DirectoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DirectoryPage
        django_get_or_create = ("parent",)

    title = "Deelnemers"
    slug = "deelnemers"
    show_in_menus = True


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    # Blank: Wagtail makes the slug from the title, unique among the siblings.
    slug = ""
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = factory.LazyAttribute(lambda o: f"Over {o.title}.")


# The sections every home has (DESIGN.md, "Shape"); the instruments are national only.
SECTIONS = [
    NewsIndexPageFactory,
    BlogIndexPageFactory,
    EventCalendarPageFactory,
    BulletinBoardPageFactory,
    PracticeIndexPageFactory,
    DirectoryPageFactory,
]


def add_sections(home, sections=SECTIONS):
    for section in sections:
        section(parent=home)


def national_home():
    """The national home with its sections, made on first use."""
    home = NationalHomePage.objects.filter(depth=2).first()
    if home is not None and Site.objects.filter(is_default_site=True).exists():
        return home
    home = ensure_national_site().home
    add_sections(home, [*SECTIONS, InstrumentIndexPageFactory])
    return home


def national_site():
    national_home()
    return Site.objects.get(is_default_site=True)


def directory_of(home):
    return DirectoryPageFactory(parent=home)


def add_standard_page(parent, title, **fields):
    return StandardPageFactory(parent=parent, title=title, **fields)
