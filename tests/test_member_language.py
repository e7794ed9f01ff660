"""A member's language: remembered from the site they sign up on, changeable in the profile,
and the language of the mails the site sends them (moderators' decisions, relayed messages)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation

from core.moderation.services import notify_author
from members.models import Profile
from tests.factories import add_comment, add_post, board_of, member, path_of, practice

pytestmark = pytest.mark.django_db

PASSWORD = "Samen-koken-in-de-buurt-7"


def sign_up(client, prefix, email):
    return client.post(
        f"{prefix}/accounts/signup/",
        {"email": email, "display_name": "Yara", "password1": PASSWORD, "password2": PASSWORD},
    )


@pytest.mark.parametrize(("prefix", "language"), [("", "nl"), ("/ar", "ar"), ("/ti", "ti")])
def test_signing_up_remembers_the_sites_language(client_for, municipality, prefix, language):
    municipality("alkmaar")
    response = sign_up(client_for("alkmaar.localhost"), prefix, "yara@example.org")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="yara@example.org")
    assert Profile.objects.get(user=user).language == language
    # The verification mail is in that language, and its link leads back into it.
    (verification,) = mail.outbox
    with translation.override(language):
        subject = translation.gettext("Welkom bij %(site_name)s: bevestig je e-mailadres")
    for part in filter(None, (part.strip() for part in subject.split("%(site_name)s"))):
        assert part in verification.subject
    assert f"http://alkmaar.localhost{prefix}/accounts/" in verification.body


def test_the_member_chooses_another_language_in_the_profile(client):
    user = member("sara", display_name="Sara")
    client.force_login(user)
    form = {"display_name": "Sara", "language": "uk"}
    assert client.post("/accounts/profiel/", form).status_code == 302
    assert Profile.objects.get(user=user).language == "uk"

    # Not a language of the site: refused with a message, the choice kept.
    response = client.post("/accounts/profiel/", {**form, "language": "xx"})
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert Profile.objects.get(user=user).language == "uk"

    # A form without the field keeps what the member chose.
    assert client.post("/accounts/profiel/", {"display_name": "Sara"}).status_code == 302
    assert Profile.objects.get(user=user).language == "uk"


@pytest.mark.parametrize("language", ["ar", "tr", "nl"])
def test_a_moderators_decision_reaches_the_author_in_their_language(language):
    author = member("lid-yonas", display_name="Yonas", language=language)
    comment = add_comment(practice("alkmaar"), author, "Wij doen ook mee!")
    mail.outbox.clear()

    notify_author(comment, "approved")

    [message] = mail.outbox
    with translation.override(language):
        expected = translation.gettext("Je reactie staat online: %(title)s") % {
            "title": "Fietsles voor bewoners"
        }
    assert message.subject == expected
    if language != "nl":
        assert "Je reactie staat online" not in message.subject


def test_the_language_is_part_of_the_members_own_data(client):
    user = member("sara", display_name="Sara", language="fa")
    client.force_login(user)
    response = client.get("/accounts/mijn-gegevens/")
    assert response.json()["profile"]["language"] == "fa"


def test_a_help_offer_reaches_the_poster_in_their_language(
    client_for, django_capture_on_commit_callbacks
):
    poster = member("lid-oksana", display_name="Oksana", language="uk")
    task = add_post(
        board_of("alkmaar"),
        "Helpers voor de moestuin",
        author=poster,
        kind="klus",
        organisation="Stadsboerderij",
        task="Onkruid wieden.",
    )
    client = client_for("alkmaar.localhost")
    client.force_login(member("lid-amira", display_name="Amira"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{path_of(task.board)}{task.pk}/ik-help-mee/")

    [message] = mail.outbox
    with translation.override("uk"):
        expected = translation.gettext("%(name)s wil meehelpen: %(title)s") % {
            "name": "Amira",
            "title": "Helpers voor de moestuin",
        }
    assert message.subject == expected != "Amira wil meehelpen: Helpers voor de moestuin"
