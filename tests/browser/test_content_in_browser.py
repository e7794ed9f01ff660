"""News, blogs, practice examples and instruments in a real browser: axe-core finds no
WCAG 2.1 A/AA violation, and the facets work by keyboard without JavaScript."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_pages_in_browser import AXE_OPTIONS, PHONE_WIDTH, open_page
from tests.browser.world import ALKMAAR_NEWS, BLOG, GARDEN_PRACTICE, NATIONAL_PRACTICE


def content_pages(world):
    return [
        (None, "/nieuws/", "Nieuws"),
        (None, "/nieuws/?thema=groen&gemeente=alkmaar", "Nieuws"),
        ("alkmaar", world.news_item, ALKMAAR_NEWS),
        (None, world.blog_post, BLOG),
        (None, "/praktijkvoorbeelden/?thema=groen", "Praktijkvoorbeelden"),
        (None, world.practice, NATIONAL_PRACTICE),
        (None, "/instrumenten/", "Instrumenten"),
    ]


def test_no_axe_violations_on_content_pages(page, site_url, world):
    # One test for all pages: each browser test builds its world again.
    reports = []
    for slug, path, heading in content_pages(world):
        open_page(page, site_url(slug, path))
        expect(page.locator("h1")).to_have_text(heading)
        results = Axe().run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports.append(f"{path}:\n{results.generate_report()}")
    assert not reports, "\n\n".join(reports)


def test_facets_by_keyboard_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    open_page(page, site_url(None, "/praktijkvoorbeelden/"))
    expect(page.get_by_role("status")).to_contain_text("4 resultaten")

    groen = page.get_by_role("navigation", name="Filters").get_by_role("link", name="Groen (2)")
    groen.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/praktijkvoorbeelden/?thema=groen")
    expect(page.get_by_role("status")).to_contain_text("2 resultaten")
    chosen = page.get_by_role("navigation", name="Filters").locator('[aria-current="true"]')
    expect(chosen).to_contain_text("Groen")

    # The search form keeps the chosen facet.
    page.get_by_label("Zoekwoorden").fill("buurttuin")
    page.get_by_label("Zoekwoorden").press("Enter")
    page.wait_for_url("**/praktijkvoorbeelden/?thema=groen&q=buurttuin*")
    expect(page.get_by_role("status")).to_contain_text("1 resultaat")
    expect(page.locator(".card__title")).to_have_text([GARDEN_PRACTICE])
    context.close()


def test_listing_fits_a_phone(new_context, site_url):
    phone = new_context(viewport={"width": PHONE_WIDTH, "height": 640}, is_mobile=True)
    page = phone.new_page()
    for path in ["/praktijkvoorbeelden/?thema=groen", "/nieuws/"]:
        open_page(page, site_url(None, path))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE_WIDTH, f"{path} is {width}px wide on a {PHONE_WIDTH}px phone"
