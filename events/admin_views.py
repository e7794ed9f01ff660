"""Sign-ups (aanmeldingen) in the Wagtail admin, as a read-only ModelViewSet: organisers see,
filter, search and export (CSV and XLSX) the sign-ups of their own events, nobody else (the
rule: events/organisers.py). Every view applies the rule to its queryset, and no response may
be stored by a browser or a cache on the way.

/admin/aanmeldingen/                every sign-up the user may see
/admin/aanmeldingen/<event>/        one event's sign-ups (403 for someone else's event)
/admin/aanmeldingen/<event>/csv/    those as a spreadsheet file"""

import csv
import io

import django_filters
from django.contrib.auth.models import Permission
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import page_permission_policy

from municipalities.aggregation import MunicipalityLabeller

from .models import SignUp
from .organisers import ORGANISER_PERMISSIONS, visible_events

# Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXPORT_HEADINGS = {
    "date": gettext_lazy("datum"),
    "time_range": gettext_lazy("tijd"),
    "first_name": gettext_lazy("voornaam"),
    "email": gettext_lazy("e-mail"),
    "phone": gettext_lazy("telefoon"),
    "people": gettext_lazy("personen"),
    "group_names_line": gettext_lazy("voornamen groep"),
    "status_label": gettext_lazy("status"),
    "signed_up": gettext_lazy("aangemeld op"),
}


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def may_organise(user):
    """Whether the user could organise events at all: a superuser, or groups that grant both
    organiser rights on some page. Read from the page permissions Wagtail already loaded for
    this request (the explorer menu reads them too), so the menu item costs no query; which
    events exactly is `visible_events`."""
    if not user.is_active or user.is_anonymous:
        return False
    if user.is_superuser:
        return True
    held = {
        grant.permission.codename
        for grant in page_permission_policy.get_cached_permissions_for_user(user)
    }
    return held.issuperset(ORGANISER_PERMISSIONS)


class SignUpPermissionPolicy(BasePermissionPolicy):
    """Sign-ups are only viewed (and exported) in the admin, by the organisers of their event;
    the public makes them, nobody edits or deletes them here. The viewset's menu item asks
    this policy, so it runs no query of its own on every admin page."""

    def user_has_permission(self, user, action):
        return action == "view" and may_organise(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return SignUp.objects.none()
        return SignUp.objects.filter(slot__event__in=visible_events(user))

    def users_with_any_permission(self, actions):
        raise NotImplementedError("organisers follow from page grants per event")


def spreadsheet_safe(value):
    """A text cell a spreadsheet will not run as a formula: a leading apostrophe makes it text
    (OWASP's advice against CSV injection). Names and numbers are typed in by the public."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _when(signup):
    slot, event = signup.slot, signup.slot.event
    starts_at, ends_at = timezone.localtime(slot.starts_at), timezone.localtime(slot.ends_at)
    if event.all_day:
        return formats.date_format(starts_at, "l j F Y")
    return f"{formats.date_format(starts_at, 'l j F Y, H:i')}–{formats.date_format(ends_at, 'H:i')}"


class SignUpFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Activiteit"),
        field_name="slot__event",
        queryset=lambda request: (
            visible_events(request.user).filter(slots__isnull=False).distinct().order_by("title")
        ),
    )
    period = django_filters.ChoiceFilter(
        label=gettext_lazy("Datums"),
        choices=[
            ("upcoming", gettext_lazy("Komende datums")),
            ("past", gettext_lazy("Voorbije datums")),
        ],
        method="filter_period",
        empty_label=gettext_lazy("Alle datums"),
    )

    class Meta:
        model = SignUp
        fields = ["status"]

    def filter_period(self, queryset, name, value):
        now = timezone.now()
        if value == "upcoming":
            return queryset.filter(slot__ends_at__gte=now)
        return queryset.filter(slot__ends_at__lt=now)


class SignUpIndexView(IndexView):
    """The sign-ups the user may see; with `event_id`, one event's (or a 403)."""

    any_permission_required = ["view"]
    filterset_class = SignUpFilterSet
    default_ordering = "slot__starts_at"
    export_headings = EXPORT_HEADINGS
    list_export = list(EXPORT_HEADINGS)
    custom_field_preprocess = {
        field: {IndexView.FORMAT_CSV: spreadsheet_safe} for field in EXPORT_HEADINGS
    }
    page_title = gettext_lazy("Aanmeldingen")
    event = None
    export_format = None

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_any_permission(self.any_permission_required):
            return self.forbidden()
        event_id = kwargs.get("event_id")
        if event_id is not None:
            self.event = (
                visible_events(request.user)
                .filter(pk=event_id)
                .select_related("locale")
                .defer_streamfields()
                .first()
            )
            if self.event is None:
                return self.forbidden()
            if kwargs.get("export"):
                self.is_export = True
                self.export_format = kwargs["export"]
        return private(super().dispatch(request, *args, **kwargs))

    def forbidden(self):
        """A 403 inside the admin's frame (PermissionDenied would send the user to the
        dashboard), the same whether or not the event exists."""
        response = TemplateResponse(
            self.request,
            "events/admin/forbidden.html",
            {
                "page_title": self.page_title,
                "header_title": self.page_title,
                "header_icon": "group",
            },
            status=403,
        )
        return private(response)

    def get_base_queryset(self):
        queryset = (
            SignUp.objects.filter(slot__event__in=visible_events(self.request.user))
            .select_related("slot__event")
            .defer("slot__event__body")
        )
        if self.event:
            queryset = queryset.filter(slot__event=self.event)
        return queryset

    def order_queryset(self, queryset):
        return super().order_queryset(queryset).order_by(self.ordering, "created_at", "pk")

    def render_to_response(self, context, **response_kwargs):
        if self.export_format:
            return self.as_spreadsheet(context["object_list"], self.export_format)
        return super().render_to_response(context, **response_kwargs)

    @cached_property
    def labeller(self):
        return MunicipalityLabeller()

    def site_of(self, signup):
        home = self.labeller.label_for_path(signup.slot.event.path)
        return home.title if home else _("Landelijk")

    @cached_property
    def columns(self):
        activity = [
            TitleColumn(
                "event",
                label=_("Activiteit"),
                accessor=lambda signup: f"{signup.slot.event.title} ({self.site_of(signup)})",
                get_url=lambda signup: reverse("signups:event", args=[signup.slot.event_id]),
                width="20%",
            )
        ]
        # One event's page names it in its header already.
        return ([] if self.event else activity) + [
            Column("when", label=_("Datum"), accessor=_when, sort_key="slot__starts_at"),
            Column(
                "taken",
                label=_("Bezet"),
                accessor=lambda signup: (
                    _("%(taken)s van %(capacity)s")
                    % {"taken": signup.slot.taken, "capacity": signup.slot.capacity}
                ),
            ),
            Column("first_name", label=_("Voornaam"), sort_key="first_name"),
            Column("email", label=_("E-mailadres")),
            Column("phone", label=_("Telefoonnummer")),
            Column("people", label=_("Personen")),
            Column("group_names", label=_("Voornamen groep")),
            Column("status", label=_("Status"), accessor="get_status_display"),
            Column(
                "created_at",
                label=_("Aangemeld op"),
                accessor=lambda signup: formats.date_format(
                    timezone.localtime(signup.created_at), "j F Y H:i"
                ),
                sort_key="created_at",
            ),
        ]

    def get_page_subtitle(self):
        return self.event.title if self.event else ""

    def get_breadcrumbs_items(self):
        items = [
            *self.breadcrumbs_items,
            {"url": reverse("signups:index"), "label": self.page_title},
        ]
        if self.event:
            items.append({"url": "", "label": self.event.title})
        return items

    def get_index_url(self):
        if self.event:
            return reverse("signups:event", args=[self.event.pk])
        return super().get_index_url()

    def get_index_results_url(self):
        if self.event:
            return reverse("signups:event_results", args=[self.event.pk])
        return super().get_index_results_url()

    def get_filename(self):
        return f"aanmeldingen-{self.event.slug}" if self.event else self.export_filename

    def get_export_url(self, format):
        if self.event and format == self.FORMAT_CSV:
            return reverse("signups:csv", args=[self.event.pk])
        return super().get_export_url(format)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.event:
            context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[self.event.pk])
        return context

    def to_row_dict(self, signup):
        slot = signup.slot
        starts_at, ends_at = timezone.localtime(slot.starts_at), timezone.localtime(slot.ends_at)
        time_range = _("hele dag") if slot.event.all_day else f"{starts_at:%H:%M}-{ends_at:%H:%M}"
        return {
            "date": f"{starts_at:%d-%m-%Y}",
            "time_range": time_range,
            "first_name": signup.first_name,
            "email": signup.email,
            "phone": signup.phone,
            "people": signup.people,
            "group_names_line": " ".join(signup.group_names.split()),
            "status_label": signup.get_status_display(),
            "signed_up": f"{timezone.localtime(signup.created_at):%d-%m-%Y %H:%M}",
        }

    def write_csv_response(self, queryset):
        """One file (not streamed): a byte order mark, so Excel reads UTF-8 (names with accents,
        Arabic script), and semicolons, which Excel with Dutch regional settings expects (the
        comma is the decimal separator there) and opens straight into columns."""
        out = io.StringIO()
        out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=self.list_export, delimiter=";")
        writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for signup in queryset:
            self.write_csv_row(writer, self.to_row_dict(signup))
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=f"{self.get_filename()}.csv"
        )
        return response


class SignUpViewSet(ModelViewSet):
    model = SignUp
    icon = "group"
    name = "signups"
    url_prefix = "aanmeldingen"
    menu_label = gettext_lazy("Aanmeldingen")
    menu_order = 260
    export_filename = "aanmeldingen"
    add_to_admin_menu = True
    index_view_class = SignUpIndexView
    index_template_name = "events/admin/signups.html"
    search_fields = ["first_name", "email", "phone", "group_names"]
    search_backend_name = None
    copy_view_enabled = False
    # Sign-ups are never linked to from content, and saving one must not touch the index.
    add_to_reference_index = False

    def register_admin_url_finder(self):
        pass  # there is no edit view to find

    def get_common_view_kwargs(self, **kwargs):
        # Read-only: no add, edit, delete, history or usage views to link to.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_permissions_to_register(self):
        # Who sees sign-ups follows from page grants (events/organisers.py), not from
        # model permissions an administrator could tick in a group.
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:event_id>/", self.index_view, name="event"),
            path("<int:event_id>/results/", self.index_results_view, name="event_results"),
            path("<int:event_id>/csv/", self.index_view, {"export": "csv"}, name="csv"),
        ]
