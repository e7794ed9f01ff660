"""The languages in a real browser: the switcher opens and leads to another language by
keyboard alone, without JavaScript; an Arabic page runs right to left (from the rendered
boxes: the site name at the right, the menu starting at the right) and axe finds no WCAG 2.1
A/AA violation in Arabic on a phone and on a wide screen."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page


def test_the_switcher_by_keyboard_without_javascript(browser, site_url):
    page = browser.new_context(java_script_enabled=False).new_page()
    open_page(page, site_url("alkmaar", "/"))
    toggle = page.locator(".language-nav__toggle")
    expect(toggle).to_have_text("Taal: Nederlands")
    arabic = page.get_by_role("link", name="العربية")
    expect(arabic).to_be_hidden()

    for _ in range(20):
        page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(arabic).to_be_visible()
    expect(page.get_by_role("link", name="ትግርኛ")).to_have_attribute("lang", "ti")
    arabic.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url == site_url("alkmaar", "/ar/")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    with translation.override("ar"):
        label = translation.gettext("Taal")
    expect(page.locator(".language-nav__toggle")).to_have_text(f"{label}: العربية")


@pytest.mark.parametrize("width", [360, 1280])
def test_arabic_runs_right_to_left_and_is_accessible(new_context, site_url, world, width):
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    for path in ("/ar/", f"/ar{world.news_item}", "/ar/kalender/", f"/ar{world.event}"):
        open_page(page, site_url("alkmaar", path))
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        results = Axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{path} scrolls sideways at {width}px: {widths}"

    open_page(page, site_url("alkmaar", "/ar/"))
    # The switcher, opened, stays on the screen.
    page.locator(".language-nav__toggle").click()
    for link in page.locator(".language-nav__list a").all():
        box = link.bounding_box()
        assert 0 <= box["x"] and box["x"] + box["width"] <= width, (link.inner_text(), box)
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"the open switcher scrolls sideways at {width}px: {widths}"
    page.locator(".language-nav__toggle").click()
    header = page.locator(".site-header__inner").bounding_box()
    brand = page.locator(".site-header__brand").bounding_box()
    # The site name sits at the right edge of the header (within its padding), as the first
    # thing read; in Dutch it sits at the left.
    right_gap = header["x"] + header["width"] - (brand["x"] + brand["width"])
    left_gap = brand["x"] - header["x"]
    assert right_gap <= 32 < left_gap, (brand, header)
    if width >= 1280:
        with translation.override("ar"):
            menu = translation.gettext("Hoofdmenu")
        links = page.get_by_role("navigation", name=menu).get_by_role("link")
        first, second = links.nth(0).bounding_box(), links.nth(1).bounding_box()
        assert first["x"] > second["x"], "the menu does not start at the right"
