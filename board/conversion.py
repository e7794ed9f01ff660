"""An editor turns a volunteer task (klus) into an activity in the calendar of the same site:
one click makes a draft event from the task's fields, which the editor then checks and
publishes in the admin (a municipality editor's publish goes through the review workflow)."""

from datetime import time, timedelta

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from events.drafts import calendar_under, draft_event, local_datetime

from .posts import Post
from .responses import refuse

START = time(10)
DURATION = timedelta(hours=2)
DEFAULT_CAPACITY = 6
SATURDAY = 5
INTRO_LENGTH = 500


def calendar_for(post):
    """The calendar of the post's site: a sibling of its board under the same home page."""
    return calendar_under(post.board.get_parent())


def can_convert(user, post):
    """An approved task without an event yet, and a user who may add events to the calendar
    of the post's site."""
    if user is None or not user.is_authenticated:
        return False
    if not post.is_task or post.status != Post.Status.APPROVED or post.event_page_id is not None:
        return False
    calendar = calendar_for(post)
    return calendar is not None and calendar.permissions_for_user(user).can_add_subpage()


def first_start(post, today=None):
    """10:00 on the post's date, or on the first Saturday after today when it has none."""
    day = post.date
    if day is None:
        today = today or timezone.localdate()
        day = today + timedelta(days=(SATURDAY - today.weekday() - 1) % 7 + 1)
    return local_datetime(day, START)


def event_fields(post, today=None):
    """The draft event's fields, taken from the task."""
    start = first_start(post, today)
    return {
        "title": post.title,
        "intro": Truncator(post.body).chars(INTRO_LENGTH),
        "start": start,
        "end": start + DURATION,
        "repeat_frequency": "weekly" if post.weekly else "",
        "location_name": post.meeting_point,
        "place": post.place,
        "organiser": post.organisation,
        "signup_capacity": post.group_size_max or DEFAULT_CAPACITY,
        "waiting_list": True,
        "no_dutch_needed": post.no_dutch_needed,
    }


def convert(board, request, post):
    """POST by an editor: the draft event, then its edit page in the admin."""
    user = request.user
    with transaction.atomic():
        # Locked, so two clicks never make two events.
        post = Post.objects.select_for_update().select_related("board").get(pk=post.pk)
        if post.event_page_id is not None:
            return refuse(board, request, _("Van deze klus is al een activiteit gemaakt."))
        if not post.is_task or post.status != Post.Status.APPROVED:
            return refuse(
                board,
                request,
                _("Alleen van een goedgekeurde klus kun je een activiteit in de kalender maken."),
            )
        if not can_convert(user, post):
            return refuse(
                board,
                request,
                _("Alleen de redactie van deze site kan van een klus een activiteit maken."),
            )
        event = draft_event(
            calendar_for(post), user=user, themes=post.themes.all(), **event_fields(post)
        )
        post.event_page = event
        post.save(update_fields=["event_page", "updated_at"])
    messages.success(
        request,
        _(
            "De activiteit staat als concept in de kalender. Controleer de gegevens en "
            "publiceer hem."
        ),
    )
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[event.pk]))
