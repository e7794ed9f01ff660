"""The bulletin board's moderation queue in the Wagtail admin, built like the comments queue: a
moderator sees and acts on the posts of the boards they may publish, nothing else; every action
checks that again (board.services.can_moderate)."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from comments import queue as queue_module
from members.services import display_name
from municipalities.aggregation import MunicipalityLabeller

from . import services
from .models import Post, PostReport

ICON = "thumbtack"
DONE = {
    "approve": gettext_lazy("Het bericht is goedgekeurd."),
    "reject": gettext_lazy("Het bericht is afgewezen."),
    "hide": gettext_lazy("Het bericht is verborgen."),
    "restore": gettext_lazy("Het bericht is hersteld."),
}


def forbidden(request):
    return queue_module.forbidden(request, "board/admin/forbidden.html", _("Prikbord"), ICON)


class ModerationQueueView(queue_module.ModerationQueue):
    template_name = "board/admin/queue.html"
    page_title = gettext_lazy("Prikbord")
    header_icon = ICON
    items_name = "posts"
    report_model = PostReport
    related = ("board", "author__profile")

    def may_moderate_any(self, user):
        return services.may_moderate_any(user)

    def moderated(self, user):
        return services.moderated_posts(user)

    def forbidden(self, request):
        return forbidden(request)

    def label(self, posts):
        labeller = MunicipalityLabeller()
        for post in posts:
            home = labeller.label_for_path(post.board.path)
            post.site_label = home.title if home else _("Landelijk")
            post.author_name = display_name(post.author)
            post.detail_url = post.board.post_url(post, self.request)


queue = ModerationQueueView.as_view()
QUEUE_URL = reverse_lazy("board_admin:queue")


@never_cache
@require_POST
def moderate(request, pk, action):
    if action not in services.ACTIONS and action != "block":
        raise Http404
    post = get_object_or_404(Post.objects.select_related("board", "author"), pk=pk)
    if not services.can_moderate(request.user, post):
        return forbidden(request)
    return queue_module.apply_action(
        request,
        post,
        action,
        services=services,
        error=services.PostError,
        done=DONE,
        queue_url=QUEUE_URL,
    )
