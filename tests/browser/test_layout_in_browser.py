"""The layout on a phone and a wide screen: no public page scrolls sideways at 320 or 360 px,
the list of municipalities keeps each name and its municipality inside its line, the
header's menu is a compact button on a phone (opened and closed with the keyboard, without
JavaScript) and one row at 1280 px, with the current section marked."""

from playwright.sync_api import expect

from blog.models import NewsPage
from tests.browser.public_pages import BOARD_FORM, make_poster, poster_login, public_pages
from tests.browser.test_pages_in_browser import open_page
from tests.factories import municipality, national_home, path_of

PHONE_WIDTHS = [320, 360]


def phone(new_context, width, **options):
    context = new_context(
        viewport={"width": width, "height": 640},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        **options,
    )
    return context.new_page()


def assert_fits(page, width):
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url} is {widths[0]}px wide on a {width}px phone"


def test_no_public_page_scrolls_sideways_on_a_phone(new_context, site_url, world):
    poster, post = make_poster()
    pages = public_pages(world, post)
    for width in PHONE_WIDTHS:
        page = phone(new_context, width)
        for public in pages:
            open_page(page, site_url(public.slug, public.path))
            assert_fits(page, width)
        # The menu, opened, fits too.
        page.get_by_text("Menu", exact=True).click()
        assert_fits(page, width)
        # The board form, as a member.
        open_page(page, site_url("alkmaar", BOARD_FORM))
        poster_login(page, poster)
        page.wait_for_url(f"**{BOARD_FORM}")
        assert_fits(page, width)


# Enough municipalities for a grid of several rows, some with long names.
CARD_MUNICIPALITIES = {
    "amsterdam": "Noord-Holland",
    "arnhem": "Gelderland",
    "nijmegen": "Gelderland",
    "utrecht": "Utrecht",
    "deventer": "Overijssel",
    "rotterdam": "Zuid-Holland",
    "tilburg": "Noord-Brabant",
    "sittard-geleen": "Limburg",
    "sudwest-fryslan": "Friesland",
    "groningen": "Groningen",
    "westerwolde": "Groningen",
}


def test_municipality_list_keeps_its_entries_inside(new_context, site_url):
    for slug, province in CARD_MUNICIPALITIES.items():
        name = "Súdwest-Fryslân" if slug == "sudwest-fryslan" else None
        municipality(slug, name=name, province=province)
    municipality("leersum", province="Utrecht", official_municipality="Utrechtse Heuvelrug")
    for width in [*PHONE_WIDTHS, 1280]:
        page = new_context(viewport={"width": width, "height": 800}).new_page()
        open_page(page, site_url(None, "/gemeenten/"))
        assert_entries_inside(page, width)


def assert_entries_inside(page, width):
    entries = page.locator(".municipality-list > li")
    assert entries.count() > 10
    for index in range(entries.count()):
        entry = entries.nth(index)
        box = entry.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, entry.inner_text()
        for part in (entry.locator(selector) for selector in ("a", "span")):
            if not part.count():
                continue
            inner = part.bounding_box()
            assert box["x"] <= inner["x"] and inner["x"] + inner["width"] <= box["x"] + box["width"]
            assert inner["y"] + inner["height"] <= box["y"] + box["height"] + 1, (
                f"{entry.inner_text()!r} runs out of its line at {width}px"
            )


def test_menu_is_a_button_on_a_phone_and_a_row_on_a_wide_screen(browser, site_url):
    # Without JavaScript: <details> does it all.
    context = browser.new_context(viewport={"width": 360, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    national_news = NewsPage.objects.descendant_of(national_home()).first()
    open_page(page, site_url(None, path_of(national_news)))
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    toggle = nav.get_by_text("Menu", exact=True)
    links = nav.get_by_role("link")
    expect(toggle).to_be_visible()
    expect(links.first).to_be_hidden()
    # The content starts right below the header, not after rows of links.
    assert page.locator("main h1").bounding_box()["y"] < 400

    toggle.focus()
    page.keyboard.press("Enter")
    expect(nav.get_by_role("link", name="Home")).to_be_visible()
    expect(nav.get_by_role("link", name="Gemeenten")).to_be_in_viewport()
    # In the news section, not on the news index itself.
    expect(nav.get_by_role("link", name="Nieuws")).to_have_attribute("aria-current", "true")
    expect(nav.locator("[aria-current]")).to_have_count(1)
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Home")).to_be_focused()
    toggle.focus()
    page.keyboard.press("Space")
    expect(links.first).to_be_hidden()

    open_page(page, site_url(None, "/nieuws/"))
    expect(nav.locator("a", has_text="Nieuws")).to_have_attribute("aria-current", "page")
    context.close()

    wide = browser.new_page(viewport={"width": 1280, "height": 800})
    open_page(wide, site_url(None, "/"))
    nav = wide.get_by_role("navigation", name="Hoofdmenu")
    expect(nav.get_by_text("Menu", exact=True)).to_be_hidden()
    expect(nav.get_by_role("link", name="Home")).to_have_attribute("aria-current", "page")
    links = nav.get_by_role("link")
    assert links.count() >= 10
    boxes = {}
    for index in range(links.count()):
        expect(links.nth(index)).to_be_visible()
        boxes[links.nth(index).inner_text()] = links.nth(index).bounding_box()
    tops = {box["y"] for box in boxes.values()}
    assert len(tops) == 1, f"the national menu takes {len(tops)} rows at 1280 px: {boxes}"
