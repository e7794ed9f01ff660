"""One tone ("je", never "u") and one word for logging in ("Inloggen"; "Aanmelden" is for
activities only), also where the words come from Django's or allauth's Dutch catalogues."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites(national_home, municipality):
    municipality("alkmaar")


def test_password_help_on_the_signup_page_says_je(client):
    html = client.get("/accounts/signup/").content.decode()
    assert "Je wachtwoord moet minstens 8 tekens lang zijn." in html
    assert "Uw wachtwoord" not in html


def test_the_login_page_says_inloggen_not_aanmelden(client):
    html = client.get("/accounts/login/").content.decode()
    assert "Inloggen" in html
    assert "Aanmelden" not in html


def _our_models():
    """Every model of an app in this repository (not of Wagtail, Django or allauth)."""
    from django.apps import apps
    from django.conf import settings

    base = Path(settings.BASE_DIR).resolve()
    return [
        model
        for model in apps.get_models()
        if Path(model._meta.app_config.path).resolve().parent == base
    ]


@pytest.mark.parametrize("model", _our_models(), ids=lambda m: m._meta.label)
def test_every_model_names_itself_in_dutch_singular_and_plural(model):
    """Django otherwise appends "s" ("4 nieuwsberichts") or uses the English class name."""
    assert "verbose_name" in model._meta.original_attrs
    assert "verbose_name_plural" in model._meta.original_attrs
    singular = str(model._meta.verbose_name)
    # "nieuwsbericht" + "s", "prikbord" + "s": Dutch words ending in t or d take "-en".
    if singular.endswith(("t", "d")):
        assert str(model._meta.verbose_name_plural) != singular + "s"


def test_the_admin_counts_news_pages_as_nieuwsberichten():
    from blog.models import NewsPage

    assert str(NewsPage._meta.verbose_name_plural) == "nieuwsberichten"


def _form_pages(client_for):
    from datetime import datetime, time, timedelta

    from django.utils import timezone

    from events.recurrence import aware
    from tests.factories import add_event, calendar_of, member, municipality, path_of, practice

    anonymous = client_for("alkmaar.localhost")
    yield "signup", anonymous.get("/accounts/signup/")
    yield "login", anonymous.get("/accounts/login/")
    day = timezone.localdate() + timedelta(days=3)
    add_event(
        calendar_of(municipality("alkmaar")),
        "Buurtlunch",
        aware(datetime.combine(day, time(12))),
        aware(datetime.combine(day, time(14))),
        slug="buurtlunch",
        signup_capacity=5,
    )
    yield "event sign-up", anonymous.get("/kalender/buurtlunch/")
    page = practice()
    signed_in = client_for("alkmaar.localhost")
    signed_in.force_login(member("lid-amira"))
    yield "profile", signed_in.get("/accounts/profiel/")
    yield "board post", signed_in.get("/prikbord/nieuw/")
    yield "comment", signed_in.get(path_of(page))


def test_form_labels_have_no_trailing_colon(client_for):
    for name, response in _form_pages(client_for):
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "<label" in html, name
        assert ":</label>" not in html, name
        assert ":</legend>" not in html, name
