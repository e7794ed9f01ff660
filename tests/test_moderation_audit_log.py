"""Moderators' decisions in Wagtail's audit log: every action taken in the real moderation
queues (/admin/reacties/, /admin/prikbord/) writes one log entry with who, when, what and on
which object; blocking a member is logged on their account; a refused action logs nothing;
the decisions show in the admin's "Site history" report in Dutch and in the item's history,
which its moderators reach from the queue."""

import html

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from comments.models import Comment
from tests.factories import add_comment, add_post, board_of, member, person, practice

pytestmark = pytest.mark.django_db


def admin_client(username):
    client = Client(HTTP_HOST="localhost")
    client.force_login(person(username))
    return client


def pending_comment():
    return add_comment(practice("alkmaar"), member("lid-amira"), status=Comment.Status.PENDING)


def pending_post():
    return add_post(board_of("alkmaar"), author=member("lid-amira"), status="pending")


KINDS = {
    "comment": ("/admin/reacties/", pending_comment),
    "post": ("/admin/prikbord/", pending_post),
}


def entries_for(instance):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "steps",
    [["approve"], ["reject"], ["hide"], ["approve", "hide", "restore"]],
    ids=["approve", "reject", "hide", "hide-then-restore"],
)
def test_each_decision_writes_one_log_entry(kind, steps):
    queue, make = KINDS[kind]
    item = make()
    moderator = person("moderatie-alkmaar")
    client = admin_client("moderatie-alkmaar")
    before = timezone.now()
    for step in steps:
        reason = "Past niet bij het prikbord." if step == "reject" else ""
        response = client.post(f"{queue}{item.pk}/{step}/", {"reason": reason})
        assert response.status_code == 302
    entries = list(entries_for(item).order_by("timestamp", "pk"))
    assert [entry.action for entry in entries] == [f"core.moderation.{s}" for s in steps]
    for entry in entries:
        assert entry.user_id == moderator.pk
        assert before <= entry.timestamp <= timezone.now()
    if steps == ["reject"]:
        assert entries[0].data == {"reason": "Past niet bij het prikbord."}


@pytest.mark.parametrize("kind", KINDS)
def test_blocking_a_member_is_logged_on_their_account(kind):
    queue, make = KINDS[kind]
    item = make()
    author = item.author
    moderator = person("moderatie-alkmaar")
    response = admin_client("moderatie-alkmaar").post(f"{queue}{item.pk}/block/")
    assert response.status_code == 302
    author.refresh_from_db()
    assert not author.is_active
    [entry] = entries_for(author)
    assert entry.action == "core.moderation.block"
    assert entry.user_id == moderator.pk
    assert entry.content_type.model_class() is get_user_model()
    assert entry.data == {"item": f"{item._meta.label_lower} {item.pk}", "hidden": 1}
    assert not entries_for(item).exists()  # one entry for the one action


def test_refused_actions_log_nothing():
    comment = pending_comment()
    # Arnhem's moderator may not moderate Alkmaar's comments.
    response = admin_client("moderatie-arnhem").post(f"/admin/reacties/{comment.pk}/approve/")
    assert response.status_code == 403
    # Nobody blocks an editor from a queue.
    by_editor = add_comment(practice("alkmaar"), person("redactie-alkmaar"), status="pending")
    admin_client("moderatie-alkmaar").post(f"/admin/reacties/{by_editor.pk}/block/")
    assert not ModelLogEntry.objects.filter(action__startswith="core.moderation.").exists()


def test_site_history_lists_the_decisions_in_dutch_with_the_moderator():
    comment = pending_comment()
    post = pending_post()
    client = admin_client("moderatie-alkmaar")
    client.post(f"/admin/reacties/{comment.pk}/reject/", {"reason": "Reclame"})
    client.post(f"/admin/prikbord/{post.pk}/block/")
    moderator = person("moderatie-alkmaar")
    moderator.first_name, moderator.last_name = "Mila", "Moderator"
    moderator.save()

    response = admin_client("admin").get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    text = html.unescape(response.content.decode())
    assert "Afgewezen door een moderator: Reclame" in text
    assert "Lid geblokkeerd door een moderator" in text
    assert "Mila Moderator" in text


@pytest.mark.parametrize("kind", KINDS)
def test_the_items_moderators_see_its_history_from_the_queue(kind):
    queue, make = KINDS[kind]
    item = make()
    client = admin_client("moderatie-alkmaar")
    client.post(f"{queue}{item.pk}/reject/", {"reason": "Dubbel geplaatst"})
    history = f"{queue}history/{item.pk}/"
    assert history in client.get(queue, {"status": "rejected"}).content.decode()
    response = client.get(history)
    assert response.status_code == 200
    text = html.unescape(response.content.decode())
    assert "Afgewezen door een moderator: Dubbel geplaatst" in text
    assert "moderatie-alkmaar" in text
    # Another municipality's moderator does not see it.
    other = admin_client("moderatie-arnhem").get(history)
    assert other.status_code != 200
    assert "Dubbel geplaatst" not in other.content.decode()
