"""An item that leads a home page ("Uitgelicht") is not shown again in "Laatste nieuws", and
that section still shows its three newest other items."""

import re

import pytest

from tests.factories import add_news, municipality, news_index

pytestmark = pytest.mark.django_db


def section_titles(html, key):
    match = re.search(rf'<section class="section section--{key}".*?</section>', html, re.S)
    assert match is not None, f"no {key} section"
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', match.group(0))


def test_featured_news_item_is_not_repeated_in_latest_news(client_for):
    index = news_index(municipality("alkmaar"))
    add_news(index, "Uitgelicht nieuws over de moestuin", days_ago=0, featured=True)
    for days_ago, title in enumerate(["Tweede bericht", "Derde bericht", "Vierde bericht"], 1):
        add_news(index, title, days_ago=days_ago)
    html = client_for("alkmaar.localhost").get("/").content.decode()
    assert section_titles(html, "featured") == ["Uitgelicht nieuws over de moestuin"]
    latest = section_titles(html, "news")
    assert "Uitgelicht nieuws over de moestuin" not in latest
    assert latest == ["Tweede bericht", "Derde bericht", "Vierde bericht"]
