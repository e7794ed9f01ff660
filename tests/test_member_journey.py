"""The whole member journey with Django's test client: sign up, verify by the mailed link, log
in, comment on a practice example, see it pending, Alkmaar's moderator approves it in the
admin, and it appears for everyone."""

import re

import pytest
from django.core import mail

from comments.models import Comment
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "Fietsen-langs-de-dijk-9"
PRACTICE = "/praktijkvoorbeelden/samen-tuinieren-in-de-buurttuin/"


def test_sign_up_to_approved_comment(client_for, django_capture_on_commit_callbacks):
    alkmaar = factories.municipality("alkmaar")
    factories.add_practice(factories.practice_index(alkmaar), "Samen tuinieren in de buurttuin")
    for slug in ("alkmaar", "arnhem"):
        factories.moderator(slug)
    member = client_for("alkmaar.localhost")
    member.post(
        "/accounts/signup/",
        {
            "email": "lina@example.org",
            "display_name": "Lina",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    [verification] = mail.outbox
    path = re.search(r"http://alkmaar\.localhost(/accounts/confirm-email/\S+/)", verification.body)
    member.post(path.group(1))
    member.post("/accounts/logout/")
    response = member.post("/accounts/login/", {"login": "lina@example.org", "password": PASSWORD})
    assert response.status_code == 302

    page = member.get(PRACTICE).content.decode()
    match = re.search(r'<form method="post" action="([^"]+)" class="comment-form"', page)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # the notice goes after commit
        response = member.post(match.group(1), {"body": "Mooi project, ik help graag mee!"})
    assert response.status_code == 302
    assert "wacht op goedkeuring" in member.get(PRACTICE).content.decode()
    visitor = client_for("alkmaar.localhost")
    assert "Mooi project" not in visitor.get(PRACTICE).content.decode()
    # The moderators of Alkmaar are told.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "moderatie-alkmaar@example.org" in recipients
    assert "moderatie-arnhem@example.org" not in recipients

    moderator = client_for("alkmaar.localhost")
    moderator.post(
        "/admin/login/", {"username": "moderatie-alkmaar", "password": factories.PASSWORD}
    )
    assert "Mooi project" in moderator.get("/admin/reacties/").content.decode()
    comment = Comment.objects.get(body="Mooi project, ik help graag mee!")
    moderator.post(f"/admin/reacties/{comment.pk}/approve/")

    shown = visitor.get(PRACTICE).content.decode()
    assert "Mooi project, ik help graag mee!" in shown
    assert "Lina" in shown
