"""No request leaves the site, and nothing breaks the Content-Security-Policy: every public page
type and the main admin pages (the page editor included), as a visitor, a member and an editor,
load nothing from any host but the one they are on (no Gravatar, no web fonts, no scripts from
elsewhere), and the browser reports no violation of the page's policy (core/security.py). Every
request the browser makes, and every violation it reports in its console, is recorded."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from municipalities.models import MunicipalityHomePage
from municipalities.provisioning import editors_group_name
from tests.browser.public_pages import BOARD_FORM, make_poster, poster_login, public_pages
from tests.browser.test_pages_in_browser import open_page

EDITOR_PASSWORD = "Redactie-Alkmaar-werkt-2"


class RequestLog:
    """Every request a browser context makes, with the page that was open."""

    def __init__(self, context):
        self.requests = []
        self.violations = []
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("console", self._console)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(message.text)

    def foreign(self, own_url):
        own = urlsplit(own_url).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own
        ]

    def clear(self):
        self.requests.clear()
        self.violations.clear()


def assert_only_own_host(page, log, url):
    log.clear()
    response = open_page(page, url)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.url == url, f"{url} sent the browser to {page.url}"
    page.wait_for_load_state("networkidle")
    foreign = log.foreign(url)
    assert not foreign, f"{url} made requests to other hosts: {foreign}"
    assert not log.violations, f"{url} broke its Content-Security-Policy: {log.violations}"
    # The log saw the page itself, so it was listening, under a policy.
    assert url in log.requests
    assert page.evaluate("document.readyState") == "complete"


def test_public_pages_request_nothing_from_other_hosts(browser, site_url, world):
    poster, post = make_poster()
    context = browser.new_context()
    log = RequestLog(context)
    page = context.new_page()
    for public in public_pages(world, post):
        assert_only_own_host(page, log, site_url(public.slug, public.path))

    # The console does report what the policy refuses: an inline style added by a script.
    page.evaluate(
        "document.head.append(Object.assign(document.createElement('style'),"
        " {textContent: 'main {}'}))"
    )
    assert any("inline style" in violation for violation in log.violations), log.violations

    # The board form, as a member.
    open_page(page, site_url("alkmaar", BOARD_FORM))
    poster_login(page, poster)
    page.wait_for_url(f"**{BOARD_FORM}")
    assert_only_own_host(page, log, site_url("alkmaar", BOARD_FORM))
    context.close()


def test_admin_requests_nothing_from_other_hosts(browser, site_url, world):
    editor = get_user_model().objects.create_user(
        "redacteur", "redacteur@example.org", EDITOR_PASSWORD, first_name="Ria"
    )
    editor.groups.add(Group.objects.get(name=editors_group_name("Alkmaar")))
    home = MunicipalityHomePage.objects.get(slug="alkmaar")
    standard = world.join_page

    context = browser.new_context()
    log = RequestLog(context)
    page = context.new_page()
    open_page(page, site_url("alkmaar", "/admin/login/"))
    page.locator("#id_username").fill("redacteur")
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")

    for path in [
        "/admin/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{standard.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ]:
        assert_only_own_host(page, log, site_url("alkmaar", path))
    context.close()
