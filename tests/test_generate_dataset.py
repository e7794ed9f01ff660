"""generate_dataset at a tiny size (3 municipalities, scale 0.02): the page tree it writes in
bulk is what treebeard and Wagtail would have made, the counts follow PER_SITE, the sites serve
their pages with the generated content, and a database with a data set is not filled twice."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from blog.models import BlogPage, NewsIndexPage, NewsPage
from board.models import BulletinBoardPage, Post
from comments.models import Comment
from demo import dataset
from events.models import EventCalendarPage, EventPage
from members.models import Profile
from municipalities.models import MunicipalityHomePage
from practices.models import PracticeExamplePage

pytestmark = pytest.mark.django_db

SIZE = 3
SCALE = 0.02


@pytest.fixture
def generated(empty_database):
    call_command("generate_dataset", municipalities=SIZE, scale=SCALE, verbosity=0)
    return dataset.per_site(SCALE)


def local_path(page):
    return page.get_url_parts()[2]


def first_municipality():
    name = dataset.chosen(SIZE)[0].name
    home = MunicipalityHomePage.objects.get(title=name)
    return home, Site.objects.get(root_page=home)


def test_the_tree_is_valid(generated):
    assert all(not problems for problems in Page.find_problems())
    assert all(not problems for problems in dataset.tree_problems())
    # Every page is routable where its URL path says.
    for page in NewsPage.objects.all()[:5]:
        assert page.url_path == page.get_parent().url_path + page.slug + "/"


def test_counts_follow_the_size(generated):
    sites = SIZE + 1  # and the national one
    chosen = [municipality.name for municipality in dataset.chosen(SIZE)]
    homes = MunicipalityHomePage.objects.filter(locale=Locale.get_default())
    assert sorted(homes.values_list("title", flat=True)) == sorted(chosen)
    assert Site.objects.count() == sites
    assert NewsPage.objects.live().count() == generated["news"] * sites
    assert BlogPage.objects.count() == generated["blogs"] * sites
    assert PracticeExamplePage.objects.count() == generated["practices"] * sites
    events = EventPage.objects.all()
    assert events.count() == generated["events"] * sites
    assert events.exclude(repeat_rule="").count() == sites * len(
        range(0, generated["events"], dataset.WEEKLY_SHARE)
    )
    assert Post.objects.count() == generated["posts"] * sites
    assert Comment.objects.count() == generated["comments"] * sites
    assert Profile.objects.count() == generated["members"] * sites
    # Every page has its own table's row (the bulk insert wrote both).
    assert NewsPage.objects.filter(intro="").count() == 0


def test_a_municipality_serves_its_pages(generated, client_for):
    home, site = first_municipality()
    client = client_for(site.hostname)
    news_index = NewsIndexPage.objects.child_of(home).get()
    latest = NewsPage.objects.child_of(news_index).order_by("-publication_date").first()
    calendar = EventCalendarPage.objects.child_of(home).get()
    event = EventPage.objects.child_of(calendar).order_by("path").last()
    board = BulletinBoardPage.objects.child_of(home).get()
    post = Post.objects.filter(board=board, expires_on__gte=timezone.localdate()).first()

    start = event.start.astimezone(timezone.get_current_timezone())
    month = local_path(calendar) + calendar.reverse_subpage("month", args=(start.year, start.month))
    pages = [
        ("/", latest.title),
        (local_path(news_index), latest.title),
        (local_path(latest), latest.title),
        (local_path(event), event.title),
        (month, event.title),
        (local_path(board), post.title),
    ]
    for path, title in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert title in response.content.decode(), (path, title)


def test_the_search_finds_generated_pages(generated, client_for):
    home, _site = first_municipality()
    response = client_for("localhost").get("/zoeken/", {"q": home.title})
    assert response.status_code == 200
    titles = NewsPage.objects.descendant_of(home).values_list("title", flat=True)
    assert any(title in response.content.decode() for title in titles)


def test_a_database_with_a_data_set_is_refused(generated):
    with pytest.raises(CommandError, match="--replace"):
        call_command("generate_dataset", municipalities=SIZE, scale=SCALE, verbosity=0)
    pages = Page.objects.count()
    # What make bench asks: keep a data set of this size, and stop without error.
    call_command("generate_dataset", municipalities=SIZE, scale=SCALE, keep_existing=True)
    assert Page.objects.count() == pages
    # Another size or scale is refused all the same.
    with pytest.raises(CommandError):
        call_command("generate_dataset", municipalities=SIZE + 1, scale=SCALE, keep_existing=True)
    with pytest.raises(CommandError):
        call_command("generate_dataset", municipalities=SIZE, scale=1, keep_existing=True)
