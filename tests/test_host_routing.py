"""Every site answers on its own host, and the national site also serves /gemeenten/<slug>/."""

import re

import pytest
from wagtail.models import Site

from tests.factories import add_standard_page

pytestmark = pytest.mark.django_db

# Municipalities with a plain, a hyphenated and a two-word name.
MUNICIPALITIES = ["Alkmaar", "Arnhem", "Sittard-Geleen", "Utrechtse Heuvelrug"]


@pytest.fixture(autouse=True)
def national(national_home):
    return national_home


def h1(response):
    match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return match.group(1).strip() if match else None


def test_national_host_serves_the_national_home(client_for):
    response = client_for("localhost").get("/")
    assert response.status_code == 200
    assert h1(response) == "Aan de Slag"
    assert '<html lang="nl" dir="ltr">' in response.content.decode()


@pytest.mark.parametrize("name", MUNICIPALITIES)
def test_every_municipality_host_serves_its_home(client_for, municipality, name):
    for other in MUNICIPALITIES:
        municipality(other.lower().replace(" ", "-"))
    home = municipality(name.lower().replace(" ", "-"))
    site = Site.objects.get(root_page=home)
    assert site.hostname == f"{home.slug}.localhost"
    response = client_for(site.hostname).get("/")
    assert response.status_code == 200
    assert h1(response) == f"Aan de Slag {name}"
    # The header says which site this is and links back to the national program.
    assert f'<span class="site-header__name">Aan de Slag {name}</span>' in response.content.decode()
    assert "Naar het landelijke programma Aan de Slag" in response.content.decode()


@pytest.mark.parametrize(
    "slug,name", [("alkmaar", "Alkmaar"), ("sittard-geleen", "Sittard-Geleen")]
)
def test_municipality_reachable_under_gemeenten_on_national_host(
    client_for, municipality, slug, name
):
    municipality(slug)
    response = client_for("localhost").get(f"/gemeenten/{slug}/")
    assert response.status_code == 200
    assert h1(response) == f"Aan de Slag {name}"


def test_unknown_host_gets_the_national_site(client_for):
    response = client_for("onbekend.localhost").get("/")
    assert response.status_code == 200
    assert h1(response) == "Aan de Slag"


def test_pages_of_a_municipality_are_served_on_its_host(client_for, municipality):
    add_standard_page(municipality("alkmaar"), "Meedoen")
    municipality("arnhem")
    response = client_for("alkmaar.localhost").get("/meedoen/")
    assert response.status_code == 200
    assert h1(response) == "Meedoen"
    # ...and not on another municipality's host.
    assert client_for("arnhem.localhost").get("/gemeenten/alkmaar/meedoen/").status_code == 404


def test_english_prefix_serves_the_site_with_english_language(client_for):
    response = client_for("localhost").get("/en/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()


def test_unknown_path_is_a_404_page_in_dutch(client_for, municipality):
    municipality("alkmaar")
    response = client_for("alkmaar.localhost").get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
