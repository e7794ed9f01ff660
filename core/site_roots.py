"""Wagtail's site root paths (every site's home in every language), which Wagtail reads from the
cache and, on a miss, builds with a query per site (its translations): 343 queries on the first
request after the cache is cleared at the size of the country. `prime()` builds the same list
with two queries and stores it where Wagtail looks for it (Site.get_site_root_paths); Wagtail
still clears it when a site or a home page's address changes."""

from django.core.cache import cache
from wagtail.models import Page, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

# As long as Wagtail keeps it (Site.get_site_root_paths).
TIMEOUT = 3600


def build():
    sites = list(
        Site.objects.select_related("root_page", "root_page__locale").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"
        )
    )
    translations = {}
    for page in (
        Page.objects.filter(translation_key__in={site.root_page.translation_key for site in sites})
        .select_related("locale")
        .order_by("path")
        .only("translation_key", "url_path", "locale__language_code")
    ):
        translations.setdefault(page.translation_key, []).append(page)
    return [
        SiteRootPath(site.id, page.url_path, site.root_url, page.locale.language_code)
        for site in sites
        for page in translations.get(site.root_page.translation_key, [site.root_page])
    ]


def prime():
    """Make sure Wagtail finds its site root paths in the cache: an existence check (Redis'
    EXISTS), not a read of the list (every site in every language: 2,400 entries at the size
    of the country)."""
    if not cache.has_key(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION):
        cache.set(
            SITE_ROOT_PATHS_CACHE_KEY,
            [tuple(root) for root in build()],
            TIMEOUT,
            version=SITE_ROOT_PATHS_CACHE_VERSION,
        )


class CanonicalAddresses:
    """What to pass as `request` to Page.get_full_url() for the canonical addresses of many
    pages at once (a feed's items, each on its own site's host): Wagtail keeps the site root
    paths on it, read once rather than once a page (2,400 at the size of the country), and
    since it is no HttpRequest, Wagtail picks each page's own site, not the requested one."""
