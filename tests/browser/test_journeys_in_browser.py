"""Visitors' journeys from issue 13, each one test in a real browser: a keyboard-only visitor
goes from the Arnhem calendar to next month, opens an event and downloads its .ics; a visitor
switches a page to Arabic and back. (Searching is in test_search_in_browser.py, finding a
municipality on the map in the map's own tests.)"""

from datetime import date

from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from blog.models import NewsPage
from tests.browser.test_calendar_in_browser import tab_to
from tests.browser.test_pages_in_browser import open_page
from tests.browser.world import ALKMAAR_NEWS
from tests.factories import add_event, calendar_of, municipality
from tests.factories.events import at
from tests.factories.translations import translate_page

EVENT = "Samen klussen in het buurthuis"
ARABIC_TITLE = "حديقة الحي في ألكمار تحصل على مساعدة من مجموعة جديدة"


def first_of_next_month():
    today = timezone.localdate()
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)


def test_keyboard_only_calendar_next_month_event_and_ics(browser, site_url, world):
    day = first_of_next_month().replace(day=10)
    start = at(day.year, day.month, day.day, 14)
    add_event(
        calendar_of(municipality("arnhem")), EVENT, start, at(day.year, day.month, day.day, 16)
    )
    page = browser.new_context(java_script_enabled=False, accept_downloads=True).new_page()
    open_page(page, site_url("arnhem", "/kalender/"))

    tab_to(page, '.calendar-views a:text-is("Maand")')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, '.month-nav a[rel="next"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/kalender/{day:%Y/%m}/"), page.url

    tab_to(page, f'table.month-grid a:text-is("{EVENT}")')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(EVENT)

    tab_to(page, "a[download]")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(open(download.path(), "rb").read())
    events = list(calendar.walk("VEVENT"))
    assert [str(event["SUMMARY"]) for event in events] == [EVENT]
    assert events[0]["DTSTART"].dt == start


def test_a_visitor_switches_a_page_to_arabic_and_back(page, site_url, world):
    news = NewsPage.objects.get(title=ALKMAAR_NEWS)
    translate_page(news, "ar", {ALKMAAR_NEWS: ARABIC_TITLE})
    open_page(page, site_url("alkmaar", world.news_item))
    page.locator(".language-nav__toggle").click()
    page.get_by_role("link", name="العربية").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.url == site_url("alkmaar", "/ar" + world.news_item)
    expect(page.locator("h1")).to_have_text(ARABIC_TITLE)
    expect(page.locator("h1")).not_to_have_attribute("lang", "nl")

    page.locator(".language-nav__toggle").click()
    page.get_by_role("link", name="Nederlands").click()
    assert page.url == site_url("alkmaar", world.news_item)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("h1")).to_have_text(ALKMAAR_NEWS)
