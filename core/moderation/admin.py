"""The moderation queue of a kind of member content, as a Wagtail ModelViewSet: a status filter
with counts (pending by default, "reported" for what has open reports), search, pagination,
breadcrumbs and the menu item from Wagtail; the permission policy says a moderator sees and
acts on the items of the pages they may publish, nothing else; every action checks that again.

A kind's queue subclasses ModerationViewSet with its model, names, columns and the messages
of its actions (comments.wagtail_hooks, board.wagtail_hooks).
"""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404, QueryDict
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Table
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from ..http import private_view, refuse
from . import services
from .adapter import get_adapter
from .models import Status

FILTERS = {
    "pending": gettext_lazy("Wacht op goedkeuring"),
    "reported": gettext_lazy("Gemeld"),
    "approved": gettext_lazy("Goedgekeurd"),
    "rejected": gettext_lazy("Afgewezen"),
    "hidden": gettext_lazy("Verborgen"),
}
MODERATOR_ACTIONS = ("view", "change")

_queues = {}


def queue_for(model):
    """The registered ModerationViewSet of a kind of member content."""
    return _queues[model]


class ModerationPermissionPolicy(BasePermissionPolicy):
    """Whoever may publish a page may view and change (moderate) the items under it; nobody
    adds or deletes member content here. Reads the page permissions Wagtail keeps on the user,
    so the menu item costs no query of its own."""

    def user_has_permission(self, user, action):
        return action in MODERATOR_ACTIONS and services.may_moderate_any(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return action in MODERATOR_ACTIONS and services.can_moderate(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not set(actions) & set(MODERATOR_ACTIONS):
            return self.model.objects.none()
        return services.moderated(self.model, user)

    def users_with_any_permission(self, actions):
        if not set(actions) & set(MODERATOR_ACTIONS):
            return get_user_model().objects.none()
        return services.permission_policy.users_with_permission("publish")


class TemplateColumn(BaseColumn):
    """A column whose cells a template renders from the (labelled) item."""

    def __init__(self, name, label, template):
        super().__init__(name, label=label)
        self.cell_template_name = template

    def get_cell_context_data(self, instance, parent_context):
        # The actions' forms need the request's CSRF token.
        context = super().get_cell_context_data(instance, parent_context)
        return {**context, "csrf_token": get_token(context["request"])}


class QueueTable(Table):
    row_id = "item"

    def get_row_attrs(self, instance):
        return {**super().get_row_attrs(instance), "id": f"{self.row_id}-{instance.pk}"}


class QueueFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        method="filter_status",
        empty_label=None,
        widget=forms.RadioSelect,
        initial="pending",  # so the default is no active filter to clear
    )

    def __init__(self, data=None, *args, counts=None, **kwargs):
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if data.get("status") not in FILTERS:
            data["status"] = "pending"
        super().__init__(data, *args, **kwargs)
        counts = counts or {}
        self.filters["status"].extra["choices"] = [
            (value, f"{label} ({counts.get(value, 0)})") for value, label in FILTERS.items()
        ]

    def filter_status(self, queryset, name, value):
        if value == "reported":
            return queryset.filter(open_reports__gt=0).order_by("created_at", "pk")
        # What waits, oldest first; what was decided, newest first.
        order = ("created_at", "pk") if value == "pending" else ("-created_at", "-pk")
        return queryset.filter(status=value).order_by(*order)


@method_decorator(private_view, name="dispatch")
class QueueView(IndexView):
    queue = None  # the ModerationViewSet
    any_permission_required = MODERATOR_ACTIONS  # also checked in dispatch, for our own 403
    table_class = QueueTable

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, MODERATOR_ACTIONS):
            return self.queue.forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return self.moderated.annotate(
            open_reports=Count("reports", filter=Q(reports__resolved=False))
        ).select_related(*self.queue.related)

    @cached_property
    def moderated(self):
        return self.permission_policy.instances_user_has_permission_for(self.request.user, "change")

    def get_filterset_kwargs(self):
        counts = self.moderated.aggregate(
            **{
                name: Count("pk", filter=Q(status=name), distinct=True)
                for name in FILTERS
                if name != "reported"
            },
            reported=Count("pk", filter=Q(reports__resolved=False), distinct=True),
        )
        return {**super().get_filterset_kwargs(), "queryset": self.moderated, "counts": counts}

    def filter_queryset(self, queryset):
        # The status filter always applies (pending when none or an unknown one is asked).
        return self.filters.filter_queryset(queryset) if self.filters.is_valid() else queryset

    def paginate_queryset(self, queryset, page_size):
        paginator, page, items, is_paginated = super().paginate_queryset(
            queryset.prefetch_related(
                Prefetch(
                    "reports",
                    queryset=self.queue.report_model().objects.filter(resolved=False),
                    to_attr="open_report_list",
                )
            ),
            page_size,
        )
        items = list(items)
        self.queue.label(items, self.request, self.back_url)
        return paginator, page, items, is_paginated

    def get_table(self, object_list):
        table = super().get_table(object_list)
        table.row_id = self.queue.row_id
        return table

    @cached_property
    def back_url(self):
        """This page of the queue (not the results fragment), for after an action."""
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        return self.index_url + (f"?{query.urlencode()}" if query else "")


@method_decorator(private_view, name="dispatch")
class ActionView(View):
    """A moderator's action on one item (a POST from the queue): block its author, or approve /
    reject (with the reason given) / hide / restore it; then back to the queue."""

    http_method_names = ["post"]
    queue = None

    def post(self, request, pk, action):
        if action not in services.ACTIONS and action != "block":
            raise Http404
        item = get_object_or_404(
            self.queue.model.objects.select_related(*self.queue.related), pk=pk
        )
        if not services.can_moderate(request.user, item):
            return self.queue.forbidden(request)
        if action == "block":
            try:
                author = services.block_author(item, request.user)
            except services.ModerationError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    gettext("%(name)s is geblokkeerd; wat nog wachtte is verborgen.")
                    % {"name": get_adapter().display_name(author)},
                )
        else:
            services.moderate(item, request.user, action, request.POST.get("reason", ""))
            messages.success(request, self.queue.done[action])
        return self.back_to_queue(request)

    def back_to_queue(self, request):
        """To the `next` the action's form sent, if it is a page of this queue; else the queue."""
        next_url = request.POST.get("next", "")
        queue_path = self.queue.index_url()
        if next_url.startswith(queue_path) and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}
        ):
            return redirect(next_url)
        return redirect(queue_path)


class ItemHistoryView(HistoryView):
    """An item's audit log (its moderators' decisions, core.moderation.log), for whoever may
    moderate that item; there is no edit view to link to."""

    def get_object(self):
        item = super().get_object()
        if not services.can_moderate(self.request.user, item):
            raise PermissionDenied
        return item

    @cached_property
    def header_buttons(self):
        return []


class ModerationViewSet(ModelViewSet):
    """The queue of one kind of member content. A subclass sets model, name (the
    URL segment under /admin/), url_namespace, icon, menu_label, menu_order, row_id, related
    (what to select with each item), done (a message per action), forbidden_message and
    item_columns (the TemplateColumns that show the item and where it stands; author, status
    and actions follow for every kind), and labels each listed item in `label_item`."""

    index_view_class = QueueView
    action_view_class = ActionView
    history_view_class = ItemHistoryView
    filterset_class = QueueFilterSet
    add_to_admin_menu = True
    add_to_reference_index = False  # member content is no editor's reference
    list_per_page = 50
    copy_view_enabled = False
    row_id = "item"
    related = ()
    done = {}
    forbidden_message = ""
    item_columns = []

    @cached_property
    def list_display(self):
        return [
            *self.item_columns,
            TemplateColumn("author", gettext_lazy("Schrijver"), "core/moderation/author_cell.html"),
            TemplateColumn("status", gettext_lazy("Status"), "core/moderation/status_cell.html"),
            TemplateColumn("actions", gettext_lazy("Acties"), "core/moderation/actions_cell.html"),
        ]

    # Which action takes a rejected item back (comments are approved again, posts restored).
    rejected_back = "approve"

    def on_register(self):
        register_permission_policy(self.model, ModerationPermissionPolicy(self.model))
        _queues[self.model] = self
        super().on_register()

    def register_admin_url_finder(self):
        pass  # there is no edit view to find

    def get_permissions_to_register(self):
        return Permission.objects.none()  # moderating follows page permissions

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queue=self, page_title=self.menu_label, **kwargs)

    def get_history_view_kwargs(self, **kwargs):
        return super().get_history_view_kwargs(edit_url_name=None, **kwargs)

    @cached_property
    def action_view(self):
        return self.action_view_class.as_view(queue=self)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/<slug:action>/", self.action_view, name="moderate"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]

    def report_model(self):
        return self.model._meta.get_field("reports").related_model

    def index_url(self):
        return reverse(self.get_url_name("index"))

    def forbidden(self, request):
        """A 403 inside the admin's frame. (Raising PermissionDenied in an admin view would make
        Wagtail redirect to the dashboard instead.)"""
        return refuse(
            request,
            "core/moderation/forbidden.html",
            {
                "page_title": self.menu_label,
                "header_title": self.menu_label,
                "header_icon": self.icon,
                "message": self.forbidden_message,
            },
        )

    def label(self, items, request, back_url):
        """Set what the cells show of each item on the current page: its site, its author's
        name, its actions (with where they go and where they come back to)."""
        adapter = get_adapter()
        site_label = adapter.site_labeller()
        for item in items:
            item.site_label = site_label(item.moderation_page())
            item.author_name = adapter.display_name(item.author)
            item.actions = [
                (action, reverse(self.get_url_name("moderate"), args=[item.pk, action]))
                for action in self.actions_for(item)
            ]
            item.next_url = back_url
            item.history_url = reverse(self.get_url_name("history"), args=[item.pk])
            item.reason_id = f"reden-{self.row_id}-{item.pk}"
            self.label_item(item, request)
        self.label_items(items, request)

    def label_item(self, item, request):
        """What else a kind's cells show of one item."""

    def label_items(self, items, request):
        """What a kind looks up for the whole page of items at once."""

    def actions_for(self, item):
        """The actions the queue offers for an item, in its order."""
        actions = []
        status = item.status
        reported_but_shown = item.open_reports and status == Status.APPROVED
        if (
            status == Status.PENDING
            or reported_but_shown
            or (status == Status.REJECTED and self.rejected_back == "approve")
        ):
            actions.append("approve")
        if status == Status.PENDING:
            actions.append("reject")
        if status in (Status.PENDING, Status.APPROVED):
            actions.append("hide")
        if status == Status.HIDDEN or (
            status == Status.REJECTED and self.rejected_back == "restore"
        ):
            actions.append("restore")
        author = item.author
        if author is not None and author.is_active and not (author.is_staff or author.is_superuser):
            actions.append("block")
        return actions
