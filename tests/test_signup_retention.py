"""Retention: the personal data of sign-ups goes 30 days after the occurrence ended
(`manage.py purge_signups`, run daily); the dates and their counters stay."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import SignUp, Slot
from events.signups import purge_expired, sign_up
from tests.factories import add_wandelclub, calendar_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def wandelclub(municipality):
    return add_wandelclub(calendar_of(municipality("alkmaar")))


def ended_slot(event, days_ago, names, now=None):
    """A past date of `event` that ended `days_ago` days ago, with a confirmed sign-up per
    name (counters as the services would have left them)."""
    ends_at = (now or timezone.now()) - days_ago
    slot = Slot.objects.create(
        event=event,
        starts_at=ends_at - timedelta(hours=1, minutes=30),
        ends_at=ends_at,
        capacity=12,
        taken=len(names),
        matches=len(names),
    )
    for name in names:
        SignUp.objects.create(
            slot=slot,
            first_name=name,
            email=f"{name.lower()}@example.org",
            consented_at=slot.starts_at - timedelta(days=7),
        )
    return slot


def names(slot):
    return sorted(slot.signups.values_list("first_name", flat=True))


def test_purge_deletes_sign_ups_only_after_thirty_days(wandelclub):
    now = timezone.now()
    old = ended_slot(wandelclub, timedelta(days=30, minutes=1), ["Amira", "Bram"], now)
    recent = ended_slot(wandelclub, timedelta(days=29, hours=23), ["Chris"], now)
    yesterday = ended_slot(wandelclub, timedelta(days=1), ["Dewi"], now)

    assert purge_expired(now) == 2

    assert names(old) == [] and names(recent) == ["Chris"] and names(yesterday) == ["Dewi"]
    old.refresh_from_db()
    assert (old.taken, old.matches, old.capacity) == (2, 2, 12)
    assert purge_expired(now) == 0


def test_sign_up_made_through_the_service_is_purged_a_month_after_the_activity(wandelclub):
    occurrence = wandelclub.upcoming(1)[0]
    signup = sign_up(
        wandelclub, occurrence, first_name="Samira", people=2, email="samira@example.org"
    )
    future = sign_up(wandelclub, wandelclub.upcoming(2)[1], first_name="Joost", people=1)

    assert purge_expired(occurrence.end + timedelta(days=29)) == 0
    assert SignUp.objects.filter(pk=signup.pk).exists()

    assert purge_expired(occurrence.end + timedelta(days=30, seconds=1)) == 1
    assert not SignUp.objects.filter(pk=signup.pk).exists()
    slot = Slot.objects.get(pk=signup.slot_id)
    assert (slot.taken, slot.matches) == (2, 1)
    assert SignUp.objects.filter(pk=future.pk).exists()


def test_purge_signups_command_reports_how_many_went(wandelclub):
    ended_slot(wandelclub, timedelta(days=45), ["Amira", "Bram", "Chris"])
    kept = ended_slot(wandelclub, timedelta(days=10), ["Dewi"])

    out = StringIO()
    call_command("purge_signups", stdout=out)
    assert out.getvalue().strip() == "3 aanmeldingen verwijderd."
    assert names(kept) == ["Dewi"]

    out = StringIO()
    call_command("purge_signups", stdout=out)
    assert out.getvalue().strip() == "0 aanmeldingen verwijderd."


def test_purge_signups_command_says_one_in_the_singular(wandelclub):
    ended_slot(wandelclub, timedelta(days=31), ["Amira"])
    out = StringIO()
    call_command("purge_signups", stdout=out)
    assert out.getvalue().strip() == "1 aanmelding verwijderd."
