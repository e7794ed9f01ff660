"""The moderation queue in the Wagtail admin. A moderator sees and acts on the comments of the
pages they may publish, nothing else; every action checks that again."""

from collections import defaultdict

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Page

from members.services import display_name
from municipalities.aggregation import MunicipalityLabeller

from . import queue as queue_module
from . import services
from .models import Comment, CommentReport, CommentsMixin

DONE = {
    "approve": gettext_lazy("De reactie is goedgekeurd."),
    "reject": gettext_lazy("De reactie is afgewezen."),
    "hide": gettext_lazy("De reactie is verborgen."),
    "restore": gettext_lazy("De reactie is hersteld."),
}


def forbidden(request):
    return queue_module.forbidden(
        request, "comments/admin/forbidden.html", _("Reacties"), "comment"
    )


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


class ModerationQueueView(queue_module.ModerationQueue):
    template_name = "comments/admin/queue.html"
    page_title = gettext_lazy("Reacties")
    header_icon = "comment"
    items_name = "comments"
    report_model = CommentReport
    related = ("page", "author__profile")

    def may_moderate_any(self, user):
        return services.may_moderate_any(user)

    def moderated(self, user):
        return services.moderated_comments(user)

    def forbidden(self, request):
        return forbidden(request)

    def label(self, comments):
        labeller = MunicipalityLabeller()
        targets = resolve_targets(comments, self.request.user, self.request)
        for comment in comments:
            home = labeller.label_for_path(comment.page.path)
            comment.site_label = home.title if home else _("Landelijk")
            comment.author_name = display_name(comment.author)
            comment.page_url = comment.page.get_url(self.request)
            # Under an item of the page (a bulletin board post): name it and link to it.
            comment.thread_title = comment.page.title
            comment.target_missing = False
            if comment.target:
                target = targets.get((comment.page_id, comment.target))
                if target is None:
                    comment.target_missing = True
                else:
                    comment.thread_title = services.thread_title(comment.page, target)
                    comment.page_url = target.url or comment.page_url


queue = ModerationQueueView.as_view()
QUEUE_URL = reverse_lazy("comments_admin:queue")


@require_POST
def moderate(request, pk, action):
    if action not in services.ACTIONS and action != "block":
        raise Http404
    comment = get_object_or_404(Comment.objects.select_related("page", "author"), pk=pk)
    if not services.can_moderate(request.user, comment):
        return forbidden(request)
    return queue_module.apply_action(
        request,
        comment,
        action,
        services=services,
        error=services.CommentError,
        done=DONE,
        queue_url=QUEUE_URL,
    )
