"""The page chrome: document titles, favicon and manifest, the menu, the home figures."""

import re
from html import unescape

import pytest

from tests.factories import add_news, municipality, news_index

pytestmark = pytest.mark.django_db


def title_of(response):
    assert response.status_code == 200
    match = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
    return unescape(match.group(1)).strip()


def test_national_home_title_is_the_site_name(client_for, national_site):
    response = client_for("localhost")
    assert title_of(response.get("/")) == national_site.site_name


def test_municipality_home_title_is_not_repeated(client_for):
    assert title_of(client_for("alkmaar.localhost").get("/")) == "Aan de Slag Alkmaar"


def test_news_item_title_ends_with_the_site_name(client_for):
    item = add_news(news_index(municipality("alkmaar")), "Buurtfeest in Oudorp")
    response = client_for("alkmaar.localhost").get(item.url)
    assert title_of(response) == "Buurtfeest in Oudorp | Aan de Slag Alkmaar"
