"""Site-wide files a browser asks for by themselves: the favicon and the web app manifest."""

from django.conf import settings
from django.http import FileResponse, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .chrome import build_site_chrome

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
