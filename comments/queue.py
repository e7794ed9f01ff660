"""The comments' moderation queue in the Wagtail admin (/admin/reacties/), on the moderation
kernel's viewset: a moderator sees and acts on the comments of the pages they may publish."""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.moderation.admin import ModerationViewSet, TemplateColumn

from .models import Comment, CommentsMixin, thread_title


def resolve_targets(comments, user, request):
    """{(page_id, target): CommentTarget} for the comments that hang under an item of their
    page, as `user` sees them: the pages in one query per page type, then each page type
    resolves all of its targets at once (CommentsMixin.comment_targets)."""
    keyed = {(comment.page_id, comment.target) for comment in comments if comment.target}
    if not keyed:
        return {}
    pages = Page.objects.filter(pk__in={page_id for page_id, _key in keyed}).specific()
    pages = {page.pk: page for page in pages}
    by_type = defaultdict(list)
    for page_id, key in sorted(keyed):
        page = pages.get(page_id)
        if isinstance(page, CommentsMixin):
            by_type[type(page)].append((page, key))
    found = {}
    for page_type, pairs in by_type.items():
        found.update(page_type.comment_targets(pairs, user, request=request))
    return found


class CommentQueue(ModerationViewSet):
    model = Comment
    name = "reacties"
    url_namespace = "comments_admin"
    icon = "comment"
    menu_label = _("Reacties")
    menu_order = 250
    row_id = "reactie"
    related = ("page", "author__profile")
    search_fields = ["body"]
    forbidden_message = _(
        "Je mag deze reacties niet modereren. Moderatoren zien alleen de reacties op pagina’s "
        "die zij mogen publiceren."
    )
    done = {
        "approve": _("De reactie is goedgekeurd."),
        "reject": _("De reactie is afgewezen."),
        "hide": _("De reactie is verborgen."),
        "restore": _("De reactie is hersteld."),
    }
    item_columns = [
        TemplateColumn("body", _("Reactie"), "comments/admin/comment_cell.html"),
        TemplateColumn("page", _("Pagina"), "comments/admin/page_cell.html"),
    ]

    def label_items(self, comments, request):
        targets = resolve_targets(comments, request.user, request)
        for comment in comments:
            comment.page_url = comment.page.get_url(request)
            # Under an item of the page (a bulletin board post): name it and link to it.
            comment.thread_title = comment.page.title
            comment.target_missing = False
            if comment.target:
                target = targets.get((comment.page_id, comment.target))
                if target is None:
                    comment.target_missing = True
                else:
                    comment.thread_title = thread_title(comment.page, target)
                    comment.page_url = target.url or comment.page_url
