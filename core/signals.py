"""Bump the cache versions (core/cache.py) of what a change may alter on the public sites, and
purge the anonymous page cache of the pages that show it (core/page_purge.py).

A page that is published, unpublished, deleted or renamed (slug) bumps the scopes of its place in
the tree (a municipality's, or GLOBAL for national pages); a move, a site, its settings, a theme
or a view restriction bumps GLOBAL. A draft save (a revision; Wagtail writes only the draft fields
below on the page row) and a page that is not live bump nothing: the public sees neither.
"""

import weakref
from contextlib import contextmanager

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import page_purge
from .cache import GLOBAL, MEMBER_CONTENT, bump, bump_structure_version, scopes_changed_by
from .page_cache import EVERY_PAGE, Target, areas, locate

# What Page.save_revision(), locking and tree bookkeeping write on the page row: never public.
DRAFT_FIELDS = frozenset(
    {
        "wagtail_admin_comments",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
    }
)


def page_changed(instance, **kwargs):
    bump(*scopes_changed_by(instance))
    page_purge.purge_page(instance)


def page_deleted(instance, **kwargs):
    """Before the row goes (its place in the tree is still known); the purges are repeated when
    the deletion commits."""
    page_changed(instance)


def page_saved(instance, update_fields=None, **kwargs):
    """A page row written outside publishing (factories, scripts, the live page's own fields):
    only a live page's public fields matter; publishing sends page_published as well."""
    if not instance.live:
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    bump(*scopes_changed_by(instance))
    page_purge.purge_page(instance)


def page_readdressed(instance, instance_before=None, **kwargs):
    """A new slug: every link to the page changes, in its area and wherever it is shown; a
    national page may be linked from every site's footer (contact, privacy)."""
    bump(*scopes_changed_by(instance))
    if locate(instance.url_path)[0] == areas().national:
        page_purge.purge([EVERY_PAGE])
        return
    page_purge.purge_page(instance, whole_area=True)
    if instance_before is not None:
        page_purge.purge_page(instance_before, whole_area=True, previous=False)


def page_moved(instance, url_path_before="", **kwargs):
    bump(GLOBAL)
    page_purge.purge_page(instance, whole_area=True)
    if url_path_before:
        page_purge.purge([Target(locate(url_path_before)[0]), Target(areas().national)])


def global_change(**kwargs):
    bump(GLOBAL)
    page_purge.purge([EVERY_PAGE])


def site_settings_changed(instance, **kwargs):
    """A site's own settings show on its pages only; the national site's (contact and privacy
    pages, the fallback of every site) on every site."""
    bump(GLOBAL)
    site = Site.objects.filter(pk=instance.site_id).select_related("root_page").first()
    if site is None or site.is_default_site:
        page_purge.purge([EVERY_PAGE])
    else:
        page_purge.purge([Target(locate(site.root_page.url_path)[0])])


def restriction_changed(instance, **kwargs):
    bump(GLOBAL)
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        page_purge.purge_page(page, whole_area=True)


def member_content_changed(instance, **kwargs):
    """A comment or bulletin board post: what lists member content across pages (the search,
    MEMBER_CONTENT) and the pages under which it shows (none when the page itself is being
    deleted, which purges them)."""
    bump(MEMBER_CONTENT)
    try:
        page = instance.moderation_page()
    except ObjectDoesNotExist:
        return
    page_purge.purge_page(page)


def connect():
    from .models import SiteSettings, Theme
    from .moderation.models import ModeratedContent

    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"cache-page-{id(signal)}")
    page_slug_changed.connect(page_readdressed, dispatch_uid="cache-page-slug")
    post_page_move.connect(page_moved, dispatch_uid="cache-page-move")
    for model in get_page_models():
        uid = f"cache-{model._meta.label}"
        post_save.connect(page_saved, sender=model, dispatch_uid=f"save-{uid}")
        pre_delete.connect(page_deleted, sender=model, dispatch_uid=f"delete-{uid}")
    changes = {
        Site: global_change,
        Theme: global_change,
        SiteSettings: site_settings_changed,
        PageViewRestriction: restriction_changed,
    }
    for model, handler in changes.items():
        uid = f"cache-{model._meta.label}"
        post_save.connect(handler, sender=model, dispatch_uid=f"save-{uid}")
        post_delete.connect(handler, sender=model, dispatch_uid=f"delete-{uid}")
    for model in apps.get_models():
        if issubclass(model, ModeratedContent):
            uid = f"page-cache-{model._meta.label}"
            post_save.connect(member_content_changed, sender=model, dispatch_uid=f"save-{uid}")
            post_delete.connect(member_content_changed, sender=model, dispatch_uid=f"del-{uid}")


# --- Writing much at once ---------------------------------------------------------------------
# The model and page signals that keep caches and indexes in step with each change.
CHANGE_SIGNALS = (
    post_save,
    post_delete,
    pre_delete,
    page_published,
    page_unpublished,
    page_slug_changed,
    post_page_move,
)


@contextmanager
def receivers_muted(*modules):
    """Leave out the receivers defined in these modules (e.g. this one's cache purges,
    modelsearch.signal_handlers' index updates) while much is written at once: the demo, a
    data set. Each page saved would work out what it shows on and purge it; at the size of the
    country over two seconds a municipality. The caller then makes everything stale once
    (everything_stale) and rebuilds what it muted."""

    def muted_receiver(entry):
        receiver = entry[1]
        if isinstance(receiver, weakref.ReferenceType):
            receiver = receiver()
        return getattr(receiver, "__module__", None) in modules

    kept = []
    for signal in CHANGE_SIGNALS:
        with signal.lock:
            kept.append((signal, signal.receivers))
            signal.receivers = [entry for entry in signal.receivers if not muted_receiver(entry)]
            signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for signal, receivers in kept:
            with signal.lock:
                signal.receivers = receivers
                signal.sender_receivers_cache.clear()


def everything_stale():
    """What a change of everything would do: new cache versions for every scope, and every
    page out of the anonymous page cache (and a CDN's)."""
    bump_structure_version()
    page_purge.purge([EVERY_PAGE])
