"""Hostile input (tests/hostile.py) sent to every query parameter of every public page type, in
every language, to the paths and headers of the public pages, and into every public form: no
500, no exception logged, nothing that comes back unescaped in a later page, feed or mail, and
nothing stored beyond the limits in the README ("Member text")."""

import logging
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.test import Client

from tests.hostile import (
    CORPUS,
    RAW_HEADER_VALUES,
    RAW_QUERY_VALUES,
    XSS,
    as_wsgi,
    has_marker,
)
from tests.test_query_budget_pages import SLUGS, build, pages

pytestmark = pytest.mark.django_db

# The query keys each public page type reads (core.listing and the views); every page also
# gets a key it does not know.
LISTING = ("thema", "gemeente", "pagina")
PARAMETERS = {
    "national home": (),
    "municipality home": (),
    "municipality home on the national host": (),
    "municipalities": ("q", "provincie", "pagina"),
    "national news": LISTING,
    "news": LISTING,
    "blogs": LISTING,
    "practices, filtered": ("thema", "gemeente", "status", "q", "sorteer", "pagina"),
    "practices, searched": ("q", "pagina"),
    "instruments": ("soort", "thema", "doelgroep", "q", "sorteer", "pagina"),
    "news item": (),
    "blog post": (),
    "practice example": (),
    "instrument": (),
    "standard page": (),
    "event": (),
    "calendar": LISTING,
    "calendar month": LISTING,
    "calendar day": LISTING,
    "calendar archive": LISTING,
    "board": ("soort", "thema", "gemeente", "pagina"),
    "board post": ("antwoord",),
    "search": ("q", "soort", "gemeente", "pagina"),
    "search, municipality": ("q", "soort", "pagina"),
    "directory": ("q", "pagina"),
    "news feed": ("thema", "gemeente"),
    "board feed": ("soort", "thema", "gemeente"),
    "calendar feed": ("thema", "gemeente"),
    "event download": (),
    "sitemap": (),
    "login": ("next",),
    "signup": ("next",),
    "password reset": (),
}
UNKNOWN = "zzz"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.fixture
def world():
    build(SLUGS[:2], 2)
    found = pages()
    found.update(
        {
            "login": ("localhost", "/accounts/login/"),
            "signup": ("alkmaar.localhost", "/accounts/signup/"),
            "password reset": ("localhost", "/accounts/password/reset/"),
        }
    )
    assert set(found) == set(PARAMETERS), "a page type without its parameters"
    return {name: (host, urlsplit(path).path) for name, (host, path) in found.items()}


class Visitor:
    """Requests that never raise: what a 500 or a logged exception would be is collected in
    `problems`, with what was sent."""

    def __init__(self, caplog):
        self.caplog = caplog
        self.problems = []
        self.sent = 0
        self.clients = {}
        caplog.clear()

    def client(self, host):
        if host not in self.clients:
            self.clients[host] = Client(HTTP_HOST=host, raise_request_exception=False)
        return self.clients[host]

    def get(self, host, path, **headers):
        headers = {name: as_wsgi(value) for name, value in headers.items()}
        response = self.client(host).get(path, headers=headers or None)
        return self.seen(response, f"GET {host}{path[:120]} {list(headers)}")

    def post(self, host, path, data):
        response = self.client(host).post(path, data)
        return self.seen(response, f"POST {host}{path[:120]} {sorted(data)}")

    def seen(self, response, label):
        self.sent += 1
        if response.status_code >= 500:
            self.problems.append(f"{response.status_code}: {label}")
        # Django logs a refused host or a broken request at ERROR under django.security
        # with its 400: that is the refusal, not a failure.
        errors = [
            r
            for r in self.caplog.records
            if r.levelno >= logging.ERROR
            and not (response.status_code == 400 and r.name.startswith("django.security"))
        ]
        if errors:
            self.problems.append(f"logged {errors[0].getMessage()[:200]}: {label}")
        if response.status_code < 500 and not response.streaming:
            marker = has_marker(response.content.decode("utf-8", "replace"))
            if marker:
                self.problems.append(f"unescaped {marker!r}: {label}")
        for name, value in response.items():
            if "\n" in value or "\r" in value or name.lower() == "hostile":
                self.problems.append(f"header {name} injected: {label}")
        if response.cookies.get("hostile"):
            self.problems.append(f"cookie set: {label}")
        self.caplog.clear()
        return response

    def check(self):
        assert not self.problems, f"{len(self.problems)} of {self.sent}:\n" + "\n".join(
            dict.fromkeys(self.problems)
        )


@pytest.fixture
def visitor(caplog):
    caplog.set_level(logging.ERROR)
    return Visitor(caplog)


def query(keys, value):
    """Every key with the same value, percent-encoded as a browser does it; `value` raw when
    it is already percent-encoded bytes. A long value goes to one key only (the first, or the
    unknown one), so a request stays about its own size."""
    encoded = value if value in RAW_QUERY_VALUES else quote(value, safe="")
    if len(value) > 1000:
        keys = keys[:1]
    return "&".join(f"{key}={encoded}" for key in (*keys, UNKNOWN))


def test_every_query_parameter_of_every_public_page_in_every_language(world, visitor):
    """The whole corpus on the Dutch pages that read a query (a page without one gets the
    markup and the invalid UTF-8 on a key it does not know), and in each key alone, so that
    another key cannot hide it, and every key twice. Each other language sends every page
    type the script and a share of the corpus that moves on from page to page and from
    language to language, so the shares together cover it."""
    for name, (host, path) in world.items():
        keys = PARAMETERS[name]
        values = CORPUS + RAW_QUERY_VALUES if keys else [*XSS[:4], "%ff%fe", "x" * 10_001]
        for value in values:
            visitor.get(host, f"{path}?{query(keys, value)}")
        for key in keys:
            for value in (XSS[1], "%ff%fe"):
                visitor.get(host, f"{path}?{query([key], value)}")
        if keys:
            twice = "&".join(f"{key}=1&{key}={quote(XSS[0])}" for key in keys)
            visitor.get(host, f"{path}?{twice}&{UNKNOWN}&=&&=x")
    step = 0
    for code in OTHER_LANGUAGES:
        for name, (host, path) in world.items():
            step += 1
            for value in (XSS[0], CORPUS[step % len(CORPUS)]):
                visitor.get(host, f"/{code}{path}?{query(PARAMETERS[name], value)}")
    visitor.check()


# Route parameters out of range: numbers too large for a date or a database integer, dates
# that do not exist, keys that are not keys.
HUGE = "9" * 30
HOSTILE_PATHS = [
    f"/prikbord/{HUGE}/",
    "/prikbord/2147483648/",
    f"/prikbord/{HUGE}/contact/",
    f"/prikbord/{HUGE}/ik-help-mee/",
    f"/prikbord/{HUGE}/melden/",
    f"/kalender/{HUGE}/01/",
    f"/kalender/2026/{HUGE}/",
    f"/kalender/2026/01/{HUGE}/",
    "/kalender/0/01/",
    "/kalender/10000/01/",
    "/kalender/2026/00/",
    "/kalender/2026/13/",
    "/kalender/2026/02/30/",
    "/kalender/2026/1/1/",
    f"/reacties/pagina/{HUGE}/",
    f"/reacties/{HUGE}/wijzigen/",
    f"/reacties/{HUGE}/melden/",
    f"/aanmelding/{quote(XSS[0], safe='')}/",
    "/aanmelding/" + "a" * 10_001 + "/",
    "/aanmelding/%ff%fe/",
    "/accounts/confirm-email/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
    "/accounts/password/reset/key/1-%3Cscript%3E/",
    f"/nieuws/{quote(XSS[0], safe='')}/",
    "/nieuws/%ff%fe/",
    "/nieuws/%00/",
    "/nieuws/" + "x" * 10_001 + "/",
    "/%c0%af/",
    "/gemeenten/%ed%a0%80/",
]


def test_hostile_paths_are_not_found_never_an_error(world, visitor):
    """A route parameter out of range (a post number beyond any integer, the 13th month)
    gives a 404 or the nearest page, never a 500, in every language."""
    hosts = ["localhost", "alkmaar.localhost"]
    for index, path in enumerate(HOSTILE_PATHS):
        for code in [settings.LANGUAGE_CODE, OTHER_LANGUAGES[index % len(OTHER_LANGUAGES)]]:
            prefixed = path if code == settings.LANGUAGE_CODE else f"/{code}{path}"
            for host in hosts:
                visitor.get(host, prefixed)
    for host in hosts:
        for path in HOSTILE_PATHS:
            if "/prikbord/" in path or "/reacties/" in path:
                visitor.post(host, path, {"body": XSS[0], "reason": XSS[0]})
    visitor.check()


HOSTILE_HOSTS = [
    "evil.example",
    "local host",
    "<script>alert(1)</script>",
    "localhost\r\nX-Hostile: 1",
    "x" * 10_001,
    "alkmaar.localhost.evil.example",
    "[::1",
]


def test_hostile_headers_never_give_an_error(world, visitor):
    """A host we do not serve is refused with 400 (Django's DisallowedHost), never a 500; the
    other headers a visitor controls change nothing that breaks a page."""
    host, path = world["board"]
    listing = f"{path}?thema=groen"
    for bad_host in HOSTILE_HOSTS:
        response = visitor.get(bad_host, listing)
        assert response.status_code == 400, (bad_host, response.status_code)
    pages_with_headers = [world[name] for name in ("national home", "event", "login", "board")]
    values = [*XSS[:6], *RAW_HEADER_VALUES, "x" * 10_001, "\u202e", "🙂", "a\x00b"]
    for index, value in enumerate(values):
        host, path = pages_with_headers[index % len(pages_with_headers)]
        for name in (
            "Accept-Language",
            "Referer",
            "User-Agent",
            "X-Forwarded-For",
            "X-Forwarded-Host",
            "X-Forwarded-Proto",
            "If-None-Match",
            "If-Modified-Since",
        ):
            visitor.get(host, path, **{name: value})
        for cookie in (
            settings.SESSION_COOKIE_NAME,
            settings.CSRF_COOKIE_NAME,
            "messages",
            settings.LANGUAGE_COOKIE_NAME,
        ):
            visitor.client(host).cookies[cookie] = as_wsgi(value)
            visitor.get(host, path)
            visitor.post(host, path, {"x": value})
            visitor.client(host).cookies.clear()
    visitor.check()
