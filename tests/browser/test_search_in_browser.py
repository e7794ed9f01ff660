"""Site search in a real browser: a visitor searches nationally from the header, narrows the
results to one municipality and opens what they looked for; the results page has no axe
violations in Dutch and in Arabic."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page
from tests.browser.world import GARDEN_PRACTICE


def test_a_visitor_searches_nationally_narrows_to_a_municipality_and_opens_it(
    page, site_url, world
):
    open_page(page, site_url(None, "/"))
    field = page.get_by_role("searchbox", name="Zoek in alle sites van Aan de Slag")
    field.fill("moestuin")
    field.press("Enter")
    expect(page.locator("h1")).to_have_text("Zoeken")
    results = page.locator(".search-result__title a")
    expect(results.filter(has_text=GARDEN_PRACTICE)).to_have_count(1)
    # The word found is marked in the excerpt.
    expect(page.locator(".search-result mark").first).to_have_text(re.compile("moestuin", re.I))

    page.locator("#facet-gemeente + ul").get_by_role("link", name=re.compile("^Alkmaar")).click()
    expect(page).to_have_url(re.compile(r"gemeente=alkmaar"))
    expect(page.locator("[role=status]")).to_contain_text("resulta")
    titles = results.all_inner_texts()
    assert GARDEN_PRACTICE in titles

    results.filter(has_text=GARDEN_PRACTICE).click()
    expect(page.locator("h1")).to_have_text(GARDEN_PRACTICE)


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["dutch", "arabic"])
def test_results_page_has_no_axe_violations(page, site_url, world, prefix):
    open_page(page, site_url(None, f"{prefix}/zoeken/?q=tuin"))
    expect(page.locator(".search-result").first).to_be_visible()
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    open_page(page, site_url("alkmaar", f"{prefix}/zoeken/"))
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
