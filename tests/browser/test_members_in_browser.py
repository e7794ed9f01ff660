"""A newcomer signs up, verifies the email address, edits the profile (an SVG as photo is
refused with a Dutch message, a real photo is taken) and appears in the directory with the
photo, all in a real browser; axe-core checks the account pages."""

import io
import re

from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from PIL import Image
from playwright.sync_api import expect

from tests.browser.public_pages import confirm_address, sign_up
from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page

PASSWORD = "Samen-koken-in-de-buurt-7"


def axe_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    return results.violations_count, results.generate_report()


def photo_files(tmp_path):
    svg = tmp_path / "tekening.svg"
    svg.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    jpeg = tmp_path / "yara.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "#e9c46a").save(buffer, "JPEG")
    jpeg.write_bytes(buffer.getvalue())
    return svg, jpeg


def test_sign_up_verify_profile_and_directory(page, site_url, tmp_path):
    mail.outbox.clear()
    open_page(page, site_url("alkmaar", "/accounts/signup/"))
    expect(page.locator("h1")).to_have_text("Registreren")
    count, report = axe_violations(page)
    assert count == 0, report

    sign_up(page, "yara@example.org", "Yara", PASSWORD)
    expect(page.locator("h1")).to_contain_text("Bevestig je e-mailadres")

    [message] = mail.outbox
    confirm_address(page, site_url, message.body)
    expect(page.get_by_role("link", name="Mijn profiel")).to_be_visible()
    # Greeted by the chosen name, never the username allauth made of the address.
    expect(page.get_by_text("Welkom, Yara! Je bent ingelogd.")).to_be_visible()
    expect(page.get_by_text("ingelogd als")).to_have_count(0)

    open_page(page, site_url("alkmaar", "/accounts/profiel/"))
    count, report = axe_violations(page)
    assert count == 0, report
    # Signed up on Alkmaar's site, so already part of Alkmaar.
    expect(page.get_by_label("Gemeente").locator("option:checked")).to_have_text("Alkmaar")
    page.get_by_label("Organisatie").fill("Moestuin Oost")
    page.get_by_label("Toon mij bij de deelnemers").check()
    svg, jpeg = photo_files(tmp_path)
    page.locator("input[name=avatar]").set_input_files(svg)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("main form")).to_contain_text(
        "SVG-bestanden worden niet aangenomen: ze kunnen scripts bevatten."
    )
    expect(page.get_by_label("Organisatie")).to_have_value("Moestuin Oost")  # nothing lost
    page.locator("input[name=avatar]").set_input_files(jpeg)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Je profiel is opgeslagen.")

    open_page(page, site_url("alkmaar", "/deelnemers/?q=yara"))
    expect(page.locator(".member .card__title")).to_have_text(["Yara"])
    expect(page.locator(".member img.member__avatar")).to_have_attribute(
        "src", re.compile(r"/media/avatars/.+\.webp$")
    )

    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("link", name="Inloggen")).to_be_visible()


def test_login_page_is_accessible(page, site_url):
    open_page(page, site_url(None, "/accounts/login/"))
    count, report = axe_violations(page)
    assert count == 0, report
