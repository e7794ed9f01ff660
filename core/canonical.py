"""The one address search engines should know a page by: its canonical URL.

A page can be reached at more than one address: a municipality's page on its own host and on
the national host under /gemeenten/<slug>/, a Dutch page under every language prefix (the
language tree, core.language_tree), a listing with filters in its query string. Its canonical
URL is the address on its *own* site (the most specific Site whose root it lies under, whatever
host the request came in on), in the page's *own* language (a Dutch page served under /ar/
while it has no Arabic translation is known by its Dutch address), absolute, without a query.

The <link rel="canonical"> and og:url (core.meta), the hreflang alternates (core.languages),
the sitemap (core.sitemaps) and an event's JSON-LD all take it from here.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Site


class _RootPaths:
    """What Page.get_url_parts is given instead of the request. Wagtail keeps the site root
    paths on whatever object it is given (`_wagtail_cached_site_root_paths`), and prefers the
    request's own site only when that object is an HttpRequest; this one shares the request's
    copy of the root paths (no cache read of its own) and lets Wagtail pick the page's most
    specific site, its own."""

    def __init__(self, root_paths):
        self._wagtail_cached_site_root_paths = root_paths


def site_root_paths(request=None):
    """Wagtail's site root paths (Site.get_site_root_paths), read once per request and kept
    on it where Wagtail keeps them too."""
    known = getattr(request, "_wagtail_cached_site_root_paths", None)
    if known is None:
        known = Site.get_site_root_paths()
        if isinstance(request, HttpRequest):
            request._wagtail_cached_site_root_paths = known
    return known


def own_host(request=None, root_paths=None):
    """The stand-in for get_url_parts (see _RootPaths): with `root_paths`, only those sites are
    considered (the sitemap gives its own site's); otherwise every site."""
    if root_paths is not None:
        return _RootPaths(tuple(root_paths))
    holder = getattr(request, "_canonical_root_paths", None)
    if holder is None:
        holder = _RootPaths(site_root_paths(request))
        if isinstance(request, HttpRequest):
            request._canonical_root_paths = holder
    return holder


def canonical_url(page, request=None, *, host=None):
    """The absolute URL of `page` on its own site and in its own language; None when it has
    no address. An alias (wagtail-localize makes them of untranslated pages) is known by the
    page it shows."""
    if getattr(page, "alias_of_id", None):
        page = page.alias_of
    # In Dutch, core.language_tree leaves Wagtail's URL alone: a Dutch page without a prefix,
    # a translation under its own tree's prefix.
    with translation.override(settings.LANGUAGE_CODE):
        parts = page.get_url_parts(host or own_host(request))
    if parts is None or parts[1] is None:
        return None
    _site_id, root_url, path = parts
    return root_url + path


def site_root_url(request):
    """The request's site's own root URL (its hostname and port as configured), for views
    outside the page tree; the request's own host when no site matches."""
    site = Site.find_for_request(request)
    if site is None:
        return request.build_absolute_uri("/").rstrip("/")
    return site.root_url
