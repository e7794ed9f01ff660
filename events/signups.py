"""Signing up for an occurrence (aanmelden), the dates an event page offers with their free
places, cancelling by a signed link, the waiting list, retention, and the counters on the home
pages.

The guarantee against overbooking lives in the database: a place is taken only by
    UPDATE slot SET taken = taken + n WHERE id = ... AND taken + n <= capacity
PostgreSQL locks the row for the first updater; a second one waits, then re-checks the
condition against the committed row and updates nothing if the places are gone. A CHECK
constraint (taken <= capacity) backs it up.
"""

from datetime import datetime, time, timedelta
from functools import lru_cache

from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Sum
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.cache import bump, cached, subtree_scope
from core.language_tree import source_page
from core.mail import render_mail, site_name_for

from . import calendar, recurrence
from .forms import SignUpForm
from .places import MAX_GROUP_SIZE, SignUp, Slot

RETENTION = timedelta(days=30)
TOKEN_SALT = "events.signup"
EVENT_SIGNUP_DATES = 8


class SignUpClosed(Exception):
    """The occurrence is full (and keeps no waiting list), in the past, or takes no sign-ups."""


# The dates an event page offers, and its form.
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
            # Translations share the places of their Dutch source.
            event=source_page(event),
            starts_at__in=[o.start for o in upcoming],
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


def slot_for(event, occurrence):
    """The slot of an occurrence, created on its first sign-up with the event's capacity."""
    slot, _created = Slot.objects.get_or_create(
        event=event,
        starts_at=occurrence.start,
        defaults={"capacity": event.signup_capacity, "ends_at": occurrence.end},
    )
    return slot


@transaction.atomic
def sign_up(
    event,
    occurrence,
    *,
    first_name,
    people,
    email="",
    phone="",
    group_names="",
    user=None,
    language="nl",
    now=None,
):
    """Take places for `people` on one occurrence, or a place on its waiting list."""
    now = now or timezone.now()
    if not event.takes_signups or occurrence.start <= now:
        raise SignUpClosed
    slot = slot_for(event, occurrence)
    got_places = Slot.objects.filter(pk=slot.pk, taken__lte=F("capacity") - people).update(
        taken=F("taken") + people, matches=F("matches") + 1
    )
    if got_places:
        status = SignUp.Status.CONFIRMED
    elif event.waiting_list:
        status = SignUp.Status.WAITING
    else:
        raise SignUpClosed
    signup = SignUp.objects.create(
        slot=slot,
        first_name=first_name,
        email=email,
        phone=phone,
        people=people,
        group_names=group_names,
        user=user,
        language=language,
        status=status,
        consented_at=now,
    )
    transaction.on_commit(counts_changed)
    transaction.on_commit(lambda: notify(signup, "confirmation"))
    return signup


@transaction.atomic
def cancel(signup, now=None):
    """Cancel a sign-up; freed places go to the waiting list, first come first served."""
    now = now or timezone.now()
    signup = SignUp.objects.select_for_update().select_related("slot").get(pk=signup.pk)
    if signup.status == SignUp.Status.CANCELLED:
        return signup
    was_confirmed = signup.status == SignUp.Status.CONFIRMED
    signup.status = SignUp.Status.CANCELLED
    signup.cancelled_at = now
    signup.save(update_fields=["status", "cancelled_at"])
    transaction.on_commit(lambda: notify(signup, "cancelled"))
    if was_confirmed:
        Slot.objects.filter(pk=signup.slot_id).update(
            taken=F("taken") - signup.people, matches=F("matches") - 1
        )
        promote_waiting(signup.slot, now)
        transaction.on_commit(counts_changed)
    return signup


def promote_waiting(slot, now=None):
    """Give free places to the waiting list in order; a group that does not fit waits while a
    smaller one behind it may move up. Each promoted person is told."""
    now = now or timezone.now()
    slot = Slot.objects.select_for_update().get(pk=slot.pk)
    free = slot.capacity - slot.taken
    waiting = slot.signups.filter(status=SignUp.Status.WAITING).order_by("created_at", "pk")
    for signup in waiting:
        if free <= 0:
            break
        if signup.people > free:
            continue
        Slot.objects.filter(pk=slot.pk).update(
            taken=F("taken") + signup.people, matches=F("matches") + 1
        )
        free -= signup.people
        signup.status = SignUp.Status.CONFIRMED
        signup.promoted_at = now
        signup.save(update_fields=["status", "promoted_at"])
        transaction.on_commit(lambda signup=signup: notify(signup, "promoted"))
        transaction.on_commit(counts_changed)


@transaction.atomic
def sync_capacity(event, now=None):
    """After an editor changes the capacity: future slots follow it (never below the places
    already taken), and places that opened up go to the waiting list."""
    now = now or timezone.now()
    if not event.takes_signups:
        return
    for slot in Slot.objects.select_for_update().filter(event=event, starts_at__gt=now):
        capacity = max(event.signup_capacity, slot.taken)
        if capacity != slot.capacity:
            Slot.objects.filter(pk=slot.pk).update(capacity=capacity)
            promote_waiting(slot, now)


def purge_expired(now=None):
    """Delete the personal data of sign-ups whose occurrence ended more than 30 days ago. The
    slots stay (without names) for the counters. Returns the number of sign-ups deleted."""
    now = now or timezone.now()
    deleted, _by_model = SignUp.objects.filter(slot__ends_at__lt=now - RETENTION).delete()
    return deleted


# The signed link in the confirmation email: it shows the sign-up and lets its owner cancel,
# without an account.
def token_for(signup):
    return signing.dumps(signup.pk, salt=TOKEN_SALT)


def signup_for_token(token):
    try:
        pk = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return SignUp.objects.select_related("slot__event").filter(pk=pk).first()


def manage_url(signup):
    """The absolute address of the sign-up's own page, on the event's host, in its language."""
    event = signup.slot.event
    _site_id, root_url, _path = event.get_url_parts()
    with translation.override(signup.language):
        return root_url + reverse("events:signup", args=[token_for(signup)])


def notify(signup, kind):
    """Email the person who signed up (if they gave an address), in their language: `kind` is
    "confirmation", "promoted" or "cancelled"."""
    if not signup.email:
        return
    event = signup.slot.event
    with translation.override(signup.language):
        context = {
            "signup": signup,
            "event": event,
            "start": timezone.localtime(signup.slot.starts_at),
            "all_day": event.all_day,
            "manage_url": manage_url(signup),
            "kind": kind,
            "site_name": site_name_for(event),
            "event_url": event.get_full_url(),
        }
    subject, body = render_mail(
        "events/email/subject.txt", "events/email/signup.txt", context, signup.language
    )
    send_mail(subject, body, None, [signup.email])


# Counters on the home pages.
def activities_in_year(events, year, cache_key):
    """How many occurrences the live `events` (a queryset) have in `year` (cached until the
    next publish under the home page whose pk is `cache_key`)."""

    def count():
        # When the events take place is all it needs: no page objects (events.calendar).
        start = datetime.combine(datetime(year, 1, 1).date(), time())
        end = datetime.combine(datetime(year + 1, 1, 1).date(), time())
        found = calendar.schedules(events, start, end)
        if recurrence.horizon_end() < end:  # a year beyond the horizon: counted as shown
            return sum(_times_in_year(schedule, year) for schedule in found)
        return sum(_times_in_year_cached(schedule, year) for schedule in found)

    return cached(("event-activities", cache_key, year), count, scope=subtree_scope(cache_key))


def _times_in_year(schedule, year):
    start = datetime.combine(datetime(year, 1, 1).date(), time())
    end = datetime.combine(datetime(year + 1, 1, 1).date(), time())
    return sum(1 for when in recurrence.starts_between(schedule, start, end) if when.year == year)


# How often an event takes place in a year within the horizon is a pure function of its
# Schedule: kept per process, so a publish (which makes the counter stale) recounts only the
# events that changed. A daily repeat takes place 365 times a year, each a step of its rule.
_times_in_year_cached = lru_cache(maxsize=4096)(_times_in_year)


SIGNUP_COUNTS = "signup-counts"  # a cache scope (core/cache.py) of its own


def counts_changed():
    """Called whenever a place is taken or given back: the counters are read anew."""
    bump(SIGNUP_COUNTS)


def matches_in_year(events, year, cache_key):
    """Confirmed sign-ups for occurrences of `events` (a queryset) in `year`, summed from the
    slots; cached until the next sign-up or cancellation anywhere, so the counter is always
    current."""

    def total():
        event_ids = events.values("pk")
        return (
            Slot.objects.filter(event__in=event_ids, starts_at__year=year).aggregate(
                total=Sum("matches")
            )["total"]
            or 0
        )

    return cached(("signup-counts", cache_key, year), total, scope=SIGNUP_COUNTS)
