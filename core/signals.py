"""Bump the cache versions (core/cache.py) of what a change may alter on the public sites.

A page that is published, unpublished, deleted or renamed (slug) bumps the scopes of its place in
the tree (a municipality's, or GLOBAL for national pages); a move, a site, its settings, a theme
or a view restriction bumps GLOBAL. A draft save (a revision; Wagtail writes only the draft fields
below on the page row) and a page that is not live bump nothing: the public sees neither.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import GLOBAL, bump, scopes_changed_by

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


def page_saved(instance, update_fields=None, **kwargs):
    """A page row written outside publishing (factories, scripts, the live page's own fields):
    only a live page's public fields matter; publishing sends page_published as well."""
    if not instance.live:
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    bump(*scopes_changed_by(instance))


def global_change(**kwargs):
    bump(GLOBAL)


def connect():
    from .models import SiteSettings, Theme

    for signal in (page_published, page_unpublished, page_slug_changed):
        signal.connect(page_changed, dispatch_uid=f"cache-page-{id(signal)}")
    post_page_move.connect(global_change, dispatch_uid="cache-page-move")
    for model in get_page_models():
        uid = f"cache-{model._meta.label}"
        post_save.connect(page_saved, sender=model, dispatch_uid=f"save-{uid}")
        post_delete.connect(page_changed, sender=model, dispatch_uid=f"delete-{uid}")
    for model in (Site, SiteSettings, Theme, PageViewRestriction):
        uid = f"cache-{model._meta.label}"
        post_save.connect(global_change, sender=model, dispatch_uid=f"save-{uid}")
        post_delete.connect(global_change, sender=model, dispatch_uid=f"delete-{uid}")
