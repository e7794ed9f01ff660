"""Bump the structure version (core/cache.py) whenever what the site chrome shows may change."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import bump_structure_version


def connect():
    from .models import SiteSettings, Theme

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(bump_structure_version, dispatch_uid=f"structure-{id(signal)}")
    for model in [Site, SiteSettings, Theme, PageViewRestriction, *get_page_models()]:
        uid = f"structure-{model._meta.label}"
        post_save.connect(bump_structure_version, sender=model, dispatch_uid=f"save-{uid}")
        post_delete.connect(bump_structure_version, sender=model, dispatch_uid=f"delete-{uid}")
