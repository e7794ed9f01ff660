"""The bulletin board's moderation queue in the Wagtail admin, built like the comments queue: a
moderator sees and acts on the posts of the boards they may publish, nothing else; every action
checks that again (board.services.can_moderate)."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from members.services import display_name
from municipalities.aggregation import MunicipalityLabeller

from . import services
from .models import Post, PostReport

ICON = "thumbtack"
FILTERS = {
    "pending": gettext_lazy("Wacht op goedkeuring"),
    "reported": gettext_lazy("Gemeld"),
    "approved": gettext_lazy("Goedgekeurd"),
    "rejected": gettext_lazy("Afgewezen"),
    "hidden": gettext_lazy("Verborgen"),
}
DONE = {
    "approve": gettext_lazy("Het bericht is goedgekeurd."),
    "reject": gettext_lazy("Het bericht is afgewezen."),
    "hide": gettext_lazy("Het bericht is verborgen."),
    "restore": gettext_lazy("Het bericht is hersteld."),
}

permission_policy = PagePermissionPolicy()  # resolves its model lazily


def may_moderate_any(user):
    """Whoever may publish some page moderates the posts of the boards under it."""
    return permission_policy.user_has_permission(user, "publish")


def moderated_posts(user):
    """The posts `user` may moderate: those on boards they may publish (as
    comments.services.moderated_comments does for comments)."""
    pages = permission_policy.instances_user_has_permission_for(user, "publish")
    return Post.objects.filter(board__in=pages.values("pk"))


def open_reports_count():
    return Count("reports", filter=Q(reports__resolved=False))


def forbidden(request):
    """A 403 inside the admin's frame. (Raising PermissionDenied in an admin view would make
    Wagtail redirect to the dashboard instead.)"""
    return TemplateResponse(
        request,
        "board/admin/forbidden.html",
        {"page_title": _("Prikbord"), "header_title": _("Prikbord"), "header_icon": ICON},
        status=403,
    )


@method_decorator(never_cache, name="dispatch")
class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "board/admin/queue.html"
    page_title = gettext_lazy("Prikbord")
    header_icon = ICON
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        if not may_moderate_any(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        if status not in FILTERS:
            status = "pending"
        mine = moderated_posts(self.request.user)
        counts = mine.aggregate(
            **{
                name: Count("pk", filter=Q(status=name), distinct=True)
                for name in FILTERS
                if name != "reported"
            },
            reported=Count("pk", filter=Q(reports__resolved=False), distinct=True),
        )
        posts = (
            mine.annotate(open_reports=open_reports_count())
            .select_related("board", "author__profile")
            .prefetch_related(
                Prefetch(
                    "reports",
                    queryset=PostReport.objects.filter(resolved=False),
                    to_attr="open_report_list",
                )
            )
        )
        if status == "reported":
            posts = posts.filter(open_reports__gt=0).order_by("created_at", "pk")
        else:
            order = ("created_at", "pk") if status == "pending" else ("-created_at", "-pk")
            posts = posts.filter(status=status).order_by(*order)
        paginator = Paginator(posts, self.per_page)
        listing = paginator.get_page(self.request.GET.get("p"))
        labeller = MunicipalityLabeller()
        for post in listing.object_list:
            home = labeller.label_for_path(post.board.path)
            post.site_label = home.title if home else _("Landelijk")
            post.author_name = display_name(post.author)
            post.detail_url = post.board.post_url(post, self.request)
        context.update(
            status=status,
            filters=[
                {"value": value, "label": label, "count": counts[value]}
                for value, label in FILTERS.items()
            ],
            listing=listing,
            posts=listing.object_list,
            next_url=self.request.get_full_path(),
        )
        return context


queue = ModerationQueueView.as_view()
QUEUE_URL = reverse_lazy("board_admin:queue")


@never_cache
@require_POST
def moderate(request, pk, action):
    if action not in services.ACTIONS:
        raise Http404
    post = get_object_or_404(Post.objects.select_related("board"), pk=pk)
    if not services.can_moderate(request.user, post):
        return forbidden(request)
    services.moderate(post, request.user, action)
    messages.success(request, DONE[action])
    next_url = request.POST.get("next", "")
    queue_path = str(QUEUE_URL)
    if next_url.startswith(queue_path) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        return redirect(next_url)
    return redirect(queue_path)
