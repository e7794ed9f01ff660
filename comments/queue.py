"""What every moderation queue in the admin shares (comments here, bulletin board posts in the
board app): status filters with counts, the "reported" filter, ordering, pagination, a 403 in
the admin's frame and a safe way back to the queue after an action. A queue says which items
the user moderates and how each is labelled; the rest is here."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from members.services import display_name

FILTERS = {
    "pending": gettext_lazy("Wacht op goedkeuring"),
    "reported": gettext_lazy("Gemeld"),
    "approved": gettext_lazy("Goedgekeurd"),
    "rejected": gettext_lazy("Afgewezen"),
    "hidden": gettext_lazy("Verborgen"),
}


def forbidden(request, template, title, icon):
    """A 403 inside the admin's frame. (Raising PermissionDenied in an admin view would make
    Wagtail redirect to the dashboard instead.)"""
    return TemplateResponse(
        request,
        template,
        {"page_title": title, "header_title": title, "header_icon": icon},
        status=403,
    )


def back_to_queue(request, queue_url):
    """To the `next` the action's form sent, if it is a page of this queue; else the queue."""
    next_url = request.POST.get("next", "")
    queue_path = str(queue_url)
    if next_url.startswith(queue_path) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        return redirect(next_url)
    return redirect(queue_path)


def apply_action(request, item, action, *, services, error, done, queue_url):
    """Carry out a moderator's action on an item of a queue (a comment or a post) through its
    app's services: block its author, or approve / reject (with the reason given) / hide /
    restore it; tell the moderator what happened and go back to the queue."""
    if action == "block":
        try:
            author = services.block_author(item, request.user)
        except error as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                gettext("%(name)s is geblokkeerd; wat nog wachtte is verborgen.")
                % {"name": display_name(author)},
            )
    else:
        services.moderate(item, request.user, action, request.POST.get("reason", ""))
        messages.success(request, done[action])
    return back_to_queue(request, queue_url)


@method_decorator(never_cache, name="dispatch")
class ModerationQueue(WagtailAdminTemplateMixin, TemplateView):
    """A queue of member content with a `status`, a `created_at` and `reports` (with a
    `resolved` flag). Subclasses set the template, title, icon, `items_name` and
    `report_model`, and implement may_moderate_any, moderated, forbidden and label."""

    per_page = 50
    items_name = "items"
    report_model = None
    related = ()

    def may_moderate_any(self, user):
        raise NotImplementedError

    def moderated(self, user):
        """A queryset of the items `user` may moderate."""
        raise NotImplementedError

    def forbidden(self, request):
        raise NotImplementedError

    def label(self, items):
        """Set what the template shows of each item on the current page (site, author...)."""

    def dispatch(self, request, *args, **kwargs):
        if not self.may_moderate_any(request.user):
            return self.forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        if status not in FILTERS:
            status = "pending"
        mine = self.moderated(self.request.user)
        counts = mine.aggregate(
            **{
                name: Count("pk", filter=Q(status=name), distinct=True)
                for name in FILTERS
                if name != "reported"
            },
            reported=Count("pk", filter=Q(reports__resolved=False), distinct=True),
        )
        items = (
            mine.annotate(open_reports=Count("reports", filter=Q(reports__resolved=False)))
            .select_related(*self.related)
            .prefetch_related(
                Prefetch(
                    "reports",
                    queryset=self.report_model.objects.filter(resolved=False),
                    to_attr="open_report_list",
                )
            )
        )
        if status == "reported":
            items = items.filter(open_reports__gt=0).order_by("created_at", "pk")
        else:
            # What waits, oldest first; what was decided, newest first.
            order = ("created_at", "pk") if status == "pending" else ("-created_at", "-pk")
            items = items.filter(status=status).order_by(*order)
        listing = Paginator(items, self.per_page).get_page(self.request.GET.get("p"))
        self.label(listing.object_list)
        context.update(
            {
                "status": status,
                "filters": [
                    {"value": value, "label": label, "count": counts[value]}
                    for value, label in FILTERS.items()
                ],
                "listing": listing,
                self.items_name: listing.object_list,
                "next_url": self.request.get_full_path(),
            }
        )
        return context
