"""Hostile input (tests/hostile.py) sent to every query parameter of every public page type, in
every language, to the paths and headers of the public pages, and into every public form: no
500, no exception logged, nothing that comes back unescaped in a later page, feed or mail, and
nothing stored beyond the limits in the README ("Member text")."""

import logging
import unicodedata
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import feedparser
import hypothesis
import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Site

from board import services as board_services
from board.models import ContactMessage
from board.posts import Post
from comments import services as comments_services
from comments.display import render_body
from comments.models import Comment
from core.models import SiteSettings
from core.moderation.models import Report
from core.text import clean_member_text
from events.places import SignUp
from members.models import Profile
from tests.factories import (
    add_comment,
    add_event,
    add_news,
    add_post,
    board_of,
    calendar_of,
    member,
    municipality,
    news_index,
    path_of,
    superuser,
)
from tests.hostile import (
    CORPUS,
    RAW_HEADER_VALUES,
    RAW_QUERY_VALUES,
    XSS,
    as_wsgi,
    has_marker,
    hostile_strings,
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
        # Markup counts where a browser or reader renders it (a CSV or iCalendar file holds
        # the text as it was written, and nothing there runs).
        rendered = any(
            kind in response.get("Content-Type", "") for kind in ("html", "xml", "json", "script")
        )
        if rendered and response.status_code < 500 and not response.streaming:
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


# --- Forms ---------------------------------------------------------------------------------------

ALKMAAR = "alkmaar.localhost"
ACCOUNT_PASSWORD = "Tuinieren-in-de-zon-42"
# Left in stored member text: line breaks, and the joiners Persian and emoji need; nothing
# else of the control and format characters (core/text.py).
ALLOWED_INVISIBLE = {"\n", "\u200c", "\u200d"}


def invisible(text):
    return sorted(
        {
            char
            for char in text
            if char not in ALLOWED_INVISIBLE
            and unicodedata.category(char) in {"Cc", "Cf", "Cs", "Zl", "Zp"}
        }
    )


@pytest.fixture
def forms_world():
    alkmaar = municipality("alkmaar")
    site = Site.objects.get(root_page=alkmaar)
    site_settings = SiteSettings.for_site(site)
    site_settings.premoderate_comments = False
    site_settings.save()
    news = add_news(news_index(alkmaar), "Buurttuin zoekt handen")
    start = timezone.now() + timedelta(days=3)
    event = add_event(
        calendar_of(alkmaar),
        "Buurtlunch",
        start,
        start + timedelta(hours=2),
        slug="buurtlunch",
        signup_capacity=500,
    )
    poster = member("lid-ontvanger", display_name="Ontvanger")
    post = add_post(board_of("alkmaar"), "Ladder gezocht", author=poster)
    comment = add_comment(news, poster, "Goed idee")
    return {"news": news, "event": event, "post": post, "comment": comment}


def member_forms(world, value, index):
    """(path, data) of every form a member sends, with `value` in each free-text field."""
    expires = (timezone.localdate() + timedelta(days=30)).isoformat()
    task = index % 2 == 1
    board_post = {
        "kind": "klus" if task else "vraag",
        "title": value,
        "body": value,
        "place": value,
        "expires_on": expires,
        "language": "nl",
    }
    if task:
        board_post.update(organisation=value, task=value, when=value, meeting_point=value)
    post = world["post"]
    return [
        (f"/reacties/pagina/{world['news'].pk}/", {"body": value, "language": "nl"}),
        ("/prikbord/nieuw/", board_post),
        (f"/prikbord/{post.pk}/contact/", {"body": value}),
        (f"/prikbord/{post.pk}/melden/", {"reason": value}),
        (f"/reacties/{world['comment'].pk}/melden/", {"reason": value}),
        (
            "/accounts/profiel/",
            {
                "display_name": value,
                "organisation": value,
                "bio": value,
                "role": value,
                "language": "nl",
                "in_directory": "on",
            },
        ),
    ]


def visitor_forms(world, value, index):
    """(path, data) of every form a visitor without an account sends."""
    event = world["event"]
    return [
        (
            f"{path_of(event)}aanmelden/",
            {
                "occurrence": event.upcoming(1)[0].key,
                "first_name": value,
                "email": f"bezoeker{index}@example.org",
                "phone": value if index % 2 else "",
                "people": "1",
                "group_names": value,
                "consent": "on",
            },
        ),
        (
            "/accounts/signup/",
            {
                "email": f"nieuw{index}@example.org",
                "display_name": value,
                "password1": ACCOUNT_PASSWORD,
                "password2": ACCOUNT_PASSWORD,
            },
        ),
        ("/accounts/login/", {"login": value, "password": value}),
        ("/accounts/password/reset/", {"email": value}),
    ]


def stored_member_text():
    """Every free text members and visitors stored, with its documented limit."""
    texts = []
    for comment in Comment.objects.all():
        texts.append(("comment", comment.body, comments_services.MAX_LENGTH))
    for post in Post.objects.all():
        texts += [
            ("post title", post.title, 120),
            ("post body", post.body, board_services.MAX_BODY),
            ("post place", post.place, 100),
            ("post organisation", post.organisation, 150),
            ("post task", post.task, 1000),
            ("post when", post.when, 150),
            ("post meeting point", post.meeting_point, 200),
        ]
    for message in ContactMessage.objects.all():
        texts.append(("message", message.body, 2000))
    for profile in Profile.objects.all():
        texts += [
            ("display name", profile.display_name, 60),
            ("organisation", profile.organisation, 100),
            ("bio", profile.bio, 500),
        ]
    for signup in SignUp.objects.all():
        texts += [("first name", signup.first_name, 100), ("group", signup.group_names, 1000)]
    for report in Report.__subclasses__():
        texts += [("report", r.reason, 200) for r in report.objects.all()]
    return texts


def test_every_public_form_takes_the_corpus_and_shows_it_escaped_everywhere_after(
    forms_world, visitor, settings, django_capture_on_commit_callbacks
):
    """Every corpus value into every free-text field of every public form, as a member and as
    a visitor: no 500, text that is refused is refused with a message, what is stored keeps
    within the limits and without control, bidi or NUL characters, and the pages, the feed,
    the moderation queues, the sign-ups export and the mails that show it later show it
    escaped."""
    settings.ACCOUNT_RATE_LIMITS = False
    mail.outbox = []
    for index, value in enumerate(CORPUS):
        writer = member(f"lid-h{index}", display_name=f"Schrijver {index}")
        visitor.client(ALKMAAR).force_login(writer)
        with django_capture_on_commit_callbacks(execute=True):
            for path, data in member_forms(forms_world, value, index):
                response = visitor.post(ALKMAAR, path, data)
                # Refused with a message on the form; a board report's reason is cut instead
                # (core.moderation.services.clean_reason), the stored limits say the rest.
                if len(value) > 5000 and not (
                    path.startswith("/prikbord/") and path.endswith("/melden/")
                ):
                    assert response.status_code in (200, 400), (path, response.status_code)
                    assert 'class="errorlist' in response.content.decode(), (path, "no message")
            visitor.client(ALKMAAR).logout()
            for path, data in visitor_forms(forms_world, value, index):
                visitor.post(ALKMAAR, path, data)
            visitor.client(ALKMAAR).logout()
    visitor.check()

    problems = [
        f"{what} {text[:40]!r}: {reason}"
        for what, text, limit in stored_member_text()
        for reason in (
            [f"{len(text)} > {limit}"] * (len(text) > limit)
            + [f"keeps {invisible(text)}"] * bool(invisible(text))
        )
    ]
    assert not problems, "\n".join(problems)
    assert Post.objects.filter(author__username__startswith="lid-h").count() > 10
    assert Comment.objects.filter(author__username__startswith="lid-h").count() > 10

    # Later: the pages, the feed and the queues that show what was stored.
    posts = list(Post.objects.values_list("pk", flat=True))
    later = [
        (ALKMAAR, "/prikbord/"),
        (ALKMAAR, "/prikbord/?pagina=2"),
        (ALKMAAR, "/prikbord/?pagina=3"),
        ("localhost", "/prikbord/"),
        (ALKMAAR, path_of(forms_world["news"])),
        (ALKMAAR, "/deelnemers/"),
        (ALKMAAR, "/zoeken/?q=alert"),
        *[(ALKMAAR, f"/prikbord/{pk}/") for pk in posts],
    ]
    for host, path in later:
        visitor.get(host, path)
    for host, path in (("localhost", "/prikbord/rss/"), (ALKMAAR, "/prikbord/rss/")):
        feed = feedparser.parse(visitor.get(host, path).content)
        assert not feed.bozo, feed.bozo_exception
        assert len(feed.entries) > 10
    admin = Client(HTTP_HOST="localhost", raise_request_exception=False)
    admin.force_login(superuser())
    visitor.clients["admin"] = admin
    event = forms_world["event"]
    for path in (
        "/admin/prikbord/",
        "/admin/prikbord/?status=approved",
        "/admin/reacties/",
        "/admin/reacties/?q=alert",
        f"/admin/aanmeldingen/{event.pk}/",
        "/admin/",
    ):
        visitor.get("admin", path)
    export = visitor.get("admin", f"/admin/aanmeldingen/{event.pk}/csv/")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    assert "attachment" in export["Content-Disposition"]
    visitor.check()

    # And the mails: the sign-up confirmations, the relayed messages, the moderators' notices.
    assert len(mail.outbox) > 20
    for message in mail.outbox:
        assert "\n" not in message.subject and "\r" not in message.subject, message.subject
        for html, _type in getattr(message, "alternatives", []):
            assert not has_marker(html), (message.subject, has_marker(html))


# Text that looks like something but shows nothing: joiners, a right-to-left override, a
# zero-width space; refused as empty wherever text is required.
INVISIBLE = "\u200d\u202e\u200b\u200c"


def test_text_that_shows_nothing_is_refused_as_empty(forms_world, client_for):
    client = client_for(ALKMAAR)
    client.force_login(member("lid-leeg"))
    expires = (timezone.localdate() + timedelta(days=30)).isoformat()
    refused = {
        "/prikbord/nieuw/": (
            {"kind": "vraag", "title": INVISIBLE, "body": INVISIBLE, "expires_on": expires},
            ["Geef je bericht een titel.", "Je bericht is leeg. Schrijf eerst iets."],
        ),
        f"/prikbord/{forms_world['post'].pk}/contact/": (
            {"body": INVISIBLE},
            ["Je bericht is leeg. Schrijf eerst iets."],
        ),
        "/accounts/profiel/": ({"display_name": INVISIBLE, "language": "nl"}, ["Vul een naam in."]),
    }
    for path, (data, errors) in refused.items():
        response = client.post(path, data)
        assert response.status_code in (200, 400), path
        html = response.content.decode()
        assert all(error in html for error in errors), (path, errors)
    event = forms_world["event"]
    response = client_for(ALKMAAR).post(
        f"{path_of(event)}aanmelden/",
        {
            "occurrence": event.upcoming(1)[0].key,
            "first_name": INVISIBLE,
            "email": "leeg@example.org",
            "people": "1",
            "consent": "on",
        },
    )
    assert "Vul een voornaam in." in response.content.decode()
    assert not Post.objects.filter(author__username="lid-leeg").exists()
    assert not ContactMessage.objects.exists()
    assert not SignUp.objects.exists()
    assert Profile.objects.get(user__username="lid-leeg").display_name == "Leeg"


# --- Generated text ------------------------------------------------------------------------------


@hypothesis.settings(max_examples=300, derandomize=True, deadline=None, database=None)
@hypothesis.given(hostile_strings)
def test_generated_text_is_stored_clean_and_shown_escaped(text):
    """The one cleaner (core.text) and the one renderer of member text (comments.display, which
    turns links into anchors): no control, bidi or NUL character survives, cleaning twice
    changes nothing, and no markup comes out live."""
    cleaned = clean_member_text(text)
    assert not invisible(cleaned), invisible(cleaned)
    assert clean_member_text(cleaned) == cleaned
    assert clean_member_text(text, one_line=True, max_length=100).count("\n") == 0
    html = str(render_body(cleaned))
    assert not has_marker(html), html
    tags = Tags()
    tags.feed(html)
    assert tags.seen <= {"a", "br", "p"}, tags.seen
    assert all(href.startswith(("http://", "https://")) for href in tags.hrefs), tags.hrefs


class Tags(HTMLParser):
    """The elements of a piece of HTML and the addresses its links go to."""

    def __init__(self):
        super().__init__()
        self.seen, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        self.seen.add(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]
