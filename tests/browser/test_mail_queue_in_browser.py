"""A newcomer registers while the mail server is down: the page says the mail will follow; once
the server is back and the worker has run, the verification mail arrives and its link confirms
the account in the browser (core/mail_queue.py, a real SMTP server on loopback)."""

from playwright.sync_api import expect

from tests.browser.public_pages import confirm_address, sign_up
from tests.browser.test_members_in_browser import axe_violations
from tests.browser.test_pages_in_browser import open_page
from tests.test_mail_queue import (  # noqa: F401 - the fixtures
    body_of,
    let_time_pass,
    mail_queue,
    run_worker,
    smtp_server,
    waiting,
)

PASSWORD = "Samen-koken-in-de-buurt-7"


def test_registering_while_the_mail_server_is_down(page, site_url, mail_queue):  # noqa: F811
    server = mail_queue
    open_page(page, site_url("alkmaar", "/accounts/signup/"))
    sign_up(page, "yara@example.org", "Yara", PASSWORD)

    # The sign-up completed; the page says the mail is on its way, and may take a while.
    expect(page.locator("h1")).to_contain_text("Bevestig je e-mailadres")
    expect(page.get_by_text("We sturen een e-mail naar yara@example.org.")).to_be_visible()
    expect(page.get_by_text("dan proberen we het later opnieuw")).to_be_visible()
    count, report = axe_violations(page)
    assert count == 0, report

    # The worker finds the server down: nothing arrives, the mail waits for its next attempt.
    run_worker()
    assert server.received == []
    assert waiting().count() == 1

    # The server is back; at the next attempt the mail arrives, once.
    server.start()
    let_time_pass()
    run_worker()
    [(to, message)] = server.received
    assert to == ["yara@example.org"]
    assert "bevestig je e-mailadres" in message["Subject"]
    confirm_address(page, site_url, body_of(message))
    expect(page.get_by_role("link", name="Mijn profiel")).to_be_visible()
    expect(page.get_by_text("Welkom, Yara! Je bent ingelogd.")).to_be_visible()

    let_time_pass()
    run_worker()
    assert len(server.received) == 1
