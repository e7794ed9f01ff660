"""The calendar's views (called from the routes of EventCalendarPage and EventPage) and the
sign-up page reached by the signed link in the confirmation email."""

from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from core.cache import GLOBAL, cached
from core.feeds import feed_url
from core.listing import paginate
from core.queries import page_ancestors

from . import calendar, ical, recurrence, signups
from .forms import SignUpForm
from .jsonld import event_jsonld
from .models import MAX_GROUP_SIZE, EventPage, SignUp, Slot

UPCOMING_PER_PAGE = 40
EVENT_SIGNUP_DATES = 8
FEED_LIMIT = 500


def _base_context(calendar_page, request, filters, view):
    return {
        "page": calendar_page,
        "self": calendar_page,
        "view": view,
        "filters": filters,
        "filter_query": urlencode(filters.query),
        "themes": filters.themes,
        "municipalities": filters.municipalities,
        "calendar_url": calendar_page.get_url(request),
        "feed_url": feed_url(calendar_page, request, filters.query),
        "today": timezone.localdate(),
    }


def _render(calendar_page, request, context, template="events/event_calendar_page.html"):
    return TemplateResponse(request, template, context)


def _day_list(calendar_page, request, filters, view, occurrences, heading):
    """A paginated list of occurrences grouped by day (the upcoming list and the archive)."""
    listing = paginate(request, occurrences, UPCOMING_PER_PAGE, filters.query)
    context = _base_context(calendar_page, request, filters, view)
    context.update(
        {
            "listing_page": listing.page,
            "days": calendar.group_by_day(listing.page.object_list),
            "page_query": {"previous": listing.previous_url, "next": listing.next_url},
            "heading": heading,
        }
    )
    return _render(calendar_page, request, context)


def calendar_upcoming(calendar_page, request):
    filters = calendar.read_filters(calendar_page, request)
    now = timezone.now()
    start = recurrence.wall(now)
    occurrences = calendar.occurrences_for(
        calendar_page, filters, start, recurrence.horizon_end(now), now
    )
    return _day_list(calendar_page, request, filters, "upcoming", occurrences, _("Binnenkort"))


def calendar_archive(calendar_page, request):
    filters = calendar.read_filters(calendar_page, request)
    now = timezone.now()
    end = recurrence.wall(now)
    start = datetime.combine(date(calendar.MIN_YEAR, 1, 1), time())
    occurrences = [
        o for o in calendar.occurrences_for(calendar_page, filters, start, end, now) if o.end <= now
    ]
    occurrences.reverse()
    return _day_list(calendar_page, request, filters, "archive", occurrences, _("Archief"))


def calendar_month(calendar_page, request, year, month):
    if not calendar.valid_month(year, month):
        raise Http404(_("Deze maand bestaat niet in de kalender."))
    filters = calendar.read_filters(calendar_page, request)
    start, end = calendar.grid_window(year, month)
    occurrences = calendar.occurrences_for(calendar_page, filters, start, end)
    today = timezone.localdate()
    previous, following = calendar.neighbour_months(year, month)
    context = _base_context(calendar_page, request, filters, "month")
    context.update(
        {
            "month": date(year, month, 1),
            "weeks": calendar.month_grid(year, month, occurrences, today),
            "weekdays": _weekday_names(),
            "previous_month": date(*previous, 1) if previous else None,
            "next_month": date(*following, 1) if following else None,
            "month_count": sum(1 for o in occurrences if _in_month(o, year, month)),
            "heading": formats.date_format(date(year, month, 1), "F Y"),
        }
    )
    return _render(calendar_page, request, context)


def _in_month(occurrence, year, month):
    return any(day.year == year and day.month == month for day in occurrence.days)


def _weekday_names():
    monday = date(2024, 1, 1)  # a Monday
    return [
        {
            "short": formats.date_format(monday + timedelta(days=n), "D"),
            "long": formats.date_format(monday + timedelta(days=n), "l"),
        }
        for n in range(7)
    ]


def calendar_day(calendar_page, request, year, month, day):
    if not calendar.valid_month(year, month):
        raise Http404(_("Deze dag bestaat niet in de kalender."))
    try:
        the_day = date(year, month, day)
    except ValueError as error:
        raise Http404(_("Deze dag bestaat niet in de kalender.")) from error
    filters = calendar.read_filters(calendar_page, request)
    start = datetime.combine(the_day, time())
    occurrences = calendar.occurrences_for(calendar_page, filters, start, start + timedelta(days=1))
    context = _base_context(calendar_page, request, filters, "day")
    context.update(
        {
            "day": the_day,
            "occurrences": occurrences,
            "previous_day": the_day - timedelta(days=1),
            "next_day": the_day + timedelta(days=1),
            "heading": formats.date_format(the_day, "l j F Y"),
        }
    )
    return _render(calendar_page, request, context)


def calendar_feed(calendar_page, request):
    filters = calendar.read_filters(calendar_page, request)
    now = timezone.now()
    events = list(
        calendar.with_card_images(filters.events().exclude(series_end__lt=now - timedelta(days=90)))
        .prefetch_related("exclusions")
        .defer_streamfields()
        .order_by("start", "pk")[:FEED_LIMIT]
    )
    site = Site.find_for_request(request)
    name = " | ".join(
        part for part in (calendar_page.title, site.site_name if site else "") if part
    )
    return ical.ical_response(ical.build_calendar(events, name, now))


def event_ical(event, request):
    cal = ical.build_calendar([event], event.title)
    return ical.ical_response(cal, filename=f"{event.slug}.ics")


# The event page and its sign-up form.
def places_event(event):
    """Translations of an event share its places: sign-ups always go to the page in the
    default language (the source of the translations)."""
    default_locale = cached(("default-locale",), lambda: Locale.get_default().pk, scope=GLOBAL)
    if event.locale_id == default_locale:
        return event
    source = getattr(event, "_places_event", None)
    if source is None:
        source = (
            EventPage.objects.filter(
                translation_key=event.translation_key, locale=default_locale
            ).first()
            or event
        )
        event._places_event = source
    return source


def signup_dates(event, now=None, upcoming=None):
    """The next occurrences with their free places: [(occurrence, free, waiting_list_open)]."""
    if not event.takes_signups:
        return []
    if upcoming is None:
        upcoming = event.upcoming(EVENT_SIGNUP_DATES, now)
    upcoming = upcoming[:EVENT_SIGNUP_DATES]
    slots = {
        slot.starts_at: slot
        for slot in Slot.objects.filter(
            event=places_event(event), starts_at__in=[o.start for o in upcoming]
        )
    }
    dates = []
    for occurrence in upcoming:
        slot = slots.get(occurrence.start)
        free = slot.free if slot else event.signup_capacity
        dates.append(
            {"occurrence": occurrence, "free": free, "waiting": free == 0 and event.waiting_list}
        )
    return dates


def _occurrence_label(entry):
    occurrence = entry["occurrence"]
    fmt = "l j F Y" if occurrence.all_day else "l j F Y, H:i"
    when = formats.date_format(timezone.localtime(occurrence.start), fmt)
    if entry["free"]:
        return _("%(when)s (nog %(free)s plaatsen)") % {"when": when, "free": entry["free"]}
    return _("%(when)s (vol, wachtlijst)") % {"when": when}


def signup_form_for(event, request, dates, data=None):
    open_dates = [entry for entry in dates if entry["free"] or entry["waiting"]]
    choices = [(entry["occurrence"].key, _occurrence_label(entry)) for entry in open_dates]
    initial = {}
    if request.user.is_authenticated:
        profile = getattr(request.user, "profile", None)
        name = (profile.display_name if profile else "") or request.user.first_name
        initial = {"first_name": name.split(" ")[0] if name else "", "email": request.user.email}
    max_people = min(MAX_GROUP_SIZE, event.signup_capacity or MAX_GROUP_SIZE)
    return SignUpForm(data, choices=choices, max_people=max_people, initial=initial)


def event_context(event, request, form=None):
    now = timezone.now()
    upcoming = event.upcoming(10, now)
    dates = signup_dates(event, now, upcoming)
    if form is None and dates:
        form = signup_form_for(event, request, dates)
    return {
        "themes": list(event.themes.all()),
        "upcoming": upcoming,
        "next_occurrence": upcoming[0] if upcoming else None,
        "signup_dates": dates,
        "signup_form": form,
        "jsonld": event_jsonld(event, upcoming[0] if upcoming else None, request),
        "calendar_page": page_ancestors(event)[-1],
    }


def event_signup(event, request):
    if request.method != "POST" or not event.takes_signups:
        return redirect(event.get_url(request))
    dates = signup_dates(event)
    form = signup_form_for(event, request, dates, data=request.POST)
    if form.is_valid():
        occurrence = next(
            (
                entry["occurrence"]
                for entry in dates
                if entry["occurrence"].key == form.cleaned_data["occurrence"]
            ),
            None,
        )
        try:
            if occurrence is None:
                raise signups.SignUpClosed
            signup = signups.sign_up(
                places_event(event),
                occurrence,
                first_name=form.cleaned_data["first_name"],
                email=form.cleaned_data["email"],
                phone=form.cleaned_data["phone"],
                people=form.cleaned_data["people"],
                group_names=form.cleaned_data["group_names"],
                user=request.user if request.user.is_authenticated else None,
                language=get_language() or "nl",
            )
        except signups.SignUpClosed:
            form.add_error(
                "occurrence", _("Op deze datum is geen plaats meer. Kies een andere datum.")
            )
        else:
            return redirect("events:signup", token=signups.token_for(signup))
    context = event.get_context(request)
    context["signup_form"] = form
    return TemplateResponse(request, event.get_template(request), context, status=400)


def signup_page(request, token):
    """What someone signed up for, with a button to cancel; no account needed."""
    signup = signups.signup_for_token(token)
    if signup is None:
        raise Http404(_("Deze aanmelding bestaat niet (meer)."))
    in_future = signup.slot.starts_at > timezone.now()
    if request.method == "POST":
        if in_future and signup.status != SignUp.Status.CANCELLED:
            signups.cancel(signup)
            messages.success(request, _("Je aanmelding is geannuleerd."))
        return redirect("events:signup", token=token)
    event = signup.slot.event
    return TemplateResponse(
        request,
        "events/signup.html",
        {
            "signup": signup,
            "event": event,
            "start": timezone.localtime(signup.slot.starts_at),
            "can_cancel": in_future and signup.status != SignUp.Status.CANCELLED,
            "can_sign_up_again": signup.status == SignUp.Status.CANCELLED
            and event.live
            and event.takes_signups
            and any(entry["free"] or entry["waiting"] for entry in signup_dates(event)),
        },
    )
