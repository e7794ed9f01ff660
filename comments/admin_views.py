"""The moderation queue in the Wagtail admin. A moderator sees and acts on the comments of the
pages they may publish, nothing else; every action checks that again."""

from collections import defaultdict

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from members.services import display_name
from municipalities.aggregation import MunicipalityLabeller

from . import services
from .models import Comment, CommentReport, CommentsMixin

FILTERS = {
    "pending": gettext_lazy("Wacht op goedkeuring"),
    "reported": gettext_lazy("Gemeld"),
    "approved": gettext_lazy("Goedgekeurd"),
    "rejected": gettext_lazy("Afgewezen"),
    "hidden": gettext_lazy("Verborgen"),
}
DONE = {
    "approve": gettext_lazy("De reactie is goedgekeurd."),
    "reject": gettext_lazy("De reactie is afgewezen."),
    "hide": gettext_lazy("De reactie is verborgen."),
    "restore": gettext_lazy("De reactie is hersteld."),
}


def forbidden(request):
    """A 403 inside the admin's frame. (Raising PermissionDenied in an admin view would make
    Wagtail redirect to the dashboard instead.)"""
    return TemplateResponse(
        request,
        "comments/admin/forbidden.html",
        {
            "page_title": _("Reacties"),
            "header_title": _("Reacties"),
            "header_icon": "comment",
        },
        status=403,
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


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "comments/admin/queue.html"
    page_title = gettext_lazy("Reacties")
    header_icon = "comment"
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        if not services.may_moderate_any(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        if status not in FILTERS:
            status = "pending"
        mine = services.moderated_comments(self.request.user)
        counts = mine.aggregate(
            **{
                name: Count("pk", filter=Q(status=name), distinct=True)
                for name in FILTERS
                if name != "reported"
            },
            reported=Count("pk", filter=Q(reports__resolved=False), distinct=True),
        )
        comments = (
            mine.annotate(open_reports=services.open_reports_count())
            .select_related("page", "author__profile")
            .prefetch_related(
                Prefetch(
                    "reports",
                    queryset=CommentReport.objects.filter(resolved=False),
                    to_attr="open_report_list",
                )
            )
        )
        if status == "reported":
            comments = comments.filter(open_reports__gt=0).order_by("created_at", "pk")
        else:
            order = ("created_at", "pk") if status == "pending" else ("-created_at", "-pk")
            comments = comments.filter(status=status).order_by(*order)
        paginator = Paginator(comments, self.per_page)
        listing = paginator.get_page(self.request.GET.get("p"))
        labeller = MunicipalityLabeller()
        targets = resolve_targets(listing.object_list, self.request.user, self.request)
        for comment in listing.object_list:
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
        context.update(
            status=status,
            filters=[
                {"value": value, "label": label, "count": counts[value]}
                for value, label in FILTERS.items()
            ],
            listing=listing,
            comments=listing.object_list,
            next_url=self.request.get_full_path(),
        )
        return context


queue = ModerationQueueView.as_view()
QUEUE_URL = reverse_lazy("comments_admin:queue")


@require_POST
def moderate(request, pk, action):
    if action not in services.ACTIONS and action != "block":
        raise Http404
    comment = get_object_or_404(Comment.objects.select_related("page", "author"), pk=pk)
    if not services.can_moderate(request.user, comment):
        return forbidden(request)
    if action == "block":
        try:
            author = services.block_author(comment, request.user)
        except services.CommentError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("%(name)s is geblokkeerd; wat nog wachtte is verborgen.")
                % {"name": display_name(author)},
            )
    else:
        services.moderate(comment, request.user, action)
        messages.success(request, DONE[action])
    next_url = request.POST.get("next", "")
    queue_path = str(QUEUE_URL)
    if next_url.startswith(queue_path) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        return redirect(next_url)
    return redirect(queue_path)
