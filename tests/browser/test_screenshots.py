"""Screenshots for the README, when asked: `make screenshots` (SCREENSHOTS=docs/screenshots)
saves PNGs of the national home with its map, a municipality home, the calendar month, the
practice examples, a bulletin board, search results and a page in Arabic. Not part of a normal
run: the pictures change with every change of style, and nothing is asserted but that each
page answered and was saved."""

import os
from pathlib import Path

import pytest
from django.utils import timezone

from tests.browser.public_pages import make_poster
from tests.browser.test_pages_in_browser import open_page
from tests.factories import municipality

SCREENSHOTS = os.environ.get("SCREENSHOTS", "")

pytestmark = pytest.mark.skipif(
    not SCREENSHOTS, reason="screenshots only when asked: make screenshots"
)


def shots():
    month = f"/kalender/{timezone.localdate():%Y/%m}/"
    return [
        ("national-home", None, "/", 1280),
        ("municipality-home", "alkmaar", "/", 1280),
        ("calendar-month", "alkmaar", month, 1280),
        ("practice-examples", None, "/praktijkvoorbeelden/", 1280),
        ("bulletin-board", "alkmaar", "/prikbord/", 1280),
        ("search", None, "/zoeken/?q=tuin", 1280),
        ("arabic-home", "alkmaar", "/ar/", 1280),
        ("phone-municipality-home", "alkmaar", "/", 360),
    ]


# A few more municipalities, so the map shows the country.
MORE = {
    "arnhem": "Gelderland",
    "utrecht": "Utrecht",
    "groningen": "Groningen",
    "maastricht": "Limburg",
    "deventer": "Overijssel",
    "tilburg": "Noord-Brabant",
}


def test_screenshots(new_context, site_url, world):
    make_poster()
    for slug, province in MORE.items():
        municipality(slug, province=province)
    folder = Path(SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    for name, slug, path, width in shots():
        page = new_context(viewport={"width": width, "height": 900}).new_page()
        open_page(page, site_url(slug, path))
        file = folder / f"{name}.png"
        page.screenshot(path=str(file), full_page=True)
        assert file.stat().st_size > 10_000, file
        page.close()
