"""What every response tells the browser about security (core/security.py and Django's own
middleware): the public pages' Content-Security-Policy allows no inline script or style and no
other host, pages served from the cache carry it too, the admin has its own, and cookies are
HttpOnly and SameSite (Secure in production, tests/test_settings_production.py)."""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import (
    PASSWORD,
    add_event,
    add_news,
    calendar_of,
    member,
    municipality,
    national_home,
    news_index,
    person,
)

pytestmark = pytest.mark.django_db


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


class InlineCode(HTMLParser):
    """Every inline script, <style> element, style attribute and event handler attribute of a
    page: what a policy without 'unsafe-inline' refuses."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in attributes:
            # Data blocks (JSON-LD) are never run, so no policy applies to them.
            if attributes.get("type") != "application/ld+json":
                self.found.append("inline <script>")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action") and (value or "").startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")


def inline_code(response):
    parser = InlineCode()
    parser.feed(response.content.decode())
    return parser.found


@pytest.fixture
def alkmaar_pages():
    home = municipality("alkmaar")
    item = add_news(news_index(home), "Taalcafé in de bibliotheek")
    start = timezone.now() + timedelta(days=3)
    event = add_event(calendar_of(home), "Fietsles", start, start + timedelta(hours=2))
    return {
        "home": "/",
        "news": item.get_url(),
        "event": event.get_url(),
        "calendar": "/kalender/",
        "login": "/accounts/login/",
        "signup": "/accounts/signup/",
        "search": "/zoeken/?q=taal",
        "english home": "/en/",
        "arabic home": "/ar/",
    }


def test_public_pages_allow_only_their_own_origin_and_carry_no_inline_code(alkmaar_pages):
    national_home()
    client = Client(HTTP_HOST="alkmaar.localhost")
    for name, path in alkmaar_pages.items():
        response = client.get(path, follow=True)
        assert response.status_code == 200, (name, path)
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], name
        assert directives["script-src"] == ["'self'"], name
        assert directives["style-src"] == ["'self'"], name
        assert directives["object-src"] == ["'none'"], name
        assert directives["frame-ancestors"] == ["'self'"], name
        assert directives["base-uri"] == ["'self'"], name
        assert directives["form-action"] == ["'self'"], name
        assert inline_code(response) == [], (name, inline_code(response))


def test_a_page_from_the_cache_carries_the_same_headers():
    home = municipality("alkmaar")
    add_news(news_index(home), "Taalcafé in de bibliotheek")
    client = Client(HTTP_HOST="alkmaar.localhost")
    first = client.get("/nieuws/")
    again = client.get("/nieuws/")
    assert again["X-Page-Cache"] == "hit"
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
        "Cross-Origin-Opener-Policy",
    ):
        assert again[header] == first[header], header


def test_every_response_sends_the_other_security_headers():
    national_home()
    response = Client(HTTP_HOST="localhost").get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(
        part.strip().split("=", 1) for part in response["Permissions-Policy"].split(",")
    )
    assert features["camera"] == features["microphone"] == features["geolocation"] == "()"
    assert features["fullscreen"].startswith("(self ")


def test_the_admin_has_its_own_policy_that_still_allows_no_other_host():
    client = Client(HTTP_HOST="alkmaar.localhost")
    client.force_login(person("redactie-alkmaar"))
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    # Wagtail's own templates still run inline scripts (wagtail/wagtail#1288).
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_cookies_are_http_only_and_same_site():
    municipality("alkmaar")
    someone = member("lid-amira")
    client = Client(HTTP_HOST="alkmaar.localhost")
    form = client.get("/accounts/login/")
    csrf = form.cookies["csrftoken"]
    assert csrf["httponly"] is True
    assert csrf["samesite"] == "Lax"
    response = client.post(
        "/accounts/login/",
        {"login": someone.email, "password": PASSWORD, "csrfmiddlewaretoken": csrf.value},
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


def test_the_accent_stylesheet_is_cached_for_good_and_refuses_anything_but_a_colour():
    client = Client(HTTP_HOST="localhost")
    response = client.get("/kleur/00607a.css")
    assert response.status_code == 200
    assert response.content.decode().strip() == ":root { --color-accent: #00607a; }"
    assert "immutable" in response["Cache-Control"]
    for hostile in ("/kleur/00607A.css", "/kleur/00607a;}body{.css", "/kleur/red.css"):
        assert client.get(hostile).status_code == 404, hostile
