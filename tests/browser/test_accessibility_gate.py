"""Accessibility as a gate: every public page type (tests/browser/public_pages.py; a new page
type joins by adding it there), in Dutch and in Arabic, at 360 px and at desktop width, has no
axe-core violation of WCAG 2.1 A and AA; and every element a keyboard reaches shows where the
focus is. The Nu HTML Checker's gate over the same pages is tests/test_html_validity.py."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.public_pages import make_poster, public_pages
from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page

WIDTHS = {"phone": 360, "desktop": 1280}
PREFIXES = {"dutch": "", "arabic": "/ar"}
# Tabbing further than this on one page is more than a test needs to see every kind of control.
MAX_TABS = 60


def in_language(prefix, path):
    return prefix + path if prefix else path


@pytest.mark.parametrize("width", list(WIDTHS.values()), ids=list(WIDTHS))
@pytest.mark.parametrize("prefix", list(PREFIXES.values()), ids=list(PREFIXES))
def test_every_public_page_type_has_no_axe_violations(new_context, site_url, world, prefix, width):
    _poster, post = make_poster()
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    reports = []
    for public in public_pages(world, post):
        open_page(page, site_url(public.slug, in_language(prefix, public.path)))
        results = Axe().run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports.append(f"{public.name} ({page.url}):\n{results.generate_report()}")
    assert reports == [], "\n\n".join(reports)


FOCUS_SHOWN = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    return {shown: outline || Boolean(shadow), name: element.outerHTML.slice(0, 120)};
}"""


def test_every_element_a_keyboard_reaches_shows_its_focus(page, site_url, world):
    _poster, post = make_poster()
    hidden = []
    for public in public_pages(world, post):
        open_page(page, site_url(public.slug, public.path))
        seen = set()
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            focus = page.evaluate(FOCUS_SHOWN)
            if focus is None or focus["name"] in seen:
                break
            seen.add(focus["name"])
            if not focus["shown"]:
                hidden.append(f"{public.name}: {focus['name']}")
        assert len(seen) > 3, f"{public.name}: the keyboard reaches almost nothing"
    assert hidden == []
