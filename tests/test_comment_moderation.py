"""Moderating comments in the Wagtail admin: each municipality's moderators (and national
editors) see and act on the comments of their own pages only; blocking takes effect at once."""

import pytest
from django.test import Client

from comments.models import Comment, CommentReport
from tests.factories import (
    add_comment,
    add_news,
    member,
    national_home,
    news_index,
    path_of,
    person,
    post_url,
    practice,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/reacties/"
ALKMAAR = "alkmaar.localhost"


def admin_client(username):
    """Logged in to the admin as the person this name stands for (tests.factories.person)."""
    client = Client(HTTP_HOST="localhost")
    client.force_login(person(username))
    return client


def act(client, comment, action, **data):
    return client.post(f"{QUEUE}{comment.pk}/{action}/", data)


@pytest.fixture
def example():
    return practice()


@pytest.fixture
def author():
    return member("sara", display_name="Sara")


@pytest.fixture
def pending(example, author):
    return add_comment(example, author, "Wij doen dit ook!", status=Comment.Status.PENDING)


def public_html(page):
    return Client(HTTP_HOST=ALKMAAR).get(path_of(page)).content.decode()


def test_alkmaar_moderator_approves_and_everyone_sees_it(example, pending):
    moderator = admin_client("moderatie-alkmaar")
    queue = moderator.get(QUEUE)
    assert queue.status_code == 200
    html = queue.content.decode()
    assert "Wij doen dit ook!" in html
    assert "Fietsles voor bewoners" in html and "Alkmaar" in html and "Sara" in html
    assert "Wacht op goedkeuring (1)" in html
    assert "Wij doen dit ook!" not in public_html(example)

    response = act(moderator, pending, "approve", next=QUEUE + "?status=pending")
    assert response.status_code == 302 and response["Location"] == QUEUE + "?status=pending"
    pending.refresh_from_db()
    assert pending.status == Comment.Status.APPROVED
    assert pending.moderated_by.username == "moderatie-alkmaar"
    assert pending.moderated_at is not None
    html = public_html(example)
    assert "Wij doen dit ook!" in html and "Reacties (1)" in html


def test_arnhem_moderator_neither_sees_nor_acts_on_alkmaars_comments(example, pending):
    moderator = admin_client("moderatie-arnhem")
    for status in ("pending", "approved", "reported", "hidden", "rejected"):
        html = moderator.get(QUEUE, {"status": status}).content.decode()
        assert "Wij doen dit ook!" not in html
    for action in ("approve", "reject", "hide", "restore", "block"):
        assert act(moderator, pending, action).status_code == 403
    pending.refresh_from_db()
    assert pending.status == Comment.Status.PENDING
    assert pending.author.is_active


def test_arnhem_moderator_sees_arnhems_own_comments(author):
    arnhem = practice("arnhem", title="Moestuin Arnhem")
    comment = add_comment(arnhem, author, "In Arnhem", status=Comment.Status.PENDING)
    moderator = admin_client("moderatie-arnhem")
    assert "In Arnhem" in moderator.get(QUEUE).content.decode()
    assert act(moderator, comment, "approve").status_code == 302


def test_national_editors_moderate_everywhere(example, pending, author):
    national = add_news(news_index(national_home()), "Landelijk nieuws")
    add_comment(national, author, "Landelijke reactie", status=Comment.Status.PENDING)
    html = admin_client("landelijke-redactie").get(QUEUE).content.decode()
    assert "Wij doen dit ook!" in html and "Landelijke reactie" in html
    assert "Landelijk" in html
    assert "Landelijke reactie" not in admin_client("moderatie-alkmaar").get(QUEUE).content.decode()
    assert act(admin_client("landelijke-redactie"), pending, "reject").status_code == 302


def test_menu_item_only_for_those_who_publish():
    menu = admin_client("moderatie-alkmaar").get("/admin/").content.decode()
    assert QUEUE in menu
    editor = admin_client("redactie-alkmaar")
    assert QUEUE not in editor.get("/admin/").content.decode()
    assert editor.get(QUEUE).status_code == 403


def test_members_never_reach_the_queue(pending, author):
    client = Client(HTTP_HOST="localhost")
    client.force_login(author)
    response = client.get(QUEUE)
    assert response.status_code in (302, 403)
    assert act(client, pending, "approve").status_code in (302, 403)
    pending.refresh_from_db()
    assert pending.status == Comment.Status.PENDING


def test_reject_hide_and_restore(example, pending, author):
    moderator = admin_client("moderatie-alkmaar")
    act(moderator, pending, "reject")
    pending.refresh_from_db()
    assert pending.status == Comment.Status.REJECTED
    assert "Wij doen dit ook!" in moderator.get(QUEUE, {"status": "rejected"}).content.decode()

    shown = add_comment(example, author, "Eerst zichtbaar")
    act(moderator, shown, "hide")
    shown.refresh_from_db()
    assert shown.status == Comment.Status.HIDDEN
    assert "Eerst zichtbaar" not in public_html(example)
    html = moderator.get(QUEUE, {"status": "hidden"}).content.decode()
    assert "Eerst zichtbaar" in html and "Herstellen" in html

    act(moderator, shown, "restore")
    shown.refresh_from_db()
    assert shown.status == Comment.Status.APPROVED
    assert "Eerst zichtbaar" in public_html(example)


def test_unknown_action_or_get_is_refused(pending):
    moderator = admin_client("moderatie-alkmaar")
    assert act(moderator, pending, "publish").status_code == 404
    assert moderator.get(f"{QUEUE}{pending.pk}/approve/").status_code == 405


def test_moderation_never_redirects_elsewhere(pending):
    response = act(
        admin_client("moderatie-alkmaar"), pending, "approve", next="https://evil.example/"
    )
    assert response["Location"] == QUEUE


def test_reported_comment_shows_in_the_queue_and_approval_settles_it(
    example, author, mailoutbox, django_capture_on_commit_callbacks
):
    person("moderatie-alkmaar")
    person("moderatie-arnhem")
    comment = add_comment(example, author, "Dit is reclame")
    visitor = Client(HTTP_HOST=ALKMAAR)
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(f"/reacties/{comment.pk}/melden/", {"reason": "<i>Spam</i>"})
    recipients = [address for mail in mailoutbox for address in mail.to]
    assert "moderatie-alkmaar@example.org" in recipients
    assert "moderatie-arnhem@example.org" not in recipients
    assert "?status=reported" in mailoutbox[0].body

    moderator = admin_client("moderatie-alkmaar")
    html = moderator.get(QUEUE, {"status": "reported"}).content.decode()
    assert "Dit is reclame" in html and "1 melding" in html
    assert "&lt;i&gt;Spam&lt;/i&gt;" in html and "<i>Spam</i>" not in html
    assert "Gemeld (1)" in html

    act(moderator, comment, "approve")
    assert not CommentReport.objects.filter(resolved=False).exists()
    assert "Dit is reclame" not in moderator.get(QUEUE, {"status": "reported"}).content.decode()


def test_queue_escapes_comment_text(example, author):
    add_comment(example, author, "<script>alert(1)</script>", status=Comment.Status.PENDING)
    html = admin_client("moderatie-alkmaar").get(QUEUE).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_blocking_logs_the_member_out_at_once(example, author):
    waiting = add_comment(example, author, "Nog een", status=Comment.Status.PENDING)
    shown = add_comment(example, author, "Al zichtbaar")
    member_client = Client(HTTP_HOST=ALKMAAR)
    member_client.force_login(author)
    assert 'id="reactie-tekst"' in member_client.get(path_of(example)).content.decode()

    response = act(admin_client("moderatie-alkmaar"), shown, "block")
    assert response.status_code == 302
    author.refresh_from_db()
    assert not author.is_active
    waiting.refresh_from_db()
    assert waiting.status == Comment.Status.HIDDEN

    html = member_client.get(path_of(example)).content.decode()
    assert "Om te reageren dien je eerst in te loggen." in html
    response = member_client.post(post_url(example), {"body": "Ik ben er nog"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not Comment.objects.filter(body="Ik ben er nog").exists()


def test_editors_and_moderators_cannot_be_blocked_from_the_queue(example):
    colleague = person("redactie-alkmaar")
    comment = add_comment(example, colleague, "Van de redactie", status=Comment.Status.PENDING)
    html = admin_client("moderatie-alkmaar").get(QUEUE).content.decode()
    assert "Van de redactie" in html
    response = act(admin_client("moderatie-alkmaar"), comment, "block")
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert colleague.is_active


def test_queue_lists_a_deleted_member_as_such(example, author, pending):
    author.delete()
    html = admin_client("moderatie-alkmaar").get(QUEUE).content.decode()
    assert "verwijderd lid" in html and "Lid blokkeren" not in html
