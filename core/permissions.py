"""Granting Wagtail permissions to groups, confined to a page subtree, a collection or a site.

Every function is idempotent: it only creates the rows that are missing.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupCollectionPermission, GroupPagePermission, GroupSitePermission

PAGE_EDITING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Image permissions are checked against wagtailimages.Image even with a custom image model.
MEDIA_EDITING = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_group(name, admin_access=True):
    group, _ = Group.objects.get_or_create(name=name)
    if admin_access:
        group.permissions.add(permission("wagtailadmin", "access_admin"))
    return group


def grant_page_editing(group, page):
    for codename in PAGE_EDITING:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )


def grant_media_editing(group, collection):
    for app_label, codename in MEDIA_EDITING:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=permission(app_label, codename),
        )


def grant_site_setting(group, site, model):
    codename = f"change_{model._meta.model_name}"
    GroupSitePermission.objects.get_or_create(
        group=group, site=site, permission=permission(model._meta.app_label, codename)
    )
