"""allauth's own pages in the program's words: "je", "bevestigen" rather than "verifiëren",
no "a.u.b.", and no text that says something else than the page does (allauth's Dutch
password-reset-sent page spoke of a verification mail)."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-2026"
NEVER = ["a.u.b.", "Verifieer", "verificatie", "Aanmelden", "rimair", "Ongeldige sleutel", "Uw "]


def page_text(response):
    assert response.status_code == 200
    html = response.content.decode()
    for word in NEVER:
        assert word not in html, word
    return html


@pytest.mark.parametrize(
    "name, kwargs, expected",
    [
        ("account_login", {}, "Heb je nog geen account?"),
        ("account_reset_password", {}, "We sturen je een mail met een link"),
        ("account_reset_password_done", {}, "Zie je hem niet? Kijk dan ook bij je spam."),
        (
            "account_reset_password_from_key",
            {"uidb36": "zz", "key": "verlopen"},
            "Deze link werkt niet meer",
        ),
        ("account_inactive", {}, "Dit account is niet actief."),
    ],
)
def test_anonymous_account_pages_speak_plain_dutch(client, name, kwargs, expected):
    assert expected in page_text(client.get(reverse(name, kwargs=kwargs)))


def test_the_page_after_signing_up_asks_to_confirm_the_address(client):
    client.post(
        reverse("account_signup"),
        {
            "email": "noor@example.org",
            "display_name": "Noor",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    html = page_text(client.get(reverse("account_email_verification_sent")))
    assert "Bevestig je e-mailadres" in html
    assert "Klik op de link in die mail om je account te bevestigen." in html


def test_the_email_addresses_page_speaks_plain_dutch(client):
    member = get_user_model().objects.create_user(
        username="noor", email="noor@example.org", password=PASSWORD
    )
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    client.force_login(member)
    html = page_text(client.get(reverse("account_email")))
    assert "Bevestigd" in html
    assert "Hoofdadres" in html
