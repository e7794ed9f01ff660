"""Sign-up, verification, login on any site, members and the admin, rate limits (allauth)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from members.models import Profile

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites(municipality):
    """The sites these tests visit."""
    municipality("alkmaar")
    municipality("arnhem")


PASSWORD = "Tuinieren-in-de-zon-42"


def sign_up(client, email="nieuw@example.org", name="Nieuw Lid", next_url=""):
    query = f"?next={next_url}" if next_url else ""
    return client.post(
        f"/accounts/signup/{query}",
        {"email": email, "display_name": name, "password1": PASSWORD, "password2": PASSWORD},
    )


def verification_link(message):
    return re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)


def test_sign_up_verify_and_log_in_on_another_site(client_for):
    alkmaar = client_for("alkmaar.localhost")
    response = sign_up(alkmaar, next_url="/praktijkvoorbeelden/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-email/")
    user = get_user_model().objects.get(email="nieuw@example.org")
    assert not user.is_staff and not user.is_superuser
    assert Profile.objects.get(user=user).display_name == "Nieuw Lid"
    assert not EmailAddress.objects.get(user=user).verified

    # The verification mail links to the host the member signed up on.
    [message] = mail.outbox
    link = verification_link(message)
    assert link.startswith("http://alkmaar.localhost/accounts/confirm-email/")
    path = link.split("alkmaar.localhost", 1)[1]
    assert alkmaar.get(path).status_code == 200
    response = alkmaar.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    # One account for all sites: the same login works on Arnhem's host.
    arnhem = client_for("arnhem.localhost")
    response = arnhem.post("/accounts/login/", {"login": "nieuw@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert "Mijn profiel" in arnhem.get("/").content.decode()


def test_unverified_member_cannot_log_in_yet(client_for):
    client = client_for("localhost")
    sign_up(client)
    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": "nieuw@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-email/")
    assert "Mijn profiel" not in client.get("/").content.decode()


def test_sign_up_refuses_bad_input_in_dutch(client_for):
    client = client_for("localhost")
    response = client.post(
        "/accounts/signup/",
        {"email": "geen-adres", "display_name": "   ", "password1": "123", "password2": "456"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Voer een geldig e-mailadres in." in html
    assert "Dit is een verplicht veld." in html  # the display name
    assert "Dit wachtwoord is te kort. Het moet minstens 8 tekens bevatten." in html
    assert not get_user_model().objects.filter(email="geen-adres").exists()


def test_members_never_reach_the_admin(client):
    user = get_user_model().objects.create_user("lid", "lid@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert client.get("/admin/pages/").status_code == 302


def test_password_reset_does_not_reveal_whether_an_account_exists(client_for):
    client = client_for("localhost")
    get_user_model().objects.create_user("bestaat", "bestaat@example.org", PASSWORD)
    known = client.post("/accounts/password/reset/", {"email": "bestaat@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "onbekend@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_failed_logins_are_rate_limited(client_for):
    client = client_for("localhost")
    get_user_model().objects.create_user("doelwit", "doelwit@example.org", PASSWORD)
    EmailAddress.objects.create(
        user=get_user_model().objects.get(username="doelwit"),
        email="doelwit@example.org",
        verified=True,
        primary=True,
    )
    for attempt in range(6):
        client.post("/accounts/login/", {"login": "doelwit@example.org", "password": f"x{attempt}"})
    # Even the right password is refused for a while now, with a message.
    response = client.post(
        "/accounts/login/", {"login": "doelwit@example.org", "password": PASSWORD}
    )
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    if response.status_code == 200:
        assert "Te veel mislukte inlogpogingen." in response.content.decode()


def test_logout_needs_a_post(client):
    user = get_user_model().objects.create_user("lid", "lid@example.org", PASSWORD)
    client.force_login(user)
    client.get("/accounts/logout/")
    assert "_auth_user_id" in client.session
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_account_pages_speak_english_under_en(client_for):
    html = client_for("localhost").get("/en/accounts/login/").content.decode()
    assert '<html lang="en"' in html
    assert "Sign In" in html
