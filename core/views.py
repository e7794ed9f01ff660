"""Site-wide files a browser or a crawler asks for by themselves (the favicon, the web app
manifest, robots.txt), and the server error page."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import FileResponse, HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_noop
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .canonical import site_root_url
from .chrome import build_site_chrome
from .languages import prefix_root
from .mail import PROGRAM_NAME

FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24 * 30)
def favicon(request):
    """/favicon.ico, which browsers and feed readers fetch without looking at the <head>."""
    return FileResponse(FAVICON.open("rb"), content_type="image/x-icon")


@require_safe
@cache_control(public=True, max_age=60 * 60)
def manifest(request):
    """The web app manifest of the request's site: its own name and accent colour."""
    chrome = build_site_chrome(request)
    data = {
        "name": chrome.site_name,
        "short_name": chrome.site_name,
        "start_url": "/",
        "display": "browser",
        "theme_color": chrome.accent_colour,
        "background_color": "#ffffff",
        "icons": [
            {"src": static("favicon.svg"), "type": "image/svg+xml", "sizes": "any"},
            {"src": static("icons/icon-192.png"), "type": "image/png", "sizes": "192x192"},
            {"src": static("icons/icon-512.png"), "type": "image/png", "sizes": "512x512"},
        ],
    }
    return JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24 * 365, immutable=True)
def accent_stylesheet(request, colour):
    """A site's accent colour as a stylesheet, /kleur/<rrggbb>.css: the pages' policy allows no
    inline style (core/security.py). Its address is its content, so it is cached for good."""
    return HttpResponse(f":root {{ --color-accent: #{colour}; }}\n", content_type="text/css")


# --- robots.txt ------------------------------------------------------------------------------


def _area(url, code):
    """The first path segment of `url` below the language's prefix, as a path prefix:
    /ar/accounts/login/ gives /ar/accounts/ (robots.txt rules are path prefixes)."""
    prefix = prefix_root(code)
    first = url[len(prefix) :].split("/", 1)[0]
    return f"{prefix}{first}/"


def disallowed_paths():
    """What crawlers are kept out of, in every language: the admin, the account pages, the
    search results (endless, and noindex anyway), the comment forms and the sign-up links
    (a token each). Each is found from one of its named routes, so a renamed segment follows."""
    paths = [reverse("wagtailadmin_home")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [
                _area(reverse("account_login"), code),
                _area(reverse("search"), code),
                _area(reverse("comments:report", args=[1]), code),
                _area(reverse("events:signup", args=["x"]), code),
            ]
    return list(dict.fromkeys(paths))


@require_safe
@cache_control(public=True, max_age=60 * 60)
def robots_txt(request):
    """/robots.txt of the request's site, pointing at that site's own sitemap."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallowed_paths()]
    lines += ["", f"Sitemap: {site_root_url(request)}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


# --- The server error page ---------------------------------------------------------------------

logger = logging.getLogger(__name__)


# How long a visitor (or a crawler) is asked to wait when the database is unreachable.
RETRY_AFTER_SECONDS = 120


def server_error(request, template_name="500.html"):
    """handler500: templates/500.html in the language of the address's prefix (/ar/... in
    Arabic), found from settings alone: whatever failed (often the database) is not asked
    again. A language whose catalogue does not have the page's text yet gets it in Dutch, with
    a line in English.

    When what failed is the database being unreachable (its server down, the connection
    broken: Django's OperationalError or InterfaceError, which Django's handler is still
    handling here), the same page says 503 Service Unavailable with Retry-After: the site is
    down for a while, not broken, and crawlers keep the page they have. Django reconnects on
    the next request, so the site comes back by itself when the database does."""
    unavailable = isinstance(sys.exc_info()[1], OperationalError | InterfaceError)
    try:
        code = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
        with translation.override(code):
            if code != settings.LANGUAGE_CODE and not _has_error_text():
                code = settings.LANGUAGE_CODE
        with translation.override(code):
            html = loader.get_template(template_name).render(
                {
                    "language_code": code,
                    "bidi": translation.get_language_bidi(),
                    "english_line": code == settings.LANGUAGE_CODE,
                    "program_name": PROGRAM_NAME,
                    "home_url": prefix_root(code),
                }
            )
    except Exception:  # noqa: BLE001 - the error page itself must never fail
        logger.exception("The server error page could not be rendered")
        html = "<!DOCTYPE html><title>Server Error (500)</title><h1>Server Error (500)</h1>"
    response = HttpResponseServerError(html)
    if unavailable:
        response.status_code = 503
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Never kept by a browser or a shared cache: the next request may well succeed.
    response["Cache-Control"] = "no-store"
    return response


ERROR_HEADING = gettext_noop("Er ging iets mis")


def _has_error_text():
    return translation.gettext(ERROR_HEADING) != ERROR_HEADING
