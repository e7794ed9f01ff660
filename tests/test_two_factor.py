"""Two-factor authentication (allauth's MFA, members/two_factor.py): editors turn it on in the
real pages and every login then asks for the code, the admin's login form included; recovery
codes work once; superusers and national editors cannot use the admin before they have it.
Codes are computed here from the secret (RFC 6238, tests.factories.totp_code)."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.core.management import call_command
from django.urls import reverse

from tests.factories import PASSWORD, editor, national_editor, superuser, totp_code, two_factor

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"
WRONG_CODE = "Deze code klopt niet."


@pytest.fixture
def alkmaar(municipality):
    return municipality("alkmaar")


def admin_login(client, username, next_url="/admin/"):
    """Wagtail's own login form, posted as a browser would."""
    return client.post(
        f"{ADMIN_LOGIN}?next={next_url}",
        {"username": username, "password": PASSWORD, "next": next_url},
    )


def give_code(client, code):
    return client.post(reverse("mfa_authenticate"), {"code": code})


def confirm_password(client, path):
    """allauth asks for the password once more before two-factor settings change."""
    response = client.get(path)
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    response = client.post(response["Location"], {"password": PASSWORD, "next": path})
    assert response["Location"] == path


def open_activation(client):
    confirm_password(client, reverse("mfa_activate_totp"))
    return client.get(reverse("mfa_activate_totp"))


def activate(client, code):
    """Post the set-up form. What allauth does once its transaction commits (its signal, the
    mail) runs inside the request, so the tests that turn it on are transactional."""
    return client.post(reverse("mfa_activate_totp"), {"code": code})


def secret_on(page):
    """The key the set-up page shows beside the QR code."""
    return re.search(r'id="authenticator_secret" value="([A-Z2-7]{16,})"', text(page)).group(1)


def text(response):
    return response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_an_editor_turns_it_on_and_the_admin_login_then_asks_for_the_code(
    client, alkmaar, mailoutbox
):
    person = editor("alkmaar")
    assert admin_login(client, person.username)["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200

    page = open_activation(client)
    assert "Tweestapsverificatie aanzetten" in text(page)
    secret = secret_on(page)
    refused = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert WRONG_CODE in text(refused)
    assert not Authenticator.objects.filter(user=person).exists()
    done = activate(client, totp_code(secret))
    assert done["Location"] == reverse("mfa_view_recovery_codes")
    codes = text(client.get(done["Location"]))
    assert "Je herstelcodes" in codes
    assert "Tweestapsverificatie staat aan." in codes
    assert [mail.subject for mail in mailoutbox] == ["Aan de Slag: tweestapsverificatie staat aan"]
    assert Authenticator.objects.filter(user=person, type=Authenticator.Type.TOTP).exists()
    # The editor who just gave a code stays in the admin.
    assert client.get("/admin/").status_code == 200

    client.post(reverse("account_logout"))
    response = admin_login(client, person.username)
    assert response["Location"] == reverse("mfa_authenticate")
    # Not logged in yet: the admin sends them to log in.
    assert client.get("/admin/")["Location"].startswith(ADMIN_LOGIN)
    asked = client.get(reverse("mfa_authenticate"))
    assert "Typ de code uit je app" in text(asked)

    wrong = give_code(client, "123456" if totp_code(secret) != "123456" else "654321")
    assert wrong.status_code == 200
    assert WRONG_CODE in text(wrong)
    right = give_code(client, totp_code(secret))
    assert right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_members_login_asks_for_the_code_too(client, alkmaar):
    person = two_factor(editor("alkmaar"))
    person.email = "redactie@alkmaar.example.org"
    person.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    response = client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    assert give_code(client, totp_code())["Location"] == "/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, alkmaar):
    person = two_factor(editor("alkmaar"))
    codes = RecoveryCodes(
        Authenticator.objects.get(user=person, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()
    assert len(codes) == 10

    admin_login(client, person.username)
    assert give_code(client, codes[0])["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200

    client.post(reverse("account_logout"))
    admin_login(client, person.username)
    again = give_code(client, codes[0])
    assert again.status_code == 200
    assert WRONG_CODE in text(again)
    assert client.get("/admin/")["Location"].startswith(ADMIN_LOGIN)
    assert give_code(client, codes[1])["Location"] == "/admin/"


def test_posting_to_wagtails_login_form_does_not_skip_the_code(client, alkmaar):
    person = two_factor(editor("alkmaar"))
    response = client.post(ADMIN_LOGIN, {"username": person.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    for path in ("/admin/", "/admin/pages/", "/admin/account/"):
        assert client.get(path)["Location"].startswith(ADMIN_LOGIN), path


def test_a_login_elsewhere_without_the_code_is_logged_out_of_the_admin(client, alkmaar):
    """Wagtail's front-end login (for private pages) checks only the password: whoever has
    two-factor authentication and logged in there is sent to log in again with the code."""
    person = two_factor(editor("alkmaar"))
    client.post(reverse("wagtailcore_login"), {"username": person.username, "password": PASSWORD})
    assert client.session.get("_auth_user_id") == str(person.pk)
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[0][0] == f"{ADMIN_LOGIN}?next=%2Fadmin%2Fpages%2F"
    assert "code uit je app" in text(response)
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("who", ["national editor", "superuser"])
def test_who_must_have_it_is_sent_to_set_it_up(client, alkmaar, who):
    person = (
        national_editor(with_two_factor=False)
        if who == "national editor"
        else superuser(with_two_factor=False)
    )
    assert admin_login(client, person.username)["Location"] == "/admin/"
    for path in ("/admin/", "/admin/pages/", "/admin/reacties/"):
        response = client.get(path)
        assert response["Location"] == reverse("mfa_activate_totp"), path
    told = client.get(reverse("mfa_activate_totp"), follow=True)
    assert "Voor jouw account is tweestapsverificatie verplicht." in text(told)
    page = open_activation(client)
    secret = secret_on(page)
    activate(client, totp_code(secret))
    assert client.get("/admin/").status_code == 200


def test_who_must_have_it_cannot_turn_it_off(client, national_home):
    person = national_editor()
    admin_login(client, person.username)
    give_code(client, totp_code())
    confirm_password(client, reverse("mfa_deactivate_totp"))
    response = client.post(reverse("mfa_deactivate_totp"))
    assert "je kunt het niet uitzetten" in text(response)
    assert Authenticator.objects.filter(user=person, type=Authenticator.Type.TOTP).exists()


def test_a_municipality_editor_may_leave_it_off_and_finds_the_way_to_it(client, alkmaar):
    admin_login(client, editor("alkmaar").username)
    assert client.get("/admin/").status_code == 200
    account = text(client.get("/admin/account/"))
    assert reverse("mfa_index") in account
    assert "Tweestapsverificatie" in account
    assert reverse("mfa_index") in text(client.get(reverse("member_profile")))
    overview = text(client.get(reverse("mfa_index")))
    assert "Tweestapsverificatie staat uit." in overview


def test_remove_two_factor_lets_someone_who_lost_their_phone_in_again(client, alkmaar):
    person = two_factor(editor("alkmaar"))
    call_command("remove_two_factor", person.username)
    assert not Authenticator.objects.filter(user=person).exists()
    assert admin_login(client, person.username)["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_remove_two_factor_names_an_unknown_account(alkmaar):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="niemand-hier"):
        call_command("remove_two_factor", "niemand-hier")
