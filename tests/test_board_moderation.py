"""Moderating bulletin board posts in the Wagtail admin (/admin/prikbord/): each municipality's
moderators (and the national editors) see and act on the posts of their own boards only; every
action is a POST that checks that again; the queue issues a fixed number of queries."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from board import services
from board.models import Post, PostReport
from tests.factories import add_post, board_of, member, person

pytestmark = pytest.mark.django_db

QUEUE = "/admin/prikbord/"
ALKMAAR = "alkmaar.localhost"


def admin_client(username):
    client = Client(HTTP_HOST="localhost")
    client.force_login(person(username))
    return client


def fields(title, body=None):
    return {
        "kind": "vraag",
        "title": title,
        "body": body or f"Tekst bij {title}.",
        "expires_on": services.default_expiry(),
    }


def act(client, post, action, **data):
    return client.post(f"{QUEUE}{post.pk}/{action}/", data)


def html_of(client, path="", **params):
    response = client.get(path or QUEUE, params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def count_of(html, label):
    """The number a status filter shows, e.g. 3 for "Gemeld (3)"."""
    return int(re.search(rf"{re.escape(label)} \((\d+)\)", html).group(1))


@pytest.fixture
def pending(django_capture_on_commit_callbacks, mailoutbox):
    """Amira's request on Alkmaar's board, which pre-moderates: it waits, moderators are told."""
    board = board_of("alkmaar")
    person("moderatie-alkmaar")
    person("moderatie-arnhem")
    with django_capture_on_commit_callbacks(execute=True):
        post = services.create_post(board, member("lid-amira"), fields("Wie heeft een ladder?"))
    assert post.status == Post.Status.PENDING
    return post


def test_pending_post_mails_alkmaars_moderators_with_a_link_to_the_queue(pending, mailoutbox):
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert "moderatie-alkmaar@example.org" in recipients
    assert "moderatie-arnhem@example.org" not in recipients
    assert QUEUE in mailoutbox[0].body


def test_alkmaar_moderator_approves_and_the_post_appears(pending, client_for):
    assert "Wie heeft een ladder?" not in html_of(client_for(ALKMAAR), "/prikbord/")
    moderator = admin_client("moderatie-alkmaar")
    response = moderator.get(QUEUE)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    html = response.content.decode()
    assert "Wie heeft een ladder?" in html and "Tekst bij Wie heeft een ladder?" in html
    assert "Vraag" in html and "<td>Alkmaar</td>" in html and "<td>Amira</td>" in html
    waiting = count_of(html, "Wacht op goedkeuring")
    assert waiting >= 1
    assert f"{QUEUE}{pending.pk}/approve/" in html and f"{QUEUE}{pending.pk}/reject/" in html

    response = act(moderator, pending, "approve", next=QUEUE + "?status=pending")
    assert response.status_code == 302 and response["Location"] == QUEUE + "?status=pending"
    pending.refresh_from_db()
    assert pending.status == Post.Status.APPROVED
    assert pending.moderated_by.username == "moderatie-alkmaar"
    assert pending.moderated_at is not None
    html = html_of(moderator, QUEUE + "?status=pending")
    assert "Het bericht is goedgekeurd." in html
    assert count_of(html, "Wacht op goedkeuring") == waiting - 1
    assert "Wie heeft een ladder?" in html_of(client_for(ALKMAAR), "/prikbord/")
    assert "Wie heeft een ladder?" in html_of(client_for("localhost"), "/prikbord/")


def test_arnhem_moderator_neither_sees_nor_acts_on_alkmaars_posts(pending):
    moderator = admin_client("moderatie-arnhem")
    for status in ("pending", "reported", "approved", "rejected", "hidden"):
        assert "Wie heeft een ladder?" not in html_of(moderator, status=status)
    for action in ("approve", "reject", "hide", "restore"):
        response = act(moderator, pending, action)
        assert response.status_code == 403
        assert "Je mag deze berichten niet modereren." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Post.Status.PENDING and pending.moderated_by is None


def test_arnhem_moderator_moderates_arnhems_own_posts():
    post = add_post(board_of("arnhem"), "Moestuin Arnhem", status=Post.Status.PENDING)
    moderator = admin_client("moderatie-arnhem")
    assert "Moestuin Arnhem" in html_of(moderator)
    assert act(moderator, post, "reject").status_code == 302
    post.refresh_from_db()
    assert post.status == Post.Status.REJECTED


@pytest.mark.parametrize("username", ["landelijke-redactie", "admin"])
def test_national_editors_moderate_everywhere(pending, username):
    national_board = board_of()
    add_post(national_board, "Landelijke oproep", status=Post.Status.PENDING)
    add_post(board_of("arnhem"), "Moestuin Arnhem", status=Post.Status.PENDING)
    editor = admin_client(username)
    html = html_of(editor)
    assert "Wie heeft een ladder?" in html and "Landelijke oproep" in html
    assert "Moestuin Arnhem" in html and "<td>Landelijk</td>" in html
    assert "Landelijke oproep" not in html_of(admin_client("moderatie-alkmaar"))
    assert act(editor, pending, "reject").status_code == 302
    pending.refresh_from_db()
    assert pending.status == Post.Status.REJECTED
    assert pending.moderated_by.username == username


def test_menu_item_only_for_those_who_publish():
    assert QUEUE in html_of(admin_client("moderatie-alkmaar"), "/admin/")
    # An Alkmaar editor submits to a workflow and publishes nothing: no menu item, no queue.
    editor = admin_client("redactie-alkmaar")
    assert QUEUE not in html_of(editor, "/admin/")
    response = editor.get(QUEUE)
    assert response.status_code == 403
    assert "Je mag deze berichten niet modereren." in response.content.decode()


def test_an_editor_without_publish_rights_cannot_act(pending):
    response = act(admin_client("redactie-alkmaar"), pending, "approve")
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == Post.Status.PENDING


def test_members_never_reach_the_queue(pending):
    fatima = Client(HTTP_HOST="localhost")
    fatima.force_login(member("lid-fatima"))
    for client in (fatima, Client(HTTP_HOST="localhost")):
        for response in (client.get(QUEUE), act(client, pending, "approve")):
            assert response.status_code == 302
            assert response["Location"].startswith("/admin/login/")
    pending.refresh_from_db()
    assert pending.status == Post.Status.PENDING


def test_reject_hide_and_restore(pending, client_for):
    moderator = admin_client("moderatie-alkmaar")
    act(moderator, pending, "reject")
    pending.refresh_from_db()
    assert pending.status == Post.Status.REJECTED
    html = html_of(moderator, status="rejected")
    assert "Wie heeft een ladder?" in html and f"{QUEUE}{pending.pk}/restore/" in html

    shown = add_post(board_of("alkmaar"), "Eerst zichtbaar")
    assert "Eerst zichtbaar" in html_of(client_for(ALKMAAR), "/prikbord/")
    assert f"{QUEUE}{shown.pk}/hide/" in html_of(moderator, status="approved")
    act(moderator, shown, "hide")
    shown.refresh_from_db()
    assert shown.status == Post.Status.HIDDEN
    assert "Eerst zichtbaar" not in html_of(client_for(ALKMAAR), "/prikbord/")
    html = html_of(moderator, status="hidden")
    assert "Eerst zichtbaar" in html and "Herstellen" in html

    act(moderator, shown, "restore")
    shown.refresh_from_db()
    assert shown.status == Post.Status.APPROVED
    assert "Eerst zichtbaar" in html_of(client_for(ALKMAAR), "/prikbord/")


def test_reported_post_shows_under_reported_and_hiding_settles_it(
    django_capture_on_commit_callbacks, mailoutbox
):
    moderator = admin_client("moderatie-alkmaar")
    reported = count_of(html_of(moderator), "Gemeld")
    post = add_post(board_of("alkmaar"), "Goedkope telefoons")
    with django_capture_on_commit_callbacks(execute=True):
        services.report_post(post, None, "<i>Reclame</i>")
        services.report_post(post, member("lid-fatima"), "Spam")
    assert [mail.subject for mail in mailoutbox if "gemeld" in mail.subject]
    assert all(f"{QUEUE}?status=reported" in mail.body for mail in mailoutbox)

    html = html_of(moderator, status="reported")
    assert "Goedkope telefoons" in html and "2 meldingen" in html
    assert count_of(html, "Gemeld") == reported + 1
    assert "&lt;i&gt;Reclame&lt;/i&gt;" in html and "<i>Reclame</i>" not in html
    assert "Spam" in html
    assert f"{QUEUE}{post.pk}/hide/" in html
    assert "Goedkope telefoons" not in html_of(admin_client("moderatie-arnhem"), status="reported")

    response = act(moderator, post, "hide", next=QUEUE + "?status=reported")
    assert response["Location"] == QUEUE + "?status=reported"
    post.refresh_from_db()
    assert post.status == Post.Status.HIDDEN
    assert not PostReport.objects.filter(post=post, resolved=False).exists()
    html = html_of(moderator, status="reported")
    assert "Goedkope telefoons" not in html and count_of(html, "Gemeld") == reported


def test_an_unfounded_report_is_settled_by_approving_again():
    post = add_post(board_of("alkmaar"), "Gewoon een vraag")
    services.report_post(post, None, "Weet niet")
    moderator = admin_client("moderatie-alkmaar")
    assert f"{QUEUE}{post.pk}/approve/" in html_of(moderator, status="reported")
    act(moderator, post, "approve")
    post.refresh_from_db()
    assert post.status == Post.Status.APPROVED
    assert not post.reports.filter(resolved=False).exists()


def test_get_and_unknown_actions_are_refused(pending):
    moderator = admin_client("moderatie-alkmaar")
    assert moderator.get(f"{QUEUE}{pending.pk}/approve/").status_code == 405
    assert act(moderator, pending, "publish").status_code == 404
    assert act(moderator, pending, "delete").status_code == 404
    assert moderator.post(f"{QUEUE}999999/approve/").status_code == 404
    pending.refresh_from_db()
    assert pending.status == Post.Status.PENDING


def test_moderation_never_redirects_elsewhere(pending):
    moderator = admin_client("moderatie-alkmaar")
    for next_url in ("https://evil.example/", "//evil.example/admin/prikbord/", "/admin/"):
        response = act(moderator, pending, "approve", next=next_url)
        assert response["Location"] == QUEUE


def test_queue_escapes_member_text():
    add_post(
        board_of("alkmaar"),
        "<b>Vet</b>",
        status=Post.Status.PENDING,
        body="<script>alert(1)</script>",
    )
    html = html_of(admin_client("moderatie-alkmaar"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html and "<b>Vet</b>" not in html


def test_queue_paginates_by_fifty():
    board = board_of("alkmaar")
    for n in range(51):
        add_post(board, f"Bericht {n:02d}", status=Post.Status.PENDING)
    moderator = admin_client("moderatie-alkmaar")
    first = html_of(moderator)
    assert count_of(first, "Wacht op goedkeuring") == 51
    assert "Bericht 00" in first and "Bericht 49" in first  # oldest first
    assert "Bericht 50" not in first and "Pagina 1 van 2" in first
    assert "Bericht 50" in html_of(moderator, status="pending", p="2")


def count_queries(client, **params):
    client.get(QUEUE, params)  # warm the per-process caches (site root paths, homes)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(QUEUE, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("status", ["pending", "reported"])
def test_queue_issues_a_fixed_number_of_queries(status):
    alkmaar = board_of("alkmaar")
    national_board = board_of()
    authors = ["lid-amira", "lid-joost", "lid-fatima"]

    def add(numbers):
        for n in numbers:
            board = alkmaar if n % 2 else national_board
            post = add_post(
                board, f"Bericht {n}", status=Post.Status.PENDING, author=member(authors[n % 3])
            )
            PostReport.objects.create(post=post, reason=f"Reden {n}")

    editor = admin_client("landelijke-redactie")
    add(range(5))
    few = count_queries(editor, status=status)
    add(range(5, 30))
    many = count_queries(editor, status=status)
    assert few == many
