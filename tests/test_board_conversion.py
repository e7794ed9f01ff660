"""An editor turns a volunteer task (klus) from the bulletin board into a draft activity in
the calendar of the same site, then checks and publishes it in the admin."""

from datetime import date, datetime, time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from board.conversion import can_convert, event_fields, first_start
from events.models import EventPage
from events.recurrence import aware
from tests.factories import (
    add_post,
    board_of,
    calendar_of,
    member,
    municipality,
    path_of,
    person,
    theme,
)

pytestmark = pytest.mark.django_db

ALKMAAR = "alkmaar.localhost"


@pytest.fixture
def task():
    post = add_post(
        board_of("alkmaar"),
        "Helpers voor de moestuin",
        author=member("lid-joost"),
        kind="klus",
        body="We zoeken handen voor het onkruid. " * 30,
        organisation="Stadsboerderij Alkmaar",
        task="Onkruid wieden en water geven.",
        weekly=True,
        date=date(2027, 3, 6),
        place="Alkmaar",
        meeting_point="Bij de kas",
        group_size_min=2,
        group_size_max=5,
        no_dutch_needed=True,
    )
    post.themes.set([theme("groen")])
    return post


@pytest.fixture
def login(client_for):
    def make(username):
        client = client_for(ALKMAAR)
        client.force_login(person(username))
        return client

    return make


def convert_url(post):
    return f"{path_of(post.board)}{post.pk}/omzetten/"


def test_the_editor_sees_the_button_and_others_do_not(task, login, client_for):
    button = "Maak er een activiteit in de kalender van"
    detail = f"{path_of(task.board)}{task.pk}/"
    assert button in login("redactie-alkmaar").get(detail).content.decode()
    for client in (login("redactie-arnhem"), login("lid-amira"), client_for(ALKMAAR)):
        assert button not in client.get(detail).content.decode()


def test_conversion_makes_a_draft_event_and_opens_it_in_the_admin(task, login):
    editor = login("redactie-alkmaar")
    response = editor.post(convert_url(task))

    event = EventPage.objects.get(title="Helpers voor de moestuin")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[event.pk])
    task.refresh_from_db()
    assert task.event_page_id == event.pk

    assert not event.live
    assert event.has_unpublished_changes
    assert event.get_parent().specific == calendar_of(municipality("alkmaar"))
    assert event.owner == person("redactie-alkmaar")
    assert event.latest_revision is not None
    assert len(event.intro) <= 500
    assert event.intro.startswith("We zoeken handen voor het onkruid.")
    assert event.start == aware(datetime(2027, 3, 6, 10))
    assert event.end == aware(datetime(2027, 3, 6, 12))
    assert event.repeat_frequency == "weekly"
    assert event.location_name == "Bij de kas"
    assert event.place == "Alkmaar"
    assert event.organiser == "Stadsboerderij Alkmaar"
    assert event.signup_capacity == 5
    assert event.waiting_list is True
    assert event.no_dutch_needed is True
    assert [t.slug for t in event.themes.all()] == ["groen"]

    # The editor checks it in the admin, where it opens as a draft.
    page = editor.get(response["Location"])
    assert page.status_code == 200
    assert "Helpers voor de moestuin" in page.content.decode()


def test_defaults_without_a_date_size_or_repeat(task):
    task.date, task.weekly, task.group_size_max = None, False, None
    friday = date(2027, 3, 5)
    fields = event_fields(task, today=friday)
    assert fields["start"] == aware(datetime(2027, 3, 6, 10))
    assert fields["end"] == aware(datetime(2027, 3, 6, 12))
    assert fields["repeat_frequency"] == ""
    assert fields["signup_capacity"] == 6
    # On a Saturday, "the next Saturday" is a week later.
    assert first_start(task, today=date(2027, 3, 6)) == aware(
        datetime.combine(date(2027, 3, 13), time(10))
    )


@pytest.mark.parametrize("username", ["redactie-arnhem", "lid-amira"])
def test_others_cannot_convert(task, login, username):
    response = login(username).post(convert_url(task))
    assert response.status_code == 403
    assert "Alleen de redactie van deze site kan van een klus een activiteit maken." in (
        response.content.decode()
    )
    assert not EventPage.objects.filter(title="Helpers voor de moestuin").exists()
    task.refresh_from_db()
    assert task.event_page_id is None


def test_anonymous_conversion_goes_to_login(task, client_for):
    response = client_for(ALKMAAR).post(convert_url(task))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not can_convert(AnonymousUser(), task)


def test_a_task_is_converted_only_once(task, login):
    editor = login("redactie-alkmaar")
    assert editor.post(convert_url(task)).status_code == 302
    again = editor.post(convert_url(task))
    assert again.status_code == 403
    assert "Van deze klus is al een activiteit gemaakt." in again.content.decode()
    assert EventPage.objects.filter(title="Helpers voor de moestuin").count() == 1
    task.refresh_from_db()
    assert not can_convert(person("redactie-alkmaar"), task)


def test_deleting_the_draft_event_frees_the_task(task, login):
    editor = login("redactie-alkmaar")
    assert editor.post(convert_url(task)).status_code == 302
    EventPage.objects.get(title="Helpers voor de moestuin").delete()
    task.refresh_from_db()
    assert task.event_page_id is None
    assert can_convert(person("redactie-alkmaar"), task)

    assert editor.post(convert_url(task)).status_code == 302
    task.refresh_from_db()
    assert task.event_page_id == EventPage.objects.get(title="Helpers voor de moestuin").pk


def test_only_approved_tasks_can_be_converted(login):
    board = board_of("alkmaar")
    request = add_post(board, "Fiets gezocht", author=member("lid-joost"), kind="vraag")
    pending = add_post(
        board, "Nog niet goedgekeurd", author=member("lid-joost"), kind="klus", status="pending"
    )
    editor = person("redactie-alkmaar")
    assert not can_convert(editor, request)
    assert not can_convert(editor, pending)
    response = login("redactie-alkmaar").post(convert_url(request))
    assert response.status_code == 403
    assert "Alleen van een goedgekeurde klus kun je een activiteit in de kalender maken." in (
        response.content.decode()
    )
    assert not EventPage.objects.filter(title="Fiets gezocht").exists()
