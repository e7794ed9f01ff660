"""Small builders for test content on top of the seeded demo tree."""

from datetime import date, timedelta

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from blog.models import NewsIndexPage, NewsPage
from core.models import Theme
from home.models import NationalHomePage
from municipalities.models import MunicipalityHomePage
from practices.models import PracticeExamplePage, PracticeIndexPage


def national_home():
    return NationalHomePage.objects.get(depth=2)


def municipality(slug):
    return MunicipalityHomePage.objects.get(slug=slug)


def news_index(home):
    return NewsIndexPage.objects.child_of(home).get()


def practice_index(home):
    return PracticeIndexPage.objects.child_of(home).get()


def theme(slug):
    return Theme.objects.get(slug=slug)


def image(title="Testbeeld"):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(), collection=Collection.get_first_root_node()
    )


def add_news(index, title, *, days_ago=0, themes=(), **fields):
    fields.setdefault("intro", f"Inleiding bij {title}.")
    page = NewsPage(title=title, publication_date=date.today() - timedelta(days=days_ago), **fields)
    page.themes = [theme(slug) for slug in themes]
    return index.add_child(instance=page)


def add_practice(index, title, *, themes=("groen",), municipalities=(), days_ago=0, **fields):
    fields.setdefault("summary", f"Samenvatting van {title}.")
    page = PracticeExamplePage(
        title=title, publication_date=date.today() - timedelta(days=days_ago), **fields
    )
    page.themes = [theme(slug) for slug in themes]
    page.involved_municipalities = list(municipalities)
    return index.add_child(instance=page)
