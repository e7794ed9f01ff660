"""Profiles, profile photos, the participant directory, data export and account deletion."""

import io
import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.models import SiteSettings
from members.models import Profile
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites(national_site):
    """Alkmaar and Arnhem, and a national privacy statement (Alkmaar has none of its own)."""
    for slug in ("alkmaar", "arnhem"):
        factories.municipality(slug)
    privacy = factories.add_standard_page(
        national_site.root_page, "Privacyverklaring", slug="privacy"
    )
    SiteSettings.objects.filter(site=national_site).update(privacy_page=privacy)


def member(username, *, municipality="alkmaar", in_directory=True, **profile):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "x-Wachtwoord-1"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profile.objects.create(
        user=user,
        display_name=profile.pop("display_name", username.title()),
        municipality=factories.municipality(municipality) if municipality else None,
        in_directory=in_directory,
        **profile,
    )
    return user


def picture(fmt="PNG", size=(800, 600), name=None):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#2f7d32").save(buffer, fmt)
    return SimpleUploadedFile(name or f"foto.{fmt.lower()}", buffer.getvalue())


def noise_png(width, height):
    """A real PNG over 5 MB: random pixels do not compress."""
    import os

    buffer = io.BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(buffer, "PNG")
    assert buffer.tell() > 5 * 1024 * 1024
    return SimpleUploadedFile("groot.png", buffer.getvalue())


def profile_form(**changes):
    data = {
        "display_name": "Sara",
        "municipality": "",
        "organisation": "",
        "role": "",
        "bio": "",
        "in_directory": "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def directory_names(response):
    import re

    return re.findall(r'<h2 class="card__title">([^<]+)</h2>', response.content.decode())


def test_directory_shows_only_members_who_opted_in(client_for):
    member("sara", display_name="Sara")
    member("ahmad", municipality="arnhem", display_name="Ahmad")
    member("verborgen", display_name="Verborgen", in_directory=False)
    national = directory_names(client_for("localhost").get("/deelnemers/"))
    assert {"Sara", "Ahmad"} <= set(national)
    assert "Verborgen" not in national
    alkmaar = directory_names(client_for("alkmaar.localhost").get("/deelnemers/"))
    assert "Sara" in alkmaar and "Ahmad" not in alkmaar and "Verborgen" not in alkmaar
    assert directory_names(client_for("arnhem.localhost").get("/deelnemers/")) == ["Ahmad"]


def test_directory_search_role_privacy_and_escaping(client_for):
    member("a", display_name="Anna", organisation="Moestuin Noord", role="vrijwilliger")
    member("b", display_name="Bram", role="professional", show_role=True)
    member("c", display_name="<script>x</script>")
    client = client_for("alkmaar.localhost")
    assert directory_names(client.get("/deelnemers/?q=moestuin noord")) == ["Anna"]
    # The site search's rules: a part of a word is enough.
    assert directory_names(client.get("/deelnemers/?q=tuin")) == ["Anna"]
    assert directory_names(client.get("/deelnemers/?q=bra")) == ["Bram"]
    # Anna's role stays hidden: she did not choose to show it; Bram chose to.
    assert "Vrijwilliger" not in client.get("/deelnemers/?q=anna").content.decode()
    assert "Professional" in client.get("/deelnemers/?q=bram").content.decode()
    html = client.get("/deelnemers/").content.decode()
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert client.get("/deelnemers/?q=%00&pagina=-1").status_code == 200
    assert "no-cache" in client.get("/deelnemers/")["Cache-Control"]


def test_blocked_member_leaves_the_directory(client_for):
    user = member("geblokkeerd", display_name="Geblokkeerd")
    user.is_active = False
    user.save()
    assert "Geblokkeerd" not in directory_names(client_for("localhost").get("/deelnemers/"))


def test_profile_edit_and_photo_is_resized_to_webp(client):
    user = member("sara", in_directory=False)
    client.force_login(user)
    alkmaar = factories.municipality("alkmaar")
    response = client.post(
        "/accounts/profiel/",
        profile_form(
            display_name="Sara B.",
            municipality=alkmaar.pk,
            organisation="Tuin",
            in_directory="on",
            avatar=picture(size=(2000, 1500)),
        ),
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.display_name == "Sara B." and profile.in_directory
    with Image.open(profile.avatar) as stored:
        assert stored.format == "WEBP"
        assert max(stored.size) == 400


@pytest.mark.parametrize(
    "upload,message",
    [
        (picture("GIF"), "Alleen JPEG-, PNG- en WebP-foto"),
        (
            SimpleUploadedFile("foto.jpg", b"dit is geen afbeelding"),
            "Dit bestand is geen foto. Kies een JPEG-, PNG- of WebP-bestand.",
        ),
        (noise_png(1400, 1400), "te groot"),
        (picture(size=(6000, 5000)), "te veel pixels"),
    ],
    ids=["gif", "renamed-text", "over-5mb", "huge-dimensions"],
)
def test_bad_photos_are_refused_with_a_message(client, upload, message):
    user = member("sara")
    client.force_login(user)
    response = client.post("/accounts/profiel/", profile_form(avatar=upload))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Profile.objects.get(user=user).avatar


def test_profile_needs_login(client):
    response = client.get("/accounts/profiel/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/accounts/profiel/")


def test_data_export_contains_the_members_own_data_only(client):
    user = member("sara", organisation="Tuin", bio="Ik tuinier graag.")
    member("ander", display_name="Ander")
    client.force_login(user)
    response = client.get("/accounts/mijn-gegevens/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "sara@example.org"
    assert data["profile"]["organisation"] == "Tuin"
    assert data["profile"]["bio"] == "Ik tuinier graag."
    assert "Ander" not in response.content.decode()


def test_delete_account_needs_the_password_then_removes_personal_data(client):
    user = member("sara")
    client.force_login(user)
    page = client.get("/accounts/verwijderen/").content.decode()
    assert "verwijderd lid" in page
    response = client.post("/accounts/verwijderen/", {"password": "fout"})
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()

    response = client.post("/accounts/verwijderen/", {"password": "x-Wachtwoord-1"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not Profile.objects.filter(display_name="Sara").exists()
    assert not EmailAddress.objects.filter(email="sara@example.org").exists()
    assert "_auth_user_id" not in client.session


PASSWORD = "Tuinieren-in-de-zon-42"


def test_signing_up_on_a_municipality_site_makes_you_part_of_it(client_for):
    client = client_for("alkmaar.localhost")
    client.post(
        "/accounts/signup/",
        {
            "email": "noor@example.org",
            "display_name": "Noor",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    profile = Profile.objects.get(user__email="noor@example.org")
    assert profile.municipality == factories.municipality("alkmaar")

    # Opting in to the directory shows her on Alkmaar's /deelnemers/ (not on Arnhem's).
    user = profile.user
    EmailAddress.objects.filter(user=user).update(verified=True)
    client.force_login(user)
    client.post(
        "/accounts/profiel/",
        profile_form(
            display_name="Noor", municipality=str(profile.municipality.pk), in_directory="on"
        ),
    )
    assert "Noor" in directory_names(client_for("alkmaar.localhost").get("/deelnemers/"))
    assert "Noor" not in directory_names(client_for("arnhem.localhost").get("/deelnemers/"))

    # The profile form offers her municipality as chosen, and she can change it.
    assert "selected>Alkmaar</option>" in client.get("/accounts/profiel/").content.decode()
    arnhem = factories.municipality("arnhem")
    client.post(
        "/accounts/profiel/",
        profile_form(display_name="Noor", municipality=str(arnhem.pk), in_directory="on"),
    )
    assert Profile.objects.get(user=user).municipality == arnhem

    # On the national site nobody is placed in a municipality.
    client_for("localhost").post(
        "/accounts/signup/",
        {
            "email": "sem@example.org",
            "display_name": "Sem",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert Profile.objects.get(user__email="sem@example.org").municipality is None


def test_sign_up_form_links_the_privacy_statement(client_for):
    html = client_for("alkmaar.localhost").get("/accounts/signup/").content.decode()
    # Alkmaar has no privacy page of its own: the national one applies.
    assert (
        'Wat we met je gegevens doen, lees je in de <a href="http://localhost/privacy/">'
        "privacyverklaring</a>." in html
    )
