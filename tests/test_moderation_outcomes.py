"""Members hear what moderators decided: a mail when their comment or bulletin board post is
approved or rejected (with the reason the moderator gave), signed by the content's site. The
board's queue hides and blocks like the comments queue; a pending post says it waits."""

import pytest
from django.core import mail
from django.test import Client

from board.models import Post
from comments.models import Comment
from members.models import Profile
from tests.factories import add_comment, add_post, board_of, member, path_of, person, practice

pytestmark = pytest.mark.django_db

COMMENTS_QUEUE = "/admin/reacties/"
BOARD_QUEUE = "/admin/prikbord/"


def admin_client(username):
    """Logged in to the admin as the person this name stands for (tests.factories.person)."""
    client = Client(HTTP_HOST="localhost")
    client.force_login(person(username))
    return client


def ask(author, title="Wie heeft een ladder?"):
    """A question on Alkmaar's board, waiting for a moderator."""
    return add_post(
        board_of("alkmaar"),
        title,
        author=author,
        status=Post.Status.PENDING,
        body="Voor de moestuin bij het AZC.",
    )


def decide(queue, item, action, django_capture_on_commit_callbacks, client=None, **data):
    client = client or admin_client("moderatie-alkmaar")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{queue}{item.pk}/{action}/", data)
    assert response.status_code == 302
    return response


@pytest.fixture
def sara():
    return member("sara", display_name="Sara")


def test_approved_comment_mail(sara, django_capture_on_commit_callbacks):
    page = practice()
    comment = add_comment(page, sara, "Wij doen dit ook!", status=Comment.Status.PENDING)
    decide(COMMENTS_QUEUE, comment, "approve", django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.to == ["sara@reacties.test"]
    assert message.subject == "Je reactie staat online: Fietsles voor bewoners"
    assert message.body.startswith("Hoi Sara,")
    assert "Een moderator heeft je reactie bij “Fietsles voor bewoners” goedgekeurd." in (
        message.body
    )
    assert f"http://alkmaar.localhost{path_of(page)}#reactie-{comment.pk}" in message.body
    assert message.body.rstrip().endswith("Groeten van Aan de Slag Alkmaar")

    # Approving it again (settling a report) or hiding it tells the author nothing new.
    decide(COMMENTS_QUEUE, comment, "approve", django_capture_on_commit_callbacks)
    decide(COMMENTS_QUEUE, comment, "hide", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


def test_rejected_comment_mail_gives_the_reason(sara, django_capture_on_commit_callbacks):
    comment = add_comment(practice(), sara, "Koop nu goedkope horloges!", status="pending")
    decide(
        COMMENTS_QUEUE,
        comment,
        "reject",
        django_capture_on_commit_callbacks,
        reason="Reclame plaatsen mag hier niet.",
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    assert comment.moderation_reason == "Reclame plaatsen mag hier niet."
    [message] = mail.outbox
    assert message.subject == "Je reactie is niet geplaatst: Fietsles voor bewoners"
    assert "De moderator schrijft:\nReclame plaatsen mag hier niet." in message.body
    assert "Je reactie was:\nKoop nu goedkope horloges!" in message.body
    assert "sara" not in message.body.replace("Sara", "")
    # The queue shows the reason with the decision.
    html = admin_client("moderatie-alkmaar").get(COMMENTS_QUEUE, {"status": "rejected"})
    assert "Reclame plaatsen mag hier niet." in html.content.decode()


def test_the_reject_button_asks_for_a_reason(sara):
    add_comment(practice(), sara, "Twijfelgeval", status="pending")
    for queue in (COMMENTS_QUEUE, BOARD_QUEUE):
        if queue == BOARD_QUEUE:
            ask(sara)
        html = admin_client("moderatie-alkmaar").get(queue).content.decode()
        assert "Reden voor de schrijver (gaat mee in de e-mail)</label>" in html
        assert 'name="reason"' in html


def test_approved_and_rejected_post_mails(sara, django_capture_on_commit_callbacks):
    post = ask(sara)
    decide(BOARD_QUEUE, post, "approve", django_capture_on_commit_callbacks)
    [approved] = mail.outbox
    assert approved.subject == "Je bericht staat op het prikbord: Wie heeft een ladder?"
    assert approved.body.startswith("Hoi Sara,")
    assert f"http://alkmaar.localhost/prikbord/{post.pk}/" in approved.body
    assert approved.body.rstrip().endswith("Groeten van Aan de Slag Alkmaar")

    other = ask(sara, title="Te koop: brommer")
    decide(
        BOARD_QUEUE,
        other,
        "reject",
        django_capture_on_commit_callbacks,
        reason="Verkopen kan niet op het prikbord.",
    )
    rejected = mail.outbox[1]
    assert rejected.subject == "Je bericht is niet geplaatst: Te koop: brommer"
    assert "De moderator schrijft:\nVerkopen kan niet op het prikbord." in rejected.body
    assert "Je bericht was:\nVoor de moestuin bij het AZC." in rejected.body


def test_board_queue_hides_a_pending_post_and_blocks_its_author(
    sara, django_capture_on_commit_callbacks
):
    post = ask(sara)
    waiting = ask(sara, title="Nog een vraag")
    moderator = admin_client("moderatie-alkmaar")
    html = moderator.get(BOARD_QUEUE).content.decode()
    assert f'action="/admin/prikbord/{post.pk}/hide/"' in html
    assert f'action="/admin/prikbord/{post.pk}/block/"' in html

    decide(BOARD_QUEUE, post, "hide", django_capture_on_commit_callbacks)
    post.refresh_from_db()
    assert post.status == Post.Status.HIDDEN

    response = decide(
        BOARD_QUEUE, waiting, "block", django_capture_on_commit_callbacks, client=moderator
    )
    sara.refresh_from_db()
    waiting.refresh_from_db()
    assert not sara.is_active
    assert waiting.status == Post.Status.HIDDEN
    messages = moderator.get(response["Location"]).content.decode()
    assert "Sara is geblokkeerd; wat nog wachtte is verborgen." in messages
    html = moderator.get(BOARD_QUEUE, {"status": "hidden"}).content.decode()
    assert "geblokkeerd" in html


def test_board_queue_never_blocks_editors(django_capture_on_commit_callbacks):
    editor = person("redactie-alkmaar")
    Profile.objects.get_or_create(user=editor, defaults={"display_name": "Redactie"})
    post = ask(editor)
    decide(BOARD_QUEUE, post, "block", django_capture_on_commit_callbacks)
    editor.refresh_from_db()
    assert editor.is_active


def test_a_pending_post_says_it_waits_for_a_moderator(sara):
    post = ask(sara)
    client = Client(HTTP_HOST="alkmaar.localhost")
    client.force_login(sara)
    html = client.get(f"/prikbord/{post.pk}/").content.decode()
    assert "Dit bericht wacht op goedkeuring door een moderator. Daarna kun je reageren." in html
    assert "Reageren op deze pagina is gesloten." not in html
