"""Every listing and home page issues a fixed number of SQL queries, at most 13, whether it
shows 5 items or 50 (with listing images and their renditions). A ?q= asks the search index
three times (core.search: whole words, word starts, parts of words); 12 without it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import BlogIndexPage, BlogPage
from tests.factories import (
    add_news,
    add_practice,
    image,
    municipality,
    national_home,
    news_index,
    practice_index,
)

# The counts are taken in `counted`, with the anonymous page cache off (a hit costs none).
pytestmark = pytest.mark.django_db

BUDGET = 13


def count_queries(client, path):
    client.get(path)  # warm the per-process caches (site root paths, site chrome)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_items(kind, numbers, picture):
    """Items of one kind, half national (flagged for all sites) and half Alkmaar's, so both
    national and local listings grow."""
    national = national_home()
    alkmaar = municipality("alkmaar")
    for n in numbers:
        home = national if n % 2 else alkmaar
        if kind == "news":
            add_news(
                news_index(home),
                f"Nieuws {n}",
                themes=["groen", "taal"],
                listing_image=picture,
                show_on_all_sites=True,
                # Some lead the home pages (core.sections.featured_lead).
                featured=n % 3 == 0,
                featured_nationally=n % 4 == 0,
            )
        elif kind == "practices":
            add_practice(
                practice_index(home),
                f"Voorbeeld {n}",
                themes=["groen", "zorg"],
                municipalities=[alkmaar],
                listing_image=picture,
                show_on_all_sites=True,
                featured=n % 3 == 0,
            )
        else:
            index = BlogIndexPage.objects.child_of(national).get()
            index.add_child(
                instance=BlogPage(
                    title=f"Blog {n}", intro="Ervaring", listing_image=picture, featured=n % 3 == 0
                )
            )


PAGES = [
    ("localhost", "/", "news"),
    ("localhost", "/", "blogs"),
    ("localhost", "/", "practices"),
    ("alkmaar.localhost", "/", "news"),
    ("alkmaar.localhost", "/", "practices"),
    ("localhost", "/gemeenten/alkmaar/", "practices"),
    ("localhost", "/nieuws/", "news"),
    ("localhost", "/nieuws/?thema=groen&gemeente=alkmaar", "news"),
    ("alkmaar.localhost", "/nieuws/", "news"),
    ("localhost", "/blogs/", "blogs"),
    ("localhost", "/praktijkvoorbeelden/", "practices"),
    ("localhost", "/praktijkvoorbeelden/?thema=groen&q=voorbeeld&sorteer=az", "practices"),
    ("alkmaar.localhost", "/praktijkvoorbeelden/", "practices"),
    ("localhost", "/instrumenten/", "practices"),
    ("localhost", "/gemeenten/", "news"),
]


@pytest.fixture(scope="module")
def counted(module_world):
    """{(host, path): (queries with 5 items, with 50)}: each kind's pages counted with 5
    items of it, then again after 45 more; the kinds one after another in one world, so a
    later kind's pages are counted with the earlier kinds' 50 items there too."""
    from django.test import Client, override_settings

    counts = {}
    with module_world(), override_settings(PROGRAM_PAGE_CACHE=False):
        picture = image()
        for kind in dict.fromkeys(kind for _host, _path, kind in PAGES):
            pages = [(host, path) for host, path, of in PAGES if of == kind]
            add_items(kind, range(5), picture)
            with_5 = {page: count_queries(Client(HTTP_HOST=page[0]), page[1]) for page in pages}
            add_items(kind, range(5, 50), picture)
            for page in pages:
                counts[page] = (with_5[page], count_queries(Client(HTTP_HOST=page[0]), page[1]))
    return counts


@pytest.mark.parametrize("host,path,kind", PAGES)
def test_fixed_query_count_with_5_and_50_items(counted, host, path, kind):
    with_5, with_50 = counted[host, path]
    assert with_5 == with_50, f"{path}: {with_5} queries with 5 items, {with_50} with 50"
    assert with_50 <= BUDGET, f"{path}: {with_50} queries, budget {BUDGET}"
