"""Routing in Dutch finds the page along a path in two queries however deep
(core.language_tree.deepest_dutch_page_along), with Wagtail's answers: a routable page's own
routes before its children, a 404 for a path that goes on past a page, view restrictions of the
page and its ancestors (checked from the cached restricted paths, core.models.BasePage)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import (
    add_event,
    add_news,
    calendar_of,
    member,
    municipality,
    news_index,
    path_of,
)
from tests.factories.events import at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


@pytest.fixture
def item():
    return add_news(news_index(municipality("alkmaar")), "Fietsles in de wijk")


def test_a_page_is_found_on_its_own_host_and_on_the_national_one(client_for, item):
    local = client_for("alkmaar.localhost").get(path_of(item))
    assert local.status_code == 200
    assert "Fietsles in de wijk" in local.content.decode()
    national = client_for("localhost").get(f"/gemeenten/alkmaar{path_of(item)}")
    assert national.status_code == 200
    assert "Fietsles in de wijk" in national.content.decode()


def test_routing_costs_the_same_queries_at_any_depth(client_for, item):
    def queries(host, path):
        client = client_for(host)
        assert client.get(path).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    # Three levels deeper on the national host, and not one query more.
    assert queries("localhost", f"/gemeenten/alkmaar{path_of(item)}") == queries(
        "alkmaar.localhost", path_of(item)
    )


@pytest.mark.parametrize(
    "path",
    [
        "/nieuws/fietsles-in-de-wijk/verder/",
        "/nieuws/bestaat-niet/",
        "/bestaat-niet/nieuws/",
        "/nieuws/fietsles-in-de-wijk/rss/",
    ],
)
def test_a_path_past_or_beside_the_pages_is_not_found(client_for, item, path):
    assert client_for("alkmaar.localhost").get(path).status_code == 404


def test_a_routable_pages_own_routes_come_before_its_children(client_for):
    """Two events whose slugs are the calendar's own routes: as in Wagtail's routing, the
    calendar's archive and feed answer, not the events."""
    calendar = calendar_of(municipality("alkmaar"))
    start = at(2027, 3, 6, 10)
    for title in ("Archief", "iCal"):
        add_event(calendar, title, start, start + timedelta(hours=2))
    assert sorted(calendar.get_children().values_list("slug", flat=True)) == ["archief", "ical"]
    client = client_for("alkmaar.localhost")
    archive = client.get(f"{path_of(calendar)}archief/")
    assert archive.status_code == 200
    assert archive.context["page"].pk == calendar.pk
    assert client.get(f"{path_of(calendar)}ical/")["Content-Type"].startswith("text/calendar")
    assert client.get("/nieuws/rss/")["Content-Type"].startswith("application/rss+xml")


def test_a_restriction_on_a_section_keeps_its_pages_from_visitors(client_for, item):
    client = client_for("alkmaar.localhost")
    assert client.get(path_of(item)).status_code == 200  # the restricted paths, cached
    PageViewRestriction.objects.create(page=item.get_parent(), restriction_type="login")
    response = client.get(path_of(item))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    client.force_login(member())
    assert client.get(path_of(item)).status_code == 200


def test_an_alias_keeps_its_sources_restriction(client_for, item):
    PageViewRestriction.objects.create(page=item, restriction_type="login")
    utrecht = news_index(municipality("utrecht"))
    alias = item.create_alias(parent=utrecht, update_slug="fietsles-alkmaar")
    response = client_for("utrecht.localhost").get(path_of(alias))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
