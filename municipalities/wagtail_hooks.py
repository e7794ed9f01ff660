"""Confining the admin to the user's own municipality (see admin_scope.py for the rule)."""

from wagtail import hooks
from wagtail.admin.views.pages import bulk_actions as page_actions
from wagtail.documents.views import bulk_actions as document_actions
from wagtail.images.views import bulk_actions as image_actions

from .admin_scope import admin_scope
from .translations import may_edit, submit_for_review


@hooks.register("construct_page_chooser_queryset")
def choosable_pages(pages, request):
    return admin_scope(request.user).choosable_pages(pages)


class ScopedBulkActionMixin:
    """A bulk action's confirmation page names the objects the user may not act on; leave out
    those of other municipalities entirely, so not even their titles show."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        scope = admin_scope(self.request.user)
        extra["items_with_no_access"] = [
            item for item in extra["items_with_no_access"] if scope.sees_work_of(item)
        ]
        return objects, extra


WAGTAIL_BULK_ACTIONS = [
    page_actions.DeleteBulkAction,
    page_actions.MoveBulkAction,
    page_actions.PublishBulkAction,
    page_actions.UnpublishBulkAction,
    document_actions.AddTagsBulkAction,
    document_actions.AddToCollectionBulkAction,
    document_actions.DeleteBulkAction,
    image_actions.AddTagsBulkAction,
    image_actions.AddToCollectionBulkAction,
    image_actions.DeleteBulkAction,
]

for _action in WAGTAIL_BULK_ACTIONS:
    # order=1: registered after Wagtail's own (order 0), so these replace them.
    hooks.register(
        "register_bulk_action",
        type(_action.__name__, (ScopedBulkActionMixin, _action), {"__module__": __name__}),
        order=1,
    )


# Before wagtail-localize's own hook, which shows the translation editor (order 0).
hooks.register("before_edit_page", submit_for_review, order=-1)

TRANSLATION_URLS = ("/localize/submit/", "/localize/update/")


@hooks.register("construct_page_listing_buttons")
def translate_own_pages_only(buttons, page, user, context=None):
    """wagtail-localize offers "Translate" and "Sync" on every page; keep them for pages the user
    may edit (its views refuse the others anyway)."""
    if may_edit(user, page):
        return
    buttons[:] = [
        button
        for button in buttons
        if not any(part in (getattr(button, "url", "") or "") for part in TRANSLATION_URLS)
    ]
