"""Headings form an outline a screen reader can walk: one h1, and no level skipped on the way
down (an h3 straight after the h1 leaves a hole in the outline, WCAG 1.3.1)."""

import re

import pytest

from tests.factories import add_news, municipality, national_home, news_index

pytestmark = pytest.mark.django_db

LISTINGS = [
    ("localhost", "/"),
    ("alkmaar.localhost", "/"),
    ("localhost", "/nieuws/"),
    ("alkmaar.localhost", "/nieuws/"),
    ("localhost", "/blogs/"),
    ("localhost", "/praktijkvoorbeelden/"),
    ("localhost", "/instrumenten/"),
    ("localhost", "/kalender/"),
    ("localhost", "/prikbord/"),
    ("localhost", "/gemeenten/"),
    ("alkmaar.localhost", "/deelnemers/"),
]


def heading_levels(html):
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]


@pytest.mark.parametrize(("host", "path"), LISTINGS)
def test_no_heading_level_is_skipped(client_for, host, path):
    add_news(news_index(national_home()), "Een landelijk bericht")
    add_news(news_index(municipality("alkmaar")), "Een bericht uit Alkmaar")
    response = client_for(host).get(path)
    assert response.status_code == 200
    levels = heading_levels(response.content.decode())
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, f"{host}{path}: headings {levels}"
