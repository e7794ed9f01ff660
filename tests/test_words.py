"""One tone ("je", never "u") and one word for logging in ("Inloggen"; "Aanmelden" is for
activities only), also where the words come from Django's or allauth's Dutch catalogues."""

import pytest

pytestmark = pytest.mark.django_db


def test_password_help_on_the_signup_page_says_je(client):
    html = client.get("/accounts/signup/").content.decode()
    assert "Je wachtwoord moet minstens 8 tekens lang zijn." in html
    assert "Uw wachtwoord" not in html


def test_the_login_page_says_inloggen_not_aanmelden(client):
    html = client.get("/accounts/login/").content.decode()
    assert "Inloggen" in html
    assert "Aanmelden" not in html
