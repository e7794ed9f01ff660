"""Query helpers that keep public pages at a fixed, small number of queries."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .cache import GLOBAL, cached


def restricted_paths():
    """Tree paths of pages with a view restriction (the restriction covers their subtree)."""
    return cached(
        ("restricted-paths",),
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        scope=GLOBAL,  # restrictions and moves bump GLOBAL
    )


def public_q():
    """A Q for pages no view restriction covers: Wagtail's .public() from the cache."""
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def page_ancestors(page):
    """The page's ancestors below the tree root, top first, without StreamField data; one query
    per page object (kept on it), shared by breadcrumbs and listing scopes."""
    ancestors = getattr(page, "_cached_ancestors", None)
    if ancestors is None and page.depth <= 2:
        ancestors = page._cached_ancestors = []  # right below the tree root: none to ask for
    if ancestors is None:
        ancestors = list(
            Page.objects.ancestor_of(page)
            .filter(depth__gte=2)
            .select_related("content_type")
            .defer_streamfields()
        )
        page._cached_ancestors = ancestors
    return ancestors


def remember_ancestors(page, ancestors):
    """Give a page the ancestors its caller knows already (a parent's, then the parent), so that
    page_ancestors does not ask for them; returns the page."""
    page._cached_ancestors = list(ancestors)
    return page
