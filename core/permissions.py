"""Granting Wagtail permissions to groups, confined to a page subtree, a collection or a site.

Every function is idempotent: it only creates the rows that are missing.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupCollectionPermission, GroupPagePermission, GroupSitePermission

PAGE_EDITING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Local editors write and submit for review; their site's moderators publish.
PAGE_WRITING = ["add_page", "change_page", "lock_page", "unlock_page"]
PAGE_REVIEWING = ["change_page", "publish_page", "lock_page", "unlock_page"]
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


def grant_page_editing(group, page, codenames=PAGE_EDITING):
    for codename in codenames:
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


def ensure_review_workflow(name, page, reviewers):
    """A one-step approval workflow on `page` (and its subtree) whose task only `reviewers`
    can approve. Per municipality, so one site's moderators never approve another's pages."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    workflow, _ = Workflow.objects.get_or_create(name=name)
    task = GroupApprovalTask.objects.filter(name=f"{name}: goedkeuring").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"{name}: goedkeuring")
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def grant_translating(group):
    """wagtail-localize's "Translate" action (its only permission is global; which pages and
    snippets a group may translate is confined by municipalities.translations)."""
    # wagtail-localize's migration makes this permission (on a content type of its own); a
    # flushed database (between browser tests) has lost it, as it loses the tree's roots.
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    submit, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    group.permissions.add(submit)


def share_page_permissions(source, target):
    """Give `target` (a translation of `source`) the page permissions and the workflow that
    are set on `source` itself, so whoever edits and reviews a page does so in its
    translations too."""
    from wagtail.models import WorkflowPage

    for granted in GroupPagePermission.objects.filter(page=source):
        GroupPagePermission.objects.get_or_create(
            group_id=granted.group_id, page=target, permission_id=granted.permission_id
        )
    workflow_page = WorkflowPage.objects.filter(page=source).first()
    if workflow_page is not None:
        WorkflowPage.objects.get_or_create(
            page=target, defaults={"workflow_id": workflow_page.workflow_id}
        )
