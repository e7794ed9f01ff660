"""The map of the participating municipalities in a real browser: a visitor finds their
municipality on the map by keyboard and lands on its site (issue 13's journey), the name shows
while a marker has focus, and the national home and /gemeenten/ with their maps (the list by
province, a province's view, the provinces at the size of the country) have no axe violation,
in Dutch and Arabic, on a phone and a wide screen. None of it needs JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from wagtail.models import Site

from municipalities.models import LIST_LIMIT, MunicipalityHomePage
from municipalities.provisioning import provision_municipality
from tests.browser.test_calendar_in_browser import tab_to
from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page
from tests.factories import municipality

# Towns the gazetteer finds, so provisioning puts them on the map.
PLACES = {
    "arnhem": "Gelderland",
    "groningen": "Groningen",
    "maastricht": "Limburg",
    "middelburg": "Zeeland",
    "utrecht": "Utrecht",
}


@pytest.fixture
def places(world, live_server):
    """The world's Alkmaar and a few more, their sites on the live server's port (as in a
    deployment, where every site shares one port): the markers link there."""
    for slug, province in PLACES.items():
        municipality(slug, province=province)
    port = int(live_server.url.rsplit(":", 1)[1])
    for site in Site.objects.all():
        site.port = port
        site.save()  # through the model: Wagtail's and our caches of the sites are cleared


def name_shown(marker):
    """Whether the marker's name is painted (opacity) and lies inside the map."""
    return marker.evaluate(
        """marker => {
            const name = marker.querySelector("text:not([aria-hidden])");
            const map = marker.ownerSVGElement.getBoundingClientRect();
            const box = name.getBoundingClientRect();
            return getComputedStyle(name).opacity === "1"
                && box.left >= map.left && box.right <= map.right
                && box.top >= map.top && box.bottom <= map.bottom;
        }"""
    )


@pytest.mark.parametrize("width", [360, 1280])
def test_a_visitor_finds_their_municipality_on_the_map_by_keyboard_and_lands_on_its_site(
    browser, site_url, places, width
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    open_page(page, site_url(None, "/gemeenten/"))
    map_ = page.locator("svg.country-map__svg")
    expect(map_).to_have_accessible_name("Kaart van de gemeenten die meedoen")
    expect(map_).to_have_accessible_description(
        "Elk punt is een gemeente die meedoet en een link naar de site van die gemeente. "
        "De lijst op deze pagina noemt dezelfde gemeenten."
    )
    markers = map_.locator("a")
    expect(markers).to_have_count(1 + len(PLACES))
    utrecht = map_.locator("a", has_text="Utrecht")
    assert not name_shown(utrecht)  # names show on focus and hover only

    marker = tab_to(page, f'svg.country-map__svg a[href="{site_url("utrecht", "/")}"]')
    expect(marker).to_be_focused()
    expect(marker).to_have_accessible_name("Utrecht")
    assert name_shown(marker)
    # The focus is visible: the outline around the marker and its name.
    outline = marker.evaluate("marker => getComputedStyle(marker).outlineStyle")
    assert outline == "solid"
    assert not name_shown(map_.locator("a", has_text="Arnhem"))

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == site_url("utrecht", "/")
    expect(page.locator("h1")).to_have_text("Aan de Slag Utrecht")


def test_hovering_a_marker_shows_its_name(page, site_url, places):
    open_page(page, site_url())
    marker = page.locator("svg.country-map__svg a", has_text="Groningen")
    assert not name_shown(marker)
    marker.locator("circle").hover()
    assert name_shown(marker)


@pytest.mark.parametrize("width", [360, 1280], ids=["phone", "desktop"])
@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["dutch", "arabic"])
def test_the_maps_have_no_axe_violations(new_context, site_url, places, prefix, width):
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    reports = []
    for path in ("/", "/gemeenten/", "/gemeenten/?provincie=limburg"):
        open_page(page, site_url(None, prefix + path))
        expect(page.locator("svg.country-map__svg a").first).to_be_attached()
        results = Axe().run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports.append(f"{page.url}:\n{results.generate_report()}")
    assert reports == [], "\n\n".join(reports)


def test_at_the_size_of_the_country_the_provinces_are_markers_without_axe_violations(
    new_context, site_url, places
):
    number = 0
    while MunicipalityHomePage.objects.count() <= LIST_LIMIT:
        provision_municipality(f"Testgemeente {number}", province="Gelderland")
        number += 1
    gelderland = MunicipalityHomePage.objects.filter(province="gelderland").count()
    for width in (360, 1280):
        page = new_context(viewport={"width": width, "height": 900}).new_page()
        open_page(page, site_url(None, "/gemeenten/"))
        marker = tab_to(page, 'svg.country-map__svg a[href="?provincie=gelderland"]')
        expect(marker).to_have_accessible_name(f"Gelderland ({gelderland})")
        assert name_shown(marker)
        results = Axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, results.generate_report()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".municipality-list li")).to_have_count(gelderland)
