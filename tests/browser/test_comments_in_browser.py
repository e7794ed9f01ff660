"""A member logs in from a news item's comment section and comments without JavaScript;
axe-core checks the section as a visitor and as a member."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from blog.models import NewsPage
from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page
from tests.comment_factories import PASSWORD, add_comment, member

NEWS = "/nieuws/buurttuin-in-alkmaar-krijgt-hulp-van-nieuwe-groep/"


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_member_comments_without_javascript(browser, site_url):
    news = NewsPage.objects.get(slug=NEWS.strip("/").split("/")[-1])
    add_comment(news, member("lina", display_name="Lina"), "Mooie tuin! https://example.org/tuin")
    yusuf = member("yusuf", display_name="Yusuf")
    page = browser.new_context(java_script_enabled=False).new_page()
    url = site_url("alkmaar", NEWS)

    open_page(page, url)
    comments = page.locator("#reacties")
    expect(comments.get_by_role("heading", name="Reacties (1)")).to_be_visible()
    expect(comments.get_by_role("link", name="https://example.org/tuin")).to_have_attribute(
        "rel", "nofollow ugc"
    )
    assert_accessible(page)

    comments.get_by_role("link", name="Inloggen").click()
    page.locator("input[name=login]").fill(yusuf.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(url)

    page.get_by_label("Je reactie").fill("Ik help graag mee in de tuin.")
    page.get_by_role("button", name="Plaats reactie").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Je reactie wacht op goedkeuring door de moderator."
    )
    expect(page.locator(".comment--pending")).to_contain_text("wacht op goedkeuring")
    assert_accessible(page)
