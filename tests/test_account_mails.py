"""Every account mail and message is ours: plain Dutch with "je", signed with the name of the
site the member is on, addressed by the name they chose; never allauth's "Hallo van <host>" or
the username allauth made up."""

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


PASSWORD = "Tuinieren-in-de-zon-42"
NEW_PASSWORD = "Fietsen-langs-het-kanaal-7"
ALKMAAR = "Aan de Slag Alkmaar"


def sign_up(client, email="noor.nieuw@example.org", name="Noor"):
    return client.post(
        "/accounts/signup/",
        {"email": email, "display_name": name, "password1": PASSWORD, "password2": PASSWORD},
    )


def member(email="noor.nieuw@example.org", name="Noor", verified=True):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    Profile.objects.create(user=user, display_name=name)
    return user


def assert_our_voice(message, *, name="Noor", site=ALKMAAR, username="noor.nieuw"):
    text = re.sub(r"https?://\S+", "", f"{message.subject}\n{message.body}")
    assert site in message.subject
    assert message.body.rstrip().endswith(f"Groeten van {site}")
    if name:
        assert message.body.startswith(f"Hoi {name},")
    assert username not in re.sub(r"\S+@example\.org", "", text)
    for allauth_words in ("Hallo van", "gebruiker", "zijn of haar", "[Aan de Slag]", "localhost:"):
        assert allauth_words not in text
    assert re.search(r"\b(je|jij|jouw)\b", message.body)
    assert not re.search(r"\b(u|uw)\b", text)


def link_in(message, path):
    return re.search(rf"https?://\S+{path}\S*", message.body).group(0)


def test_verification_mail_at_sign_up(client_for):
    client = client_for("alkmaar.localhost")
    sign_up(client)
    [message] = mail.outbox
    assert message.subject == f"Welkom bij {ALKMAAR}: bevestig je e-mailadres"
    assert_our_voice(message)
    assert link_in(message, "/accounts/confirm-email/").startswith("http://alkmaar.localhost/")


def test_verification_mail_on_the_national_site_is_signed_aan_de_slag(client_for):
    sign_up(client_for("localhost"))
    [message] = mail.outbox
    assert_our_voice(message, site="Aan de Slag")
    assert "Alkmaar" not in message.body


def test_after_verifying_the_site_greets_with_the_chosen_name(client_for):
    client = client_for("alkmaar.localhost")
    sign_up(client)
    path = link_in(mail.outbox[0], "/accounts/confirm-email/").split("alkmaar.localhost", 1)[1]
    page = client.get(path).content.decode()
    assert "Bevestig je e-mailadres" in page
    assert "gebruiker" not in page
    response = client.post(path, follow=True)
    html = response.content.decode()
    assert "Welkom, Noor! Je bent ingelogd." in html
    assert "noor.nieuw" not in html.replace("noor.nieuw@example.org", "")
    assert "ingelogd als" not in html


def test_resent_verification_mail(client_for):
    user = member(verified=False)
    client = client_for("alkmaar.localhost")
    client.force_login(user)
    response = client.post(
        "/accounts/email/", {"action_send": "", "email": "noor.nieuw@example.org"}, follow=True
    )
    [message] = mail.outbox
    assert message.subject == f"Bevestig je e-mailadres voor {ALKMAAR}"
    assert_our_voice(message)
    assert "noor.nieuw@example.org" in message.body
    html = response.content.decode()
    assert "We sturen een e-mail naar noor.nieuw@example.org" in html
    assert "Bevestigings e-mail" not in html


def test_second_sign_up_with_a_known_address(client_for):
    member()
    sign_up(client_for("alkmaar.localhost"), name="Iemand anders")
    [message] = mail.outbox
    assert message.subject == f"Je hebt al een account bij {ALKMAAR}"
    assert_our_voice(message)
    assert link_in(message, "/accounts/password/reset/").startswith("http://alkmaar.localhost/")


def test_password_reset_mail_and_the_notice_after_it(client_for):
    member()
    client = client_for("alkmaar.localhost")
    client.post("/accounts/password/reset/", {"email": "noor.nieuw@example.org"})
    [message] = mail.outbox
    assert message.subject == f"Een nieuw wachtwoord voor {ALKMAAR}"
    assert_our_voice(message)
    link = link_in(message, "/accounts/password/reset/key/")
    assert link.startswith("http://alkmaar.localhost/")

    path = client.get(link.split("alkmaar.localhost", 1)[1])["Location"]
    client.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    notice = mail.outbox[1]
    assert notice.subject == f"{ALKMAAR}: je hebt een nieuw wachtwoord"
    assert_our_voice(notice)
    assert "Was jij dit niet?" in notice.body


def test_password_reset_for_an_unknown_address(client_for):
    client_for("alkmaar.localhost").post(
        "/accounts/password/reset/", {"email": "onbekend@example.org"}
    )
    [message] = mail.outbox
    assert message.subject == f"Geen account bij {ALKMAAR}"
    assert_our_voice(message, name="", username="onbekend")
    assert message.body.startswith("Hoi,")
    assert link_in(message, "/accounts/signup/").startswith("http://alkmaar.localhost/")


def test_password_change_notice(client_for):
    user = member()
    client = client_for("alkmaar.localhost")
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        follow=True,
    )
    assert "Je wachtwoord is gewijzigd." in response.content.decode()
    [message] = mail.outbox
    assert message.subject == f"{ALKMAAR}: je wachtwoord is gewijzigd"
    assert_our_voice(message)


def test_email_change_mails(client_for):
    user = member()
    client = client_for("alkmaar.localhost")
    client.force_login(user)
    client.post("/accounts/email/", {"action_add": "", "email": "noor.nieuw2@example.org"})
    [confirm] = mail.outbox
    assert confirm.to == ["noor.nieuw2@example.org"]
    assert confirm.subject == f"Bevestig je e-mailadres voor {ALKMAAR}"
    assert_our_voice(confirm)

    path = link_in(confirm, "/accounts/confirm-email/").split("alkmaar.localhost", 1)[1]
    client.post(path)
    client.post("/accounts/email/", {"action_primary": "", "email": "noor.nieuw2@example.org"})
    changed = [m for m in mail.outbox if "e-mailadres is gewijzigd" in m.subject]
    assert changed, [m.subject for m in mail.outbox]
    assert_our_voice(changed[0])
    assert "van noor.nieuw@example.org in noor.nieuw2@example.org" in changed[0].body

    client.post("/accounts/email/", {"action_remove": "", "email": "noor.nieuw@example.org"})
    [removed] = [m for m in mail.outbox if "verwijderd" in m.subject]
    assert removed.subject == f"{ALKMAAR}: e-mailadres verwijderd"
    assert_our_voice(removed)


def test_logout_message(client_for):
    client = client_for("alkmaar.localhost")
    client.force_login(member())
    response = client.post("/accounts/logout/", follow=True)
    assert "Je bent uitgelogd. Tot ziens!" in response.content.decode()
