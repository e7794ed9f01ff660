"""The anonymous page cache as people meet it: a visitor's pages come from the cache; an editor
changes a news item in the real Wagtail admin and publishes it, and the visitor's next look at
Alkmaar's news, the national news and the national home shows the new title while Arnhem's
pages stay in the cache; a visitor signs up on an event page served from the cache (its form
carries the visitor's own CSRF token)."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from events.models import SignUp
from events.recurrence import aware
from tests.browser.test_pages_in_browser import open_page
from tests.browser.test_two_factor_in_browser import log_in_to_admin
from tests.factories import (
    TOTP_SECRET,
    add_event,
    add_news,
    calendar_of,
    municipality,
    news_index,
    two_factor,
)

PASSWORD = "Kaas-en-koffie-op-dinsdag-4"


def cache_state(response):
    return response.headers.get("x-page-cache")


def test_an_editor_publishes_and_the_cached_pages_show_it(browser, site_url):
    chief = get_user_model().objects.create_superuser("hoofdredactie", "hr@example.org", PASSWORD)
    two_factor(chief)  # superusers must have it
    alkmaar = municipality("alkmaar")
    municipality("arnhem")
    item = add_news(news_index(alkmaar), "Repaircafé in de bibliotheek", slug="repaircafe")

    visitor = browser.new_context().new_page()
    watched = [
        site_url("alkmaar", "/nieuws/"),
        site_url(None, "/nieuws/"),
        site_url(None, "/"),
        site_url("arnhem", "/"),
    ]
    for url in watched:
        open_page(visitor, url)
        assert cache_state(open_page(visitor, url)) == "hit", url

    editor = browser.new_context().new_page()
    log_in_to_admin(editor, site_url(None, "/admin/login/"), "hoofdredactie", PASSWORD, TOTP_SECRET)
    editor.wait_for_url("**/admin/")
    open_page(editor, site_url(None, f"/admin/pages/{item.pk}/edit/"))
    editor.locator("#id_title").fill("Repaircafé verhuist naar het buurthuis")
    with editor.expect_navigation():
        editor.locator('button[name="action-publish"]').evaluate("button => button.click()")
    expect(editor.locator(".messages")).to_contain_text("gepubliceerd")

    for url in watched[:3]:
        response = open_page(visitor, url)
        assert cache_state(response) != "hit", url
        expect(visitor.locator("main")).to_contain_text("Repaircafé verhuist naar het buurthuis")
    assert cache_state(open_page(visitor, site_url("arnhem", "/"))) == "hit"


def test_a_visitor_signs_up_on_an_event_page_from_the_cache(browser, site_url):
    start = aware(datetime.combine(timezone.localdate() + timedelta(days=4), time(12)))
    add_event(
        calendar_of(municipality("alkmaar")),
        "Samen koken",
        start,
        start + timedelta(hours=2),
        slug="samen-koken",
        signup_capacity=8,
    )
    url = site_url("alkmaar", "/kalender/samen-koken/")
    open_page(browser.new_context().new_page(), url)  # someone else's visit stores the page

    visitor = browser.new_context().new_page()
    assert cache_state(open_page(visitor, url)) == "hit"
    expect(visitor.locator("main")).to_contain_text("nog 8 plaatsen")
    visitor.locator('input[name="occurrence"]').first.check()
    visitor.get_by_label("Voornaam").fill("Yonas")
    visitor.get_by_label("E-mailadres").fill("yonas@example.org")
    visitor.get_by_label("privacyverklaring").check()
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Aanmelden").click()
    expect(visitor.locator("main")).to_contain_text("Je bent aangemeld")
    assert SignUp.objects.get().first_name == "Yonas"

    later = browser.new_context().new_page()
    open_page(later, url)
    expect(later.locator("main")).to_contain_text("nog 7 plaatsen")
