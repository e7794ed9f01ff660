"""The anonymous page cache: whole responses of public pages, stored for visitors without a
session and served to the next one without rendering.

What is stored: a 200 response to a GET of a public route (`PUBLIC_ROUTES`: Wagtail's pages
with their routes and feeds, the search, the sitemap, robots.txt), for a request that carries
no session or messages cookie (a member, an editor, a preview, a visitor who was just told
something: all of them bypass the cache, and their responses say `Cache-Control: private`).
Nothing is stored when the response sets a cookie, says `private`/`no-store`, or touched the
session. The key is the host, the path, the query string and the language.

Forms keep working: a stored page keeps a placeholder where Django's CSRF token was, and each
visitor served from the cache gets a token of their own (and its cookie), as if the page had
been rendered for them.

Compressed once: a stored page without a form is also kept gzipped, and a visitor whose browser
accepts gzip (every browser) gets those bytes, a fifth of the page or less, without anything
compressing it again (`Vary: Accept-Encoding`; nginx passes a compressed response through).

Invalidation: each entry is stored under the versions (core.cache) of three scopes: every page
(ALL), its *area* (a municipality's tree, or the national site outside the municipalities;
wherever it is shown: `alkmaar.<domain>/nieuws/` and `<domain>/gemeenten/alkmaar/nieuws/` are
one area) and its *section* within the area (the first path segment: `nieuws`, `kalender`,
`prikbord`, `zoeken`; "" is the area's home). Languages share them. core/page_purge.py works
out which areas and sections a change shows on and bumps only those, so publishing an Alkmaar
news item never makes Arnhem's pages stale. Entries also expire after PAGE_CACHE_TIMEOUT
(what the passing of time changes: the calendar's "upcoming", expired bulletin board posts).
"""

import gzip
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import site_roots
from .cache import GLOBAL, ProcessMemory, cached, scope_versions

# The URL names of the public routes whose responses may be stored.
PUBLIC_ROUTES = frozenset({"wagtail_serve", "search", "sitemap", "robots_txt"})

ALL = "page"
SEARCH = "zoeken"
SITEMAP = "sitemap.xml"

CSRF_PLACEHOLDER = b"__page_cache_csrf_token__"
_CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')

# Django's GZipMiddleware's test of Accept-Encoding; and below this size gzip gains nothing.
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
MIN_COMPRESSED_SIZE = 1024

# Headers that belong to one response, not to the page.
_NOT_STORED = frozenset({"set-cookie", "content-length", "x-page-cache"})


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# The pages this process served last, kept in its memory in front of the shared cache: a hit
# then reads only the (small) versions from the shared cache, not the page; an entry is served
# only while its versions are current, so a purge by any worker applies here at once.
local_entries = ProcessMemory("PAGE_CACHE_LOCAL_ENTRIES")


def _current(entry):
    return entry is not None and _stamp(scope_versions(*entry["scopes"])) == entry["stamp"]


def enabled():
    return settings.PROGRAM_PAGE_CACHE


# --- Areas and sections ---------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a change makes stale: a section of an area ("" its home), or (section None) the
    whole area; EVERY_PAGE (no area) every page of every site."""

    area: str
    section: str | None = None

    @property
    def scope(self):
        if not self.area:
            return ALL
        return (
            area_scope(self.area)
            if self.section is None
            else section_scope(self.area, self.section)
        )


EVERY_PAGE = Target("")


def area_scope(area):
    return f"{ALL}:{area}"


def section_scope(area, section):
    return f"{ALL}:{area}|{section}"


@dataclass(frozen=True)
class Areas:
    roots: tuple  # the Dutch URL paths of every area's root, longest first
    national: str  # the national site's root


def areas():
    """The areas: each scope root page (a municipality's home, core.cache) and each site's
    root page, by their Dutch URL paths."""

    def build():
        from wagtail.models import Page, Site

        from .cache import scope_root_models

        paths = set(
            Page.objects.type(*scope_root_models())
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .values_list("url_path", flat=True)
        )
        paths.update(root.root_path for root in dutch_site_roots())
        national = (
            Site.objects.filter(is_default_site=True).values_list("root_page__url_path", flat=True)
        ).first()
        return Areas(tuple(sorted(paths, key=len, reverse=True)), national or "/")

    # Scope roots and sites only change with a GLOBAL bump (core/signals.py).
    return cached(("page-cache-areas",), build, scope=GLOBAL)


def dutch_site_roots():
    """Wagtail's site root paths (cached by Wagtail) of the Dutch trees."""
    from wagtail.models import Site

    return [
        root for root in Site.get_site_root_paths() if root.language_code == settings.LANGUAGE_CODE
    ]


def locate(url_path, known=None):
    """(area, section) of a Dutch URL path such as /home/gemeenten/alkmaar/nieuws/item/."""
    for root in (known or areas()).roots:
        if url_path.startswith(root):
            rest = url_path[len(root) :]
            return root, rest.split("/", 1)[0]
    return "/", url_path.strip("/").split("/", 1)[0]


def _path_without_language(path):
    first, _slash, rest = path.lstrip("/").partition("/")
    codes = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    return rest if first in codes else path.lstrip("/")


def request_url_path(request):
    """The Dutch URL path a request's address stands for: its site's root plus its path (the
    language prefix taken off), or None when no site serves it."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    root = next((root.root_path for root in dutch_site_roots() if root.site_id == site.pk), None)
    if root is None:
        return None
    return root + _path_without_language(request.path_info)


def scopes_of_request(request):
    url_path = request_url_path(request)
    if url_path is None:
        return None
    area, section = locate(url_path)
    return [ALL, area_scope(area), section_scope(area, section)]


# --- Entries --------------------------------------------------------------------------------


def entry_key(request):
    parts = "\n".join(
        (
            request.get_host().lower(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            translation.get_language() or "",
        )
    )
    # The entries' format is in the key ("2": with their public headers and a gzipped copy).
    return "page-cache:2:" + hashlib.sha256(parts.encode("utf-8", "surrogateescape")).hexdigest()


def _stamp(versions):
    return ".".join(versions.values())


def _public_route(request):
    """Whether the address resolves to a route whose pages may be stored."""
    return _is_public_route(request.path_info, translation.get_language())


@lru_cache(maxsize=4096)
def _is_public_route(path_info, language):
    """Resolving walks every URL pattern before Wagtail's catch-all (about 60-90 µs, as much as
    the rest of a hit): remembered per path and language (the language prefix is part of the
    patterns), for the most recent addresses. The URL patterns never change while running."""
    try:
        return resolve(path_info).url_name in PUBLIC_ROUTES
    except Resolver404:
        return False


def _personal(request):
    """A request from someone who may see something of their own: a session (a member, an
    editor, a preview) or a message waiting for them."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


# A query string longer than any of our own links (filters, a page number, a search) is served
# but never stored: nobody can fill the cache with 100 kB addresses that echo themselves.
MAX_STORED_QUERY_STRING = 512


def _storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_STORED_QUERY_STRING:
        return False
    match = request.resolver_match
    if match is None or match.url_name not in PUBLIC_ROUTES:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    if response.cookies:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _entry(response, scopes, stamp):
    content, tokens = _CSRF_INPUT.subn(rb"\g<1>" + CSRF_PLACEHOLDER + rb"\g<2>", response.content)
    # A page with this visitor's token is written anew for each; any other is compressed once.
    compressible = (
        not tokens
        and len(content) >= MIN_COMPRESSED_SIZE
        and not response.has_header("Content-Encoding")
    )
    _public_headers(response, bool(tokens))
    if compressible:
        patch_vary_headers(response, ("Accept-Encoding",))
    return {
        "scopes": scopes,
        "stamp": stamp,
        "status": response.status_code,
        # With the public headers in (_public_headers): a hit only copies them.
        "headers": [
            (name, value) for name, value in response.items() if name.lower() not in _NOT_STORED
        ],
        "content": content,
        "gzip": gzip.compress(content, mtime=0) if compressible else None,
        "token": bool(tokens),
    }


def _accepts_gzip(request):
    return bool(_ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def _response_from(entry, request):
    compressed = entry.get("gzip") if _accepts_gzip(request) else None
    content = compressed or entry["content"]
    if entry["token"]:
        # The visitor's own token (Django's CSRF middleware sets its cookie on the way out).
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode("ascii"))
    response = HttpResponse(content, status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    if compressed:
        response["Content-Encoding"] = "gzip"
    response["X-Page-Cache"] = "hit"
    return response


def _public_headers(response, with_token):
    if with_token:
        # The page carries this visitor's CSRF token: a shared cache must not keep it.
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE,
            s_maxage=settings.PAGE_CACHE_S_MAXAGE,
        )
    patch_vary_headers(response, ("Cookie",))


class PageCacheMiddleware:
    """Serve and store anonymous public pages (the module docstring). Sits right after
    CsrfViewMiddleware, so a hit has its language and a CSRF token of its own. Whatever it does
    not answer from the cache, it first makes sure Wagtail's site root paths are cached
    (core/site_roots.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not enabled() or not _public_route(request):
            return self._render(request)
        if _personal(request):
            response = self._render(request)
            patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ("Cookie",))
            response["X-Page-Cache"] = "bypass"
            return response

        store = page_cache()
        key = entry_key(request)
        entry = local_entries.get(key)
        if _current(entry):
            return _response_from(entry, request)
        entry = store.get(key)  # another worker may have stored it anew
        if _current(entry):
            local_entries.put(key, entry)
            return _response_from(entry, request)

        # The versions are read before rendering: a change committed while this page renders
        # bumps them, and the entry stored below is then never read.
        scopes = scopes_of_request(request)
        stamp = _stamp(scope_versions(*scopes)) if scopes else None
        response = self._render(request)
        if scopes and _storable(request, response):
            entry = _entry(response, scopes, stamp)
            store.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
            local_entries.put(key, entry)
            if entry["gzip"] is not None and _accepts_gzip(request):
                response.content = entry["gzip"]
                response["Content-Encoding"] = "gzip"
                if response.has_header("Content-Length"):
                    response["Content-Length"] = str(len(response.content))
            response["X-Page-Cache"] = "miss"
        return response

    def _render(self, request):
        # Only what renders needs them; a hit reads nothing but the versions of its page.
        site_roots.prime()
        return self.get_response(request)
