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
from wagtail.models import Site

from core.cache import EVERYWHERE, cached
from core.feeds import feed_url
from core.language_tree import source_page
from core.listing import paginate_stream

from . import calendar, ical, signups
from .places import SignUp

UPCOMING_PER_PAGE = 40
# A day of the month grid shows its first few occurrences and links to the day for the rest:
# a cell with forty titles helps no one, and the month costs what it shows.
MONTH_DAY_LIMIT = 3
FEED_LIMIT = 500


def _base_context(calendar_page, request, filters, view):
    return {
        "view": view,
        "filters": filters,
        "filter_query": urlencode(filters.query),
        "themes": filters.themes,
        "municipalities": filters.municipalities,
        "feed_url": feed_url(calendar_page, request, filters.query),
        "today": timezone.localdate(),
    }


def _render(calendar_page, request, context):
    return calendar_page.render(request, context_overrides=context)


def _day_list(calendar_page, request, filters, view, occurrences, heading):
    """A page of a stream of occurrences grouped by day (the upcoming list and the archive):
    read as far as this page and one more, then the pages of what it shows are loaded."""
    listing = paginate_stream(request, occurrences, UPCOMING_PER_PAGE, filters.query)
    listing.page.object_list = calendar.with_pages(listing.page.object_list, filters.scope)
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
    occurrences = calendar.upcoming(filters, timezone.now())
    return _day_list(calendar_page, request, filters, "upcoming", occurrences, _("Binnenkort"))


def calendar_archive(calendar_page, request):
    """What took place, newest first, read backwards from now."""
    filters = calendar.read_filters(calendar_page, request)
    occurrences = calendar.past(filters, timezone.now())
    return _day_list(calendar_page, request, filters, "archive", occurrences, _("Archief"))


def calendar_month(calendar_page, request, year, month):
    if not calendar.valid_month(year, month):
        raise Http404(_("Deze maand bestaat niet in de kalender."))
    filters = calendar.read_filters(calendar_page, request)
    today = timezone.localdate()
    weeks, count = calendar.month_of(filters, year, month, today, per_day=MONTH_DAY_LIMIT)
    previous, following = calendar.neighbour_months(year, month)
    context = _base_context(calendar_page, request, filters, "month")
    context.update(
        {
            "month": date(year, month, 1),
            "weeks": weeks,
            "weekdays": _weekday_names(),
            "previous_month": date(*previous, 1) if previous else None,
            "next_month": date(*following, 1) if following else None,
            "month_count": count,
            "heading": formats.date_format(date(year, month, 1), "F Y"),
        }
    )
    return _render(calendar_page, request, context)


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
    except (ValueError, OverflowError) as error:  # the 30th of February, a day of 30 digits
        raise Http404(_("Deze dag bestaat niet in de kalender.")) from error
    filters = calendar.read_filters(calendar_page, request)
    start = datetime.combine(the_day, time())
    occurrences = calendar.occurrences_for(filters, start, start + timedelta(days=1))
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

    def body():
        events = list(
            calendar.with_card_images(
                filters.events().exclude(series_end__lt=now - timedelta(days=90))
            )
            .prefetch_related("exclusions")
            .defer_streamfields()
            .order_by("start", "pk")[:FEED_LIMIT]
        )
        site = Site.find_for_request(request)
        name = " | ".join(
            part for part in (calendar_page.title, site.site_name if site else "") if part
        )
        return ical.build_calendar(events, name, now).to_ical()

    # Calendar apps fetch a feed every few hours, and the national one has hundreds of events:
    # its text is kept until the next publish (and for the day: it leaves out what ended
    # 90 days before).
    key = (
        "ical-feed",
        calendar_page.pk,
        timezone.localdate(now).isoformat(),
        urlencode(sorted(filters.query.items())),
    )
    return ical.ical_response(cached(key, body, scope=EVERYWHERE))


def event_ical(event, request):
    cal = ical.build_calendar([event], event.title)
    return ical.ical_response(cal.to_ical(), filename=f"{event.slug}.ics")


# The event page's sign-up form (POST), and the sign-up reached by its signed link.
def event_signup(event, request):
    if request.method != "POST" or not event.takes_signups:
        return redirect(event.get_url(request))
    dates = signups.signup_dates(event)
    form = signups.signup_form_for(event, request, dates, data=request.POST)
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
                source_page(event),  # translations share its places
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
    response = event.render(request, signup_form=form)
    response.status_code = 400
    return response


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
            and any(entry["free"] or entry["waiting"] for entry in signups.signup_dates(event)),
        },
    )
