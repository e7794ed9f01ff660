"""Each municipality sets its own accent colour and logo; unreadable colours are refused."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Site

from core.colours import contrast_ratio
from core.models import SiteSettings
from core.validators import validate_accent_colour
from tests.factories import person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites(municipality):
    municipality("alkmaar")
    municipality("arnhem")


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM's checker: #767676 on white is 4.54:1, the lightest grey that passes AA.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("colour", ["#00607a", "#767676", "#b00020", "#000000"])
def test_readable_colours_pass(colour):
    validate_accent_colour(colour)


@pytest.mark.parametrize("colour", ["#ffff00", "#777777", "#ff9900", "#ffffff"])
def test_low_contrast_colours_are_refused(colour):
    with pytest.raises(ValidationError, match="te weinig contrast"):
        validate_accent_colour(colour)


@pytest.mark.parametrize("colour", ["red", "#fff", "#12345g", "", "#0060 7a"])
def test_malformed_colours_are_refused(colour):
    with pytest.raises(ValidationError, match="#rrggbb"):
        validate_accent_colour(colour)


@pytest.fixture
def alkmaar():
    return Site.objects.get(hostname="alkmaar.localhost")


@pytest.fixture
def editor_client(client):
    client.force_login(person("redactie-alkmaar"))
    return client


def settings_form(**values):
    data = {"accent_colour": "#00607a", "logo": "", "contact_page": "", "privacy_page": ""}
    data.update(values)
    return data


def accent_of(client, page):
    """The accent colour a page's own stylesheet sets (no inline style: core/security.py)."""
    address = re.search(r'<link rel="stylesheet" href="(/kleur/[0-9a-f]{6}\.css)">', page)[1]
    stylesheet = client.get(address)
    assert stylesheet["Content-Type"] == "text/css"
    return re.search(r"--color-accent: (#[0-9a-f]{6});", stylesheet.content.decode())[1]


def test_editor_sets_accent_colour_and_logo_for_own_site(editor_client, client_for, alkmaar):
    logo = get_image_model().objects.create(
        title="Logo Alkmaar",
        file=get_test_image_file(),
        collection=Collection.objects.get(name="Alkmaar"),
    )
    url = f"/admin/settings/core/sitesettings/{alkmaar.pk}/"
    response = editor_client.post(url, settings_form(accent_colour="#8a1538", logo=logo.pk))
    assert response.status_code == 302
    assert SiteSettings.objects.get(site=alkmaar).accent_colour == "#8a1538"

    page = client_for("alkmaar.localhost").get("/").content.decode()
    assert accent_of(client_for("alkmaar.localhost"), page) == "#8a1538"
    assert 'class="site-header__logo"' in page
    # Other sites keep their own colour.
    arnhem = client_for("arnhem.localhost").get("/").content.decode()
    assert accent_of(client_for("arnhem.localhost"), arnhem) == "#00607a"
    assert 'class="site-header__logo"' not in arnhem


def test_unreadable_colour_is_refused_in_the_admin_with_a_message(editor_client, alkmaar):
    url = f"/admin/settings/core/sitesettings/{alkmaar.pk}/"
    response = editor_client.post(url, settings_form(accent_colour="#ffdd00"))
    assert response.status_code == 200
    assert "te weinig contrast met witte tekst" in response.content.decode()
    assert SiteSettings.objects.get(site=alkmaar).accent_colour == "#00607a"


def test_editor_cannot_change_another_sites_settings(editor_client):
    arnhem = Site.objects.get(hostname="arnhem.localhost")
    response = editor_client.post(
        f"/admin/settings/core/sitesettings/{arnhem.pk}/", settings_form(accent_colour="#000000")
    )
    assert response.status_code in (302, 403)
    assert SiteSettings.objects.get(site=arnhem).accent_colour == "#00607a"
