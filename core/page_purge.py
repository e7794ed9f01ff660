"""Which pages a change shows on, as page cache targets (core.page_cache), and their purge: in
the app's own page cache by bumping their versions (core.cache.bump, again when the transaction
commits), and in a CDN or Varnish in front through Wagtail's frontend cache invalidation
(settings.WAGTAILFRONTENDCACHE) by their addresses, on every host and in every language.

A page shows on: its own section and its area's home and search; a municipality's page also on
the national section of the same kind (the national news shows every municipality's news), the
national home and the national search; a national item shown on all sites on that section,
home and search of every municipality; a practice example also on the sites of the
municipalities it names. A section page, an area's home and a change of address (a move, a new
slug) alter the menu or links of their whole area; a municipality's home also the national
site (its name and place are in every national listing and on the map).

Member content (comments, bulletin board posts), sign-ups and profiles purge the pages they hang
under through `purge_page`; see core/signals.py, events/signals.py and members/signals.py.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Page

from .cache import bump
from .page_cache import EVERY_PAGE, SEARCH, SITEMAP, Target, areas, dutch_site_roots, locate


def _dutch(page):
    from .language_tree import source_page

    return source_page(page)


def _section_type(url_path):
    """The content type id of the section page at url_path, or None."""
    return (
        Page.objects.filter(url_path=url_path, locale__language_code=settings.LANGUAGE_CODE)
        .values_list("content_type_id", flat=True)
        .first()
    )


def _same_kind_sections(content_type_id, wanted_areas, known):
    """{area: section} of the section pages of this content type directly under the areas."""
    if content_type_id is None or not wanted_areas:
        return {}
    found = {}
    for url_path in Page.objects.filter(
        content_type_id=content_type_id, locale__language_code=settings.LANGUAGE_CODE
    ).values_list("url_path", flat=True):
        area, section = locate(url_path, known)
        if area in wanted_areas and url_path == f"{area}{section}/":
            found[area] = section
    return found


def _showing_everywhere(area, section):
    return {Target(area, section), Target(area, ""), Target(area, SEARCH), Target(area, SITEMAP)}


def _previous_content(page):
    """The content of the revision published before the page's current one (a flag or a list
    of municipalities that was just taken off still shows on yesterday's pages), or {}."""
    live = page.live_revision_id
    previous = (
        page.revisions.exclude(pk=live).filter(approved_go_live_at__isnull=True)
        if live
        else page.revisions.none()
    )
    revision = previous.order_by("-created_at", "-pk").first()
    return revision.content if revision is not None else {}


def targets_for_page(page, whole_area=False, previous=True):
    """The targets a public change to `page` (any language) makes stale (the module docstring).
    `whole_area`: its address changed, so every page of its area that links to it."""
    page = _dutch(page)
    specific = page.specific
    known = areas()
    area, section = locate(page.url_path, known)
    national = known.national
    targets = _showing_everywhere(area, section)
    section_path = f"{area}{section}/"
    if whole_area or page.url_path in (area, section_path) or _index_just_filled(page, area):
        targets.add(Target(area))
    if page.url_path == area and area != national:
        targets.add(Target(national))  # a municipality's name and place
    if not section:
        return targets

    kind = _section_type(section_path)
    shown_in = set()
    if area != national:
        shown_in.add(national)
    else:
        old = _previous_content(page) if previous else {}
        if getattr(specific, "show_on_all_sites", False) or old.get("show_on_all_sites"):
            shown_in.update(known.roots)
    involved = getattr(specific, "involved_municipalities", None)
    if involved is not None:
        shown_in.update(involved.values_list("url_path", flat=True))
    shown_in.discard(area)
    for other, other_section in _same_kind_sections(kind, shown_in, known).items():
        targets |= _showing_everywhere(other, other_section)
        if whole_area:
            targets.add(Target(other))
    for other in shown_in:
        targets.add(Target(other, ""))
    return targets


def _index_just_filled(page, area):
    """Whether the change may have put the page's index in or out of the menu (an index with
    nothing to list stays out of it: core.chrome): it now has at most one live item."""
    parent = page.get_parent()
    if parent is None or parent.url_path == area:
        return False
    if not hasattr(parent.specific_class, "has_listed_items"):
        return False
    return parent.get_children().live().count() <= 1


def frontend_urls(targets):
    """The addresses to purge in a CDN or Varnish for these targets: on every host that shows
    the area (its own site, and the national one at /gemeenten/<slug>/), in every language.
    A section ends in `*`: a prefix purge (docs/deploy.md has the Varnish rule)."""
    roots = dutch_site_roots()
    prefixes = [""] + [
        f"/{code}" for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    urls = set()
    for target in targets:
        for root in roots:
            base = root.root_url.rstrip("/")
            if target == EVERY_PAGE:
                urls.update(f"{base}{prefix}/*" for prefix in prefixes)
                continue
            if not target.area.startswith(root.root_path):
                continue
            relative = target.area[len(root.root_path) :]
            for prefix in prefixes:
                start = f"{base}{prefix}/{relative}"
                if target.section is None:
                    urls.add(start + "*")
                elif not target.section:
                    urls.add(start)
                elif "." in target.section:
                    urls.add(start + target.section)
                else:
                    urls.add(f"{start}{target.section}/*")
    return sorted(urls)


def purge(targets):
    targets = set(targets)
    if not targets:
        return
    bump(*sorted(target.scope for target in targets))
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        urls = frontend_urls(targets)
        transaction.on_commit(lambda: purge_urls_from_cache(urls))


def purge_page(page, **options):
    """Purge every page that shows `page` (after a change to it or to what hangs under it)."""
    if page is not None and page.url_path:
        purge(targets_for_page(page, **options))
