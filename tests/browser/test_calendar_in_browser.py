"""The calendar in a real browser: axe finds no WCAG 2.1 A/AA violations on the month grid,
the upcoming list and an event page; the filter and the month navigation work from the
keyboard without JavaScript; signing up works and its errors are announced and shown at the
fields; on a phone the month grid turns into a list of days without sideways scrolling.
Each test builds its world again (see conftest.py) and checks a journey."""

from datetime import date

from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page
from tests.browser.world import COOKING

PHONE_WIDTH = 375


def month_path(day):
    return f"/kalender/{day:%Y/%m}/"


def this_month():
    return month_path(timezone.localdate())


def next_month():
    today = timezone.localdate()
    first = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return month_path(first)


def assert_no_axe_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching selector has focus, as a keyboard user would."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return target
    raise AssertionError(f"{selector} never got focus after {limit} presses of Tab on {page.url}")


def test_calendar_pages_have_no_axe_violations(page, site_url, world):
    pages = [
        (None, this_month(), "table.month-grid"),
        ("alkmaar", this_month(), "table.month-grid"),
        ("alkmaar", next_month(), "table.month-grid"),
        ("alkmaar", "/kalender/", "section.calendar-day"),
        ("alkmaar", world.event, "#aanmelden"),
    ]
    for slug, path, landmark in pages:
        open_page(page, site_url(slug, path))
        # The page we meant, not an error page that happens to be accessible.
        expect(page.locator(landmark).first).to_be_visible()
        assert_no_axe_violations(page)

    open_page(page, site_url("alkmaar", this_month()))
    grid = page.locator("table.month-grid")
    expect(grid.locator("thead th")).to_have_count(7)
    expect(grid.locator("thead th").first).to_have_text("ma")  # the week starts on Monday
    expect(grid.locator("thead th").first).to_be_visible()
    today = grid.locator('td[aria-current="date"]')
    expect(today).to_have_count(1)
    expect(today).to_contain_text("vandaag")


def test_filter_and_month_navigation_by_keyboard_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    open_page(page, site_url("alkmaar", "/kalender/"))

    theme = tab_to(page, "#filter-thema")
    expect(theme).to_be_focused()
    for _ in range(20):  # arrow keys change a closed select's value, as on Windows and Linux
        if theme.input_value() == "gezondheid":
            break
        page.keyboard.press("ArrowDown")
    assert theme.input_value() == "gezondheid"
    tab_to(page, ".filter-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/kalender/?thema=gezondheid"), page.url
    expect(page.locator("#filter-thema")).to_have_value("gezondheid")
    expect(page.locator("main")).to_contain_text("Wandelclub vanuit het AZC")
    expect(page.locator("main")).not_to_contain_text(COOKING)

    views = page.get_by_role("navigation", name="Kalenderweergave")
    expect(views.get_by_role("link", name="Binnenkort")).to_have_attribute("aria-current", "page")
    tab_to(page, '.calendar-views a:text-is("Maand")')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"{this_month()}?thema=gezondheid"), page.url
    expect(views.get_by_role("link", name="Maand")).to_have_attribute("aria-current", "page")

    tab_to(page, '.month-nav a[rel="next"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"{next_month()}?thema=gezondheid"), page.url
    expect(page.locator("table.month-grid")).to_contain_text("Wandelclub vanuit het AZC")
    expect(page.locator("#filter-thema")).to_have_value("gezondheid")
    context.close()


def test_sign_up_for_an_event(page, site_url, world):
    open_page(page, site_url("alkmaar", world.event))
    form = page.locator("form.signup-form")
    for label in ("Voornaam", "E-mailadres", "Telefoonnummer", "Met hoeveel personen?"):
        expect(form.get_by_text(label, exact=True)).to_be_visible()
        expect(form.get_by_label(label, exact=True)).to_be_visible()
    expect(form.get_by_label("Ik ga akkoord met de privacyverklaring.")).to_be_visible()

    # Sent empty: a summary that is announced, and each error at its own field.
    with page.expect_navigation():
        form.get_by_role("button", name="Aanmelden").click()
    summary = page.get_by_role("alert")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Controleer de gemarkeerde velden.")
    expect(summary.get_by_role("link")).to_have_count(4)
    first_name = form.get_by_label("Voornaam", exact=True)
    expect(first_name).to_have_attribute("aria-invalid", "true")
    expect(first_name).to_have_attribute("aria-describedby", "id_first_name_error")
    expect(page.locator("#id_first_name_error")).to_be_visible()
    expect(page.locator("#id_first_name_error")).to_contain_text("verplicht")
    expect(page.locator("#id_email_error")).to_contain_text("e-mailadres of een telefoonnummer")
    expect(page.locator("#id_consent_error")).to_be_visible()
    expect(page.locator("#id_occurrence_error")).to_be_visible()
    assert_no_axe_violations(page)
    summary.get_by_role("link", name="Voornaam").click()
    expect(first_name).to_be_focused()

    # Filled in: the sign-up page says so.
    form.locator("input[name=occurrence]").first.check()
    first_name.fill("Amira")
    form.get_by_label("E-mailadres", exact=True).fill("amira@example.org")
    form.get_by_label("Met hoeveel personen?").fill("2")
    form.get_by_label("Ik ga akkoord met de privacyverklaring.").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Aanmelden").click()
    expect(page.locator("h1")).to_have_text("Je aanmelding")
    facts = page.locator("dl")
    expect(facts).to_contain_text("Wandelclub vanuit het AZC")
    expect(facts).to_contain_text("Amira")
    expect(facts.locator("strong")).to_have_text("aangemeld")
    expect(page.get_by_role("button", name="Afmelden")).to_be_visible()


def test_month_is_a_list_of_days_on_a_phone(new_context, site_url):
    phone = new_context(
        viewport={"width": PHONE_WIDTH, "height": 740},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    page = phone.new_page()
    for slug, path in [(None, this_month()), ("alkmaar", this_month()), ("alkmaar", next_month())]:
        open_page(page, site_url(slug, path))
        widths = page.evaluate(
            "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
        )
        assert widths[0] <= widths[1], f"{page.url} scrolls sideways on a phone: {widths}"

        grid = page.locator("table.month-grid")
        header = grid.locator("thead").bounding_box()
        assert header is None or header["height"] <= 1, f"weekday headers shown: {header}"
        hidden = grid.locator("td.month-grid__day--empty, td.month-grid__day--outside")
        for index in range(hidden.count()):
            expect(hidden.nth(index)).to_be_hidden()
        days = grid.locator(
            "td.month-grid__day:not(.month-grid__day--empty):not(.month-grid__day--outside)"
        )
        for index in range(days.count()):
            day = days.nth(index)
            expect(day).to_be_visible()
            box = day.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH, box
            # A phone shows the whole date ("dinsdag 1 december"), not a bare number.
            expect(day.locator(".month-grid__full-date")).to_be_visible()
            expect(day.locator(".month-grid__number")).to_be_hidden()

    # Alkmaar's walking club is on every Tuesday and Thursday: next month is never empty.
    assert days.count() >= 4
    expect(days.filter(has_text="Wandelclub vanuit het AZC").first).to_be_visible()
