"""Sign-ups (aanmeldingen) in the Wagtail admin: organisers see and export the sign-ups of
their own events, nobody else (the rule: events/organisers.py). Every view checks the rule
again, and no response may be stored by a browser or a cache on the way."""

import csv

from django.core.paginator import Paginator
from django.db.models import Count, F, Max, Min, Prefetch, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from municipalities.aggregation import MunicipalityLabeller

from .models import SignUp, Slot
from .organisers import organises_any, visible_events

INDEX_URL = reverse_lazy("events_admin:index")
# Dates per event on the overview; the event's own page lists them all.
LIST_DATES = 5
# Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def forbidden(request):
    """A 403 inside the admin's frame. (Raising PermissionDenied in an admin view would make
    Wagtail redirect to the dashboard instead.)"""
    response = TemplateResponse(
        request,
        "events/admin/forbidden.html",
        {
            "page_title": _("Aanmeldingen"),
            "header_title": _("Aanmeldingen"),
            "header_icon": "group",
        },
        status=403,
    )
    return private(response)


def event_for(user, event_id):
    """The event, if `user` may see its sign-ups; else None (whether or not it exists)."""
    return (
        visible_events(user)
        .filter(pk=event_id)
        .select_related("locale")
        .defer_streamfields()
        .first()
    )


def with_waiting(slots):
    return slots.annotate(waiting=Count("signups", filter=Q(signups__status=SignUp.Status.WAITING)))


def split_dates(slots, now):
    """Upcoming dates, soonest first, and past dates, latest first."""
    upcoming = [slot for slot in slots if slot.ends_at >= now]
    past = [slot for slot in slots if slot.ends_at < now]
    past.reverse()
    return upcoming, past


class SignUpsAdminView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Aanmeldingen")
    header_icon = "group"

    def refuse(self, request, **kwargs):
        """A response that refuses the request, or None to go on."""
        return None

    def dispatch(self, request, *args, **kwargs):
        response = self.refuse(request, **kwargs) or super().dispatch(request, *args, **kwargs)
        return private(response)


class EventListView(SignUpsAdminView):
    """The user's events that have had sign-ups, next one first."""

    template_name = "events/admin/index.html"
    per_page = 30

    def refuse(self, request, **kwargs):
        return None if organises_any(request.user) else forbidden(request)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        events = (
            visible_events(self.request.user)
            .annotate(
                date_count=Count("slots"),
                next_start=Min("slots__starts_at", filter=Q(slots__ends_at__gte=now)),
                last_start=Max("slots__starts_at"),
            )
            .filter(date_count__gt=0)
            .only("title", "slug", "path", "depth", "locale__language_code")
            .select_related("locale")
            .order_by(F("next_start").asc(nulls_last=True), F("last_start").desc(), "pk")
        )
        listing = Paginator(events, self.per_page).get_page(self.request.GET.get("p"))
        slots = with_waiting(Slot.objects.filter(event__in=[e.pk for e in listing]))
        by_event = {}
        for slot in slots.order_by("starts_at"):
            by_event.setdefault(slot.event_id, []).append(slot)
        labeller = MunicipalityLabeller()
        for event in listing:
            upcoming, past = split_dates(by_event.get(event.pk, []), now)
            event.upcoming_dates = upcoming[:LIST_DATES]
            event.past_dates = past[:LIST_DATES]
            event.more_dates = max(len(upcoming) + len(past) - 2 * LIST_DATES, 0)
            home = labeller.label_for_path(event.path)
            event.site_label = home.title if home else _("Landelijk")
        context.update(listing=listing, events=listing.object_list)
        return context


class EventSignUpsView(SignUpsAdminView):
    """One event's sign-ups, date by date."""

    template_name = "events/admin/event.html"

    def refuse(self, request, **kwargs):
        self.event = event_for(request.user, kwargs["event_id"])
        return None if self.event else forbidden(request)

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": INDEX_URL, "label": self.page_title},
            {"url": "", "label": self.event.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        signups = SignUp.objects.order_by("created_at", "pk")
        slots = with_waiting(Slot.objects.filter(event=self.event)).prefetch_related(
            Prefetch("signups", queryset=signups)
        )
        upcoming, past = split_dates(list(slots.order_by("starts_at")), timezone.now())
        context.update(
            event=self.event,
            upcoming_dates=upcoming,
            past_dates=past,
            csv_url=reverse("events_admin:csv", args=[self.event.pk]),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
        )
        return context


index = EventListView.as_view()
event_signups = EventSignUpsView.as_view()


def spreadsheet_safe(value):
    """A text cell a spreadsheet will not run as a formula: a leading apostrophe makes it text
    (OWASP's advice against CSV injection). Names and numbers are typed in by the public."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_rows(event):
    yield [
        _("datum"),
        _("tijd"),
        _("voornaam"),
        _("e-mail"),
        _("telefoon"),
        _("personen"),
        _("voornamen groep"),
        _("status"),
        _("aangemeld op"),
    ]
    signups = SignUp.objects.filter(slot__event=event).select_related("slot")
    for signup in signups.order_by("slot__starts_at", "created_at", "pk"):
        starts_at = timezone.localtime(signup.slot.starts_at)
        ends_at = timezone.localtime(signup.slot.ends_at)
        time_range = _("hele dag") if event.all_day else f"{starts_at:%H:%M}-{ends_at:%H:%M}"
        yield [
            f"{starts_at:%d-%m-%Y}",
            time_range,
            signup.first_name,
            signup.email,
            signup.phone,
            signup.people,
            " ".join(signup.group_names.split()),
            signup.get_status_display(),
            f"{timezone.localtime(signup.created_at):%d-%m-%Y %H:%M}",
        ]


def signups_csv(request, event_id):
    """All sign-ups of one event (every date) as a spreadsheet file."""
    event = event_for(request.user, event_id)
    if event is None:
        return forbidden(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"aanmeldingen-{event.slug}.csv"
    )
    # A byte order mark, so Excel reads the file as UTF-8 (names with accents, Arabic script).
    response.write("\ufeff")
    # Semicolons: Excel with Dutch regional settings expects them (the comma is the decimal
    # separator there), and opens such a file straight into columns.
    writer = csv.writer(response, delimiter=";")
    for row in csv_rows(event):
        writer.writerow([spreadsheet_safe(value) for value in row])
    return private(response)
