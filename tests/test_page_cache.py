"""The anonymous page cache (core/page_cache.py) and its purges (core/page_purge.py): what is
stored and for whom, and for each kind of change that the next anonymous GET shows it, while
the pages of other municipalities stay in the cache."""

import gzip
import re
import threading
from datetime import datetime, time, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.moderation.services import moderate
from events import signups
from events.recurrence import aware
from tests.factories import (
    add_comment,
    add_event,
    add_news,
    add_post,
    board_of,
    calendar_of,
    member,
    moderator,
    municipality,
    national_home,
    news_index,
)

pytestmark = pytest.mark.django_db


def get(host, path, client=None):
    response = (client or Client(HTTP_HOST=host)).get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path, response.status_code)
    return response


def state(host, path):
    return get(host, path)["X-Page-Cache"]


def text(host, path):
    return get(host, path).content.decode()


def publish(page):
    page.save_revision().publish()
    return page


def draft_news(home, title, **fields):
    """A news item written as a draft, to be published by the test."""
    item = add_news(news_index(home), title, **fields)
    item.unpublish()
    return item


@pytest.fixture
def sites():
    national_home()
    alkmaar, arnhem = municipality("alkmaar"), municipality("arnhem")
    add_news(news_index(alkmaar), "Alkmaar al bekend")
    add_news(news_index(arnhem), "Arnhem al bekend")
    return alkmaar, arnhem


# Pages every test below warms, so that the test can tell what a change made stale.
WATCHED = [
    ("alkmaar.localhost", "/"),
    ("alkmaar.localhost", "/nieuws/"),
    ("alkmaar.localhost", "/ar/nieuws/"),
    ("localhost", "/gemeenten/alkmaar/nieuws/"),
    ("localhost", "/"),
    ("localhost", "/nieuws/"),
    ("arnhem.localhost", "/"),
    ("arnhem.localhost", "/nieuws/"),
]


def warm(pages=WATCHED):
    for host, path in pages:
        get(host, path)
        assert state(host, path) == "hit", (host, path)


# --- What is stored, for whom -------------------------------------------------------------


def test_an_anonymous_page_is_served_from_the_cache_without_the_database(sites):
    first = get("alkmaar.localhost", "/nieuws/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get("alkmaar.localhost", "/nieuws/")
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert "Alkmaar al bekend" in second.content.decode()
    assert "s-maxage=300" in second["Cache-Control"] and "public" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_a_browser_that_accepts_gzip_gets_the_page_compressed_once(sites):
    browser = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
    plain = get("alkmaar.localhost", "/nieuws/").content  # the miss, for a client without gzip
    first = Client(HTTP_HOST="alkmaar.localhost").get("/nieuws/", **browser)
    second = Client(HTTP_HOST="alkmaar.localhost").get("/nieuws/", **browser)
    assert first["X-Page-Cache"] == "hit" and second["X-Page-Cache"] == "hit"
    for response in (first, second):
        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.content) == plain
        assert len(response.content) < len(plain) / 2
        assert int(response["Content-Length"]) == len(response.content)
        assert {"Accept-Encoding", "Cookie"} <= {v.strip() for v in response["Vary"].split(",")}
        assert "s-maxage=300" in response["Cache-Control"]
    # A client that does not say it accepts gzip gets the page as it was rendered.
    again = get("alkmaar.localhost", "/nieuws/")
    assert again["X-Page-Cache"] == "hit" and "Content-Encoding" not in again
    assert again.content == plain
    # The miss of a compressing browser is compressed too.
    fresh = Client(HTTP_HOST="arnhem.localhost").get("/nieuws/", **browser)
    assert fresh["X-Page-Cache"] == "miss" and fresh["Content-Encoding"] == "gzip"
    assert "Arnhem al bekend" in gzip.decompress(fresh.content).decode()
    assert int(fresh["Content-Length"]) == len(fresh.content)


def test_a_page_with_a_form_is_not_compressed_with_anyones_token(sites):
    """The sign-up form carries each visitor's own CSRF token: that page is written anew for
    each visitor, so it is stored uncompressed."""
    make_event()
    get("alkmaar.localhost", "/kalender/buurtlunch/")
    page = Client(HTTP_HOST="alkmaar.localhost").get(
        "/kalender/buurtlunch/", HTTP_ACCEPT_ENCODING="gzip"
    )
    assert page["X-Page-Cache"] == "hit" and "Content-Encoding" not in page
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()


def test_the_key_is_host_path_query_and_language(sites):
    warm([("alkmaar.localhost", "/nieuws/")])
    assert state("arnhem.localhost", "/nieuws/") == "miss"
    assert state("alkmaar.localhost", "/nieuws/?pagina=1") == "miss"
    assert state("alkmaar.localhost", "/en/nieuws/") == "miss"
    assert "Arnhem al bekend" in text("arnhem.localhost", "/nieuws/")
    assert "Arnhem al bekend" not in text("alkmaar.localhost", "/nieuws/")


def test_an_overlong_query_string_is_served_but_never_stored(sites):
    """Nobody fills the cache with addresses of 100 kB (tests/hostile.py finds them echoed
    in the login link's ?next=)."""
    junk = "/nieuws/?q=" + "x" * 600
    for _ in range(2):
        assert get("alkmaar.localhost", junk).get("X-Page-Cache") != "hit"
    ordinary = "/nieuws/?q=" + "x" * 400
    assert state("alkmaar.localhost", ordinary) == "miss"
    assert state("alkmaar.localhost", ordinary) == "hit"


def test_members_bypass_the_cache_and_never_fill_it(sites):
    warm([("alkmaar.localhost", "/")])
    client = Client(HTTP_HOST="alkmaar.localhost")
    client.force_login(member("lid-sami", display_name="Sami"))
    response = client.get("/")
    assert response["X-Page-Cache"] == "bypass"
    assert "private" in response["Cache-Control"]
    assert "Mijn profiel" in response.content.decode()
    anonymous = get("alkmaar.localhost", "/")
    assert anonymous["X-Page-Cache"] == "hit"
    assert "Mijn profiel" not in anonymous.content.decode()


def test_personal_pages_and_errors_are_not_stored(sites):
    assert Client(HTTP_HOST="alkmaar.localhost").get("/bestaat-niet/").status_code == 404
    assert "X-Page-Cache" not in Client(HTTP_HOST="alkmaar.localhost").get("/bestaat-niet/")
    login = Client(HTTP_HOST="alkmaar.localhost").get("/accounts/login/")
    assert "X-Page-Cache" not in login
    assert "X-Page-Cache" not in Client(HTTP_HOST="alkmaar.localhost").get("/accounts/login/")


@override_settings(PROGRAM_PAGE_CACHE=False)
def test_the_cache_can_be_switched_off(sites):
    get("alkmaar.localhost", "/nieuws/")
    assert "X-Page-Cache" not in get("alkmaar.localhost", "/nieuws/")


# --- Forms on stored pages ----------------------------------------------------------------


def soon(days, hour):
    return aware(datetime.combine(timezone.localdate() + timedelta(days=days), time(hour)))


def make_event(capacity=6):
    return add_event(
        calendar_of(municipality("alkmaar")),
        "Buurtlunch",
        soon(3, 12),
        soon(3, 14),
        slug="buurtlunch",
        signup_capacity=capacity,
    )


def test_a_visitor_signs_up_on_a_page_served_from_the_cache(
    sites, django_capture_on_commit_callbacks
):
    event = make_event()
    get("alkmaar.localhost", "/kalender/buurtlunch/")  # stored, with the first visitor's token
    visitor = Client(HTTP_HOST="alkmaar.localhost", enforce_csrf_checks=True)
    page = visitor.get("/kalender/buurtlunch/")
    assert page["X-Page-Cache"] == "hit"
    assert "private" in page["Cache-Control"]  # a page with the visitor's token
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    assert "page_cache" not in token and "csrftoken" in page.cookies
    occurrence = event.upcoming(1)[0].key
    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(
            "/kalender/buurtlunch/aanmelden/",
            {
                "csrfmiddlewaretoken": token,
                "occurrence": occurrence,
                "first_name": "Noor",
                "email": "noor@example.org",
                "phone": "",
                "people": "2",
                "group_names": "",
                "consent": "on",
            },
        )
    assert response.status_code == 302
    # The places left on the page, for the next anonymous visitor.
    assert "nog 4 plaatsen" in text("alkmaar.localhost", "/kalender/buurtlunch/")


def test_a_sign_up_shows_on_the_event_page_and_the_counters(
    sites, django_capture_on_commit_callbacks
):
    event = make_event(capacity=6)
    assert "nog 6 plaatsen" in text("alkmaar.localhost", "/kalender/buurtlunch/")
    warm([("alkmaar.localhost", "/kalender/buurtlunch/"), ("arnhem.localhost", "/")])
    with django_capture_on_commit_callbacks(execute=True):
        signups.sign_up(
            event, event.upcoming(1)[0], first_name="Noor", email="noor@example.org", people=1
        )
    assert "nog 5 plaatsen" in text("alkmaar.localhost", "/kalender/buurtlunch/")
    assert "aanmeldingen in" in text("alkmaar.localhost", "/")
    assert state("arnhem.localhost", "/") == "hit"


# --- Changes to pages ---------------------------------------------------------------------


def test_publishing_shows_everywhere_it_belongs_and_nowhere_else(sites):
    alkmaar, _arnhem = sites
    item = draft_news(alkmaar, "Nieuwe moestuin geopend", featured=True)
    warm()
    publish(item)
    for host, path in WATCHED:
        if host == "arnhem.localhost":
            assert state(host, path) == "hit", (host, path)
        else:
            assert "Nieuwe moestuin geopend" in text(host, path), (host, path)


def test_a_national_item_for_all_sites_reaches_every_municipality(sites):
    item = draft_news(national_home(), "Landelijke oproep", show_on_all_sites=True)
    warm()
    publish(item)
    for host, path in WATCHED:
        assert "Landelijke oproep" in text(host, path), (host, path)


def test_a_national_item_for_the_national_site_only_leaves_municipalities_cached(sites):
    item = draft_news(national_home(), "Alleen landelijk")
    warm()
    publish(item)
    assert "Alleen landelijk" in text("localhost", "/nieuws/")
    assert state("alkmaar.localhost", "/nieuws/") == "hit"
    assert state("arnhem.localhost", "/") == "hit"


def test_unpublishing_and_deleting_take_it_away(sites):
    alkmaar, _arnhem = sites
    first = add_news(news_index(alkmaar), "Eerste bericht")
    second = add_news(news_index(alkmaar), "Tweede bericht")
    warm()
    first.unpublish()
    assert "Eerste bericht" not in text("alkmaar.localhost", "/nieuws/")
    assert "Eerste bericht" not in text("localhost", "/nieuws/")
    get("alkmaar.localhost", "/nieuws/")
    second.delete()
    assert "Tweede bericht" not in text("alkmaar.localhost", "/nieuws/")
    assert "Tweede bericht" not in text("localhost", "/gemeenten/alkmaar/nieuws/")
    assert state("arnhem.localhost", "/nieuws/") == "hit"


def test_moving_a_page_updates_both_sites(sites):
    alkmaar, arnhem = sites
    item = add_news(news_index(alkmaar), "Verhuisd bericht")
    warm()
    item.move(news_index(arnhem), pos="last-child")
    assert "Verhuisd bericht" not in text("alkmaar.localhost", "/nieuws/")
    assert "Verhuisd bericht" in text("arnhem.localhost", "/nieuws/")
    assert "Verhuisd bericht" in text("localhost", "/nieuws/")


def test_a_new_title_shows_in_every_language(sites):
    alkmaar, _arnhem = sites
    item = add_news(news_index(alkmaar), "Oude titel", slug="bericht")
    warm(WATCHED + [("alkmaar.localhost", "/ar/nieuws/bericht/")])
    item.title = "Nieuwe titel"
    publish(item)
    assert "Nieuwe titel" in text("alkmaar.localhost", "/ar/nieuws/bericht/")
    assert "Nieuwe titel" in text("alkmaar.localhost", "/ar/nieuws/")


# --- Member content -----------------------------------------------------------------------


def test_an_approved_or_hidden_comment_shows_at_once(sites, django_capture_on_commit_callbacks):
    alkmaar, _arnhem = sites
    item = add_news(news_index(alkmaar), "Bericht met reacties", slug="reacties")
    comment = add_comment(
        item, member("lid-noor", display_name="Noor"), "Wat een goed plan", status="pending"
    )
    warm([("alkmaar.localhost", "/nieuws/reacties/"), ("arnhem.localhost", "/")])
    assert "Wat een goed plan" not in text("alkmaar.localhost", "/nieuws/reacties/")
    with django_capture_on_commit_callbacks(execute=True):
        moderate(comment, moderator("alkmaar"), "approve")
    assert "Wat een goed plan" in text("alkmaar.localhost", "/nieuws/reacties/")
    with django_capture_on_commit_callbacks(execute=True):
        moderate(comment, moderator("alkmaar"), "hide")
    assert "Wat een goed plan" not in text("alkmaar.localhost", "/nieuws/reacties/")
    assert state("arnhem.localhost", "/") == "hit"


def test_an_approved_or_hidden_board_post_shows_at_once(sites, django_capture_on_commit_callbacks):
    board = board_of("alkmaar")
    post = add_post(board, "Wie helpt met verhuizen", status="pending")
    pages = [("alkmaar.localhost", "/prikbord/"), ("localhost", "/prikbord/")]
    warm(pages + [("arnhem.localhost", "/prikbord/")])
    with django_capture_on_commit_callbacks(execute=True):
        moderate(post, moderator("alkmaar"), "approve")
    for host, path in pages:
        assert "Wie helpt met verhuizen" in text(host, path), (host, path)
    with django_capture_on_commit_callbacks(execute=True):
        moderate(post, moderator("alkmaar"), "hide")
    for host, path in pages:
        assert "Wie helpt met verhuizen" not in text(host, path), (host, path)
    assert state("arnhem.localhost", "/prikbord/") == "hit"


# --- A CDN or Varnish in front ------------------------------------------------------------


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish():
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    PurgeRecorder.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        yield PurgeRecorder.received
    server.shutdown()


def test_a_frontend_cache_is_purged_on_every_host_and_language(
    sites, varnish, django_capture_on_commit_callbacks
):
    alkmaar, _arnhem = sites
    item = draft_news(alkmaar, "Bericht voor de CDN")
    varnish.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(item)
    purged = set(varnish)
    for expected in [
        ("alkmaar.localhost", "/nieuws/*"),
        ("alkmaar.localhost", "/ar/nieuws/*"),
        ("alkmaar.localhost", "/"),
        ("alkmaar.localhost", "/uk/"),
        ("localhost", "/gemeenten/alkmaar/nieuws/*"),
        ("localhost", "/nieuws/*"),
        ("localhost", "/en/nieuws/*"),
        ("localhost", "/"),
        ("localhost", "/zoeken/*"),
    ]:
        assert expected in purged, expected
    assert not [host for host, _path in purged if host.startswith("arnhem")]
