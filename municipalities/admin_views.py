"""Wagtail admin views that list pages of every site, confined to the user's admin scope.

Served at Wagtail's own addresses (config/urls.py puts them before the admin's URLs), so every
link and menu item of the admin reaches them.
"""

import copy
import json

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.http import Http404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.chooser import (
    BrowseView,
    ChosenMultipleView,
    ExternalLinkView,
    PageStatusColumn,
    PageTitleColumn,
    SearchView,
)
from wagtail.admin.views.reports.locked_pages import LockedPagesReportFilterSet, LockedPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.admin.views.workflows import (
    TaskChooserCreateView,
    TaskChooserResultsView,
    TaskChooserView,
    task_chosen,
)
from wagtail.models import Page, Site, Task, Workflow, WorkflowState
from wagtail.permissions import workflow_permission_policy

from .admin_scope import admin_scope


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    """Counts and names only pages of the user's own trees ("Paginatypegebruik")."""

    def get_queryset(self):
        scope = admin_scope(self.request.user)
        if scope.everything:
            return super().get_queryset()
        page_types = ContentType.objects.filter(model__in=self.page_models)
        self.queryset = page_types
        page_types = self.filter_queryset(page_types)

        cleaned = self.filters.form.cleaned_data
        pages = scope.own_pages(Page.objects.all())
        if cleaned.get("page_locale"):
            pages = pages.filter(locale__language_code=cleaned["page_locale"])
        if cleaned.get("site"):
            pages = pages.filter(path__startswith=cleaned["site"])
        latest_edited = (
            pages.filter(content_type=OuterRef("pk"))
            .order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk")
            .values("pk")[:1]
        )
        queryset = page_types.annotate(
            count=Count("pages", filter=Q(pages__in=pages.values("pk"))),
            last_edited_page_id=Subquery(latest_edited),
        )
        return queryset.order_by("-count", "app_label", "model")


def as_published(page, user):
    """Another site's page as its visitors see it: live title, no pending changes, updated when
    it was last published (not when someone last saved a draft)."""
    if admin_scope(user).sees_work_of(page):
        return page
    published = copy.copy(page)
    published.draft_title = page.title
    published.has_unpublished_changes = False
    published.latest_revision_created_at = page.last_published_at
    return published


class PublishedStateColumnMixin:
    def render_cell_html(self, instance, parent_context):
        page = as_published(instance, parent_context["request"].user)
        return super().render_cell_html(page, parent_context)


class PublishedTitleColumn(PublishedStateColumnMixin, PageTitleColumn):
    pass


class PublishedStatusColumn(PublishedStateColumnMixin, PageStatusColumn):
    pass


class PublishedDateColumn(PublishedStateColumnMixin, DateColumn):
    pass


class PublishedColumnsMixin:
    """The chooser's title, date and status columns show another site's page with its live
    title, publication date and state, not the draft title, draft date and "live + draft" of its
    work in progress."""

    published_columns = {
        PageTitleColumn: PublishedTitleColumn,
        PageStatusColumn: PublishedStatusColumn,
        DateColumn: PublishedDateColumn,
    }

    @property
    def columns(self):
        columns = super().columns
        for column in columns:
            column.__class__ = self.published_columns.get(type(column), type(column))
        return columns


class ScopedSearchView(PublishedColumnsMixin, SearchView):
    pass


class ScopedBrowseView(PublishedColumnsMixin, BrowseView):
    """The page chooser opened at another site's draft would name it as the parent."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            pages = Page.objects.filter(pk=parent_page_id)
            visible = admin_scope(request.user).choosable_pages(pages).exists()
            if not visible and not pages.filter(depth=1).exists():
                raise Http404
        return super().get(request, parent_page_id)


class ScopedExternalLinkView(ExternalLinkView):
    """A URL pasted as an external link that is a live page of another site becomes a link to
    that page; name it with its live title, not the draft title of its pending changes."""

    def render_chosen_response(self, result):
        if "id" in result:
            page = Page.objects.get(pk=result["id"])
            result = {**result, "adminTitle": as_published(page, self.request.user).draft_title}
        return super().render_chosen_response(result)

    def post(self, request):
        response = super().post(request)
        data = json.loads(response.content)
        if data.get("step") != "confirm_external_to_internal":
            return response
        page = Page.objects.get(pk=data["internal"]["id"]).specific
        if admin_scope(request.user).sees_work_of(page):
            return response
        data["internal"]["adminTitle"] = page.title
        submitted_url = data["external"]["url"]
        relative = submitted_url.startswith("/") and len(Site.get_site_root_paths()) == 1
        internal_url = page.get_url(request) if relative else page.get_full_url(request)
        return render_modal_workflow(
            request,
            "wagtailadmin/chooser/confirm_external_to_internal.html",
            None,
            {"submitted_url": submitted_url, "internal_url": internal_url, "page": page.title},
            json_data={
                "step": data["step"],
                "external": data["external"],
                "internal": data["internal"],
            },
        )


class ScopedChosenMultipleView(ChosenMultipleView):
    """Returns the titles of the chosen pages: only of pages the user may choose."""

    def get(self, request):
        ids = request.GET.getlist("id")
        pages = admin_scope(request.user).choosable_pages(Page.objects.filter(pk__in=ids))
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in pages.values_list("pk", flat=True)])
        return super().get(request)


class ScopedWorkflowFiltersMixin:
    """The workflow reports' filters would offer every municipality's workflows, tasks and
    requesters; offer those of the user's own trees."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope = admin_scope(self.request.user)
        if scope.everything:
            return
        workflows = scope.workflows(Workflow.objects.all())
        self.filters["workflow"].queryset = workflows
        if "task" in self.filters:
            self.filters["task"].queryset = Task.objects.filter(
                workflow_tasks__workflow__in=workflows
            ).distinct()
        if "requested_by" in self.filters:
            requesters = WorkflowState.objects.filter(workflow__in=workflows)
            self.filters["requested_by"].queryset = (
                self.filters["requested_by"]
                .queryset(self.request)
                .filter(pk__in=requesters.values("requested_by"))
            )


class ScopedWorkflowReportFilterSet(ScopedWorkflowFiltersMixin, WorkflowReportFilterSet):
    pass


class ScopedWorkflowTasksReportFilterSet(ScopedWorkflowFiltersMixin, WorkflowTasksReportFilterSet):
    pass


class ScopedWorkflowView(WorkflowView):
    filterset_class = ScopedWorkflowReportFilterSet


class ScopedWorkflowTasksView(WorkflowTasksView):
    filterset_class = ScopedWorkflowTasksReportFilterSet


class ScopedLockedPagesReportFilterSet(LockedPagesReportFilterSet):
    """The "locked by" filter would offer everyone who locked a page anywhere; offer those who
    locked pages of the user's own trees."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope = admin_scope(self.request.user)
        if scope.everything:
            return
        lockers = scope.own_pages(Page.objects.filter(locked=True)).values("locked_by")
        self.filters["locked_by"].queryset = (
            self.filters["locked_by"].queryset(self.request).filter(pk__in=lockers)
        )


class ScopedLockedPagesView(LockedPagesView):
    filterset_class = ScopedLockedPagesReportFilterSet


def require_workflow_management(view):
    """The task chooser serves the workflow editor; whoever may not create or edit workflows
    has no use for it, and it would name every municipality's tasks."""

    def checked(request, *args, **kwargs):
        if not workflow_permission_policy.user_has_any_permission(request.user, ["add", "change"]):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_admin_access(checked)


class ScopedTaskListingMixin:
    """Of the tasks, list those of the user's own workflows (for a workflow manager whose scope
    is one municipality; today only national editors and superusers manage workflows)."""

    def get_task_listing_context_data(self):
        context = super().get_task_listing_context_data()
        scope = admin_scope(self.request.user)
        if scope.everything:
            return context
        own = Task.objects.filter(
            workflow_tasks__workflow__in=scope.workflows(Workflow.objects.all())
        ).values("pk")
        context["all_tasks"] = context["all_tasks"].filter(pk__in=own)
        tasks = context["all_tasks"]
        if context["query_string"]:
            tasks = tasks.filter(name__icontains=context["query_string"])
        context["tasks"] = Paginator(tasks, per_page=10).get_page(self.request.GET.get("p"))
        return context


class ScopedTaskChooserView(ScopedTaskListingMixin, TaskChooserView):
    pass


class ScopedTaskChooserResultsView(ScopedTaskListingMixin, TaskChooserResultsView):
    pass


def urlpatterns():
    return [
        path(
            "workflows/task_chooser/",
            require_workflow_management(ScopedTaskChooserView.as_view()),
        ),
        path(
            "workflows/task_chooser/results/",
            require_workflow_management(ScopedTaskChooserResultsView.as_view()),
        ),
        path(
            "workflows/task_chooser/create/",
            require_workflow_management(TaskChooserCreateView.as_view()),
        ),
        path("workflows/task_chooser/<int:task_id>/", require_workflow_management(task_chosen)),
        path("reports/locked/", require_admin_access(ScopedLockedPagesView.as_view())),
        path(
            "reports/locked/results/",
            require_admin_access(ScopedLockedPagesView.as_view(results_only=True)),
        ),
        path("reports/workflow/", require_admin_access(ScopedWorkflowView.as_view())),
        path(
            "reports/workflow/results/",
            require_admin_access(ScopedWorkflowView.as_view(results_only=True)),
        ),
        path("reports/workflow_tasks/", require_admin_access(ScopedWorkflowTasksView.as_view())),
        path(
            "reports/workflow_tasks/results/",
            require_admin_access(ScopedWorkflowTasksView.as_view(results_only=True)),
        ),
        path("choose-page/", require_admin_access(ScopedBrowseView.as_view())),
        path("choose-page/search/", require_admin_access(ScopedSearchView.as_view())),
        path("choose-page/<int:parent_page_id>/", require_admin_access(ScopedBrowseView.as_view())),
        path(
            "choose-external-link/",
            require_admin_access(ScopedExternalLinkView.as_view()),
        ),
        path(
            "choose-page/chosen-multiple/",
            require_admin_access(ScopedChosenMultipleView.as_view()),
        ),
        path(
            "reports/page-types-usage/",
            require_admin_access(ScopedPageTypesUsageReportView.as_view()),
        ),
        path(
            "reports/page-types-usage/results/",
            require_admin_access(ScopedPageTypesUsageReportView.as_view(results_only=True)),
        ),
    ]
