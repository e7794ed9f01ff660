"""Two-factor authentication in a real browser: a municipality editor turns it on from the
admin's account page (reading the key the page shows and computing the app's code), logs out,
logs in to the admin again, is asked for the code and reaches the dashboard; a national editor
without it is made to set it up before the admin opens. axe-core checks the pages."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page
from tests.factories import PASSWORD, editor, national_editor, totp_code


def log_in_to_admin(page, url, username, password=PASSWORD, secret=None):
    """Wagtail's login form at `url` (an admin address); with `secret`, also the code of the
    authenticator app with that key, which allauth asks for next."""
    open_page(page, url)
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    if secret is not None:
        expect(page.locator("h1")).to_have_text("Tweestapsverificatie")
        page.get_by_label("Code").fill(totp_code(secret))
        page.get_by_role("button", name="Inloggen").click()


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def confirm_password(page):
    """allauth asks for the password once more before two-factor settings change."""
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Bevestigen").click()


def turn_on(page):
    """On the set-up page: read the key, give the app's code. Returns the key."""
    expect(page.locator("h1")).to_have_text("Tweestapsverificatie aanzetten")
    expect(page.get_by_role("img", name="QR-code voor je app")).to_be_visible()
    assert_accessible(page)
    secret = page.get_by_label("Sleutel").input_value()
    page.get_by_label("Code uit je app").fill(totp_code(secret))
    page.get_by_role("button", name="Aanzetten").click()
    expect(page.locator("h1")).to_have_text("Herstelcodes")
    expect(page.locator("main")).to_contain_text("Tweestapsverificatie staat aan.")
    assert_accessible(page)
    return secret


def test_an_editor_turns_it_on_and_logs_in_to_the_admin_with_the_code(browser, site_url):
    person = editor("alkmaar")
    page = browser.new_context().new_page()
    log_in_to_admin(page, site_url("alkmaar", "/admin/login/"), person.username)
    page.wait_for_url("**/admin/")

    open_page(page, site_url("alkmaar", "/admin/account/"))
    page.locator("#tab-label-actions").click()
    page.get_by_role("link", name="Tweestapsverificatie").click()
    expect(page.locator("main")).to_contain_text("Tweestapsverificatie staat uit.")
    assert_accessible(page)
    page.get_by_role("link", name="Tweestapsverificatie aanzetten").click()
    confirm_password(page)
    secret = turn_on(page)
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("link", name="Inloggen")).to_be_visible()

    open_page(page, site_url("alkmaar", "/admin/"))
    assert "/admin/login/?next=" in page.url
    page.locator("#id_username").fill(person.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page.locator("h1")).to_have_text("Tweestapsverificatie")
    assert_accessible(page)
    # Not in the admin before the code.
    other = page.context.new_page()
    open_page(other, site_url("alkmaar", "/admin/"))
    expect(other.locator("#id_username")).to_be_visible()
    other.close()

    page.get_by_label("Code").fill("000000" if totp_code(secret) != "000000" else "111111")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator("main")).to_contain_text("Deze code klopt niet.")
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/admin/")
    expect(page.locator("h1")).to_contain_text("Aan de Slag")


def test_a_national_editor_without_it_is_made_to_set_it_up(browser, site_url):
    person = national_editor(with_two_factor=False)
    page = browser.new_context().new_page()
    log_in_to_admin(page, site_url(None, "/admin/login/"), person.username)
    expect(page.locator("main")).to_contain_text(
        "Voor jouw account is tweestapsverificatie verplicht."
    )
    confirm_password(page)
    expect(page.locator("h1")).to_have_text("Tweestapsverificatie aanzetten")

    # The admin stays closed until it is on.
    open_page(page, site_url(None, "/admin/pages/"))
    page.wait_for_url("**/accounts/2fa/totp/activate/")
    turn_on(page)
    page.get_by_role("link", name="Naar het beheer").click()
    page.wait_for_url("**/admin/")
    expect(page.locator("h1")).to_contain_text("Aan de Slag")
    open_page(page, site_url(None, "/admin/pages/"))
    assert "/admin/pages/" in page.url
