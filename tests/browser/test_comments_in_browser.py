"""The comment journey in a real browser: a member logs in from the page, comments on a
practice example, sees it waiting, Alkmaar's moderator approves it in the admin, everyone
sees it, and the comment's history and the admin's Site history list the approval with the
moderator's name; axe-core checks the page with the comment form."""

from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from members.models import Profile
from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page
from tests.browser.test_two_factor_in_browser import log_in_to_admin as log_in_with_code
from tests.factories import TOTP_SECRET, two_factor

PASSWORD = "Groente-zaaien-in-de-lente-3"


def make_users():
    User = get_user_model()
    member = User.objects.create_user("sanne", "sanne@example.org", PASSWORD)
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    Profile.objects.create(user=member, display_name="Sanne")
    moderator = User.objects.create_user(
        "mod", "mod@example.org", PASSWORD, first_name="Mila", last_name="de Moderator"
    )
    moderator.groups.add(Group.objects.get(name="Alkmaar moderatie"))
    # A superuser must have two-factor authentication (members/two_factor.py).
    two_factor(User.objects.create_superuser("beheer", "beheer@example.org", PASSWORD))


def log_in_to_admin(browser, site_url, username, secret=None):
    admin = browser.new_context().new_page()
    log_in_with_code(admin, site_url("alkmaar", "/admin/login/"), username, PASSWORD, secret)
    admin.wait_for_url("**/admin/")
    return admin


def test_comment_is_moderated_then_shown(browser, site_url, world):
    PRACTICE = world.garden_practice
    make_users()
    member = browser.new_context().new_page()
    open_page(member, site_url("alkmaar", PRACTICE))
    comments = member.locator("#reacties")
    expect(comments).to_contain_text("Om te reageren dien je eerst in te loggen.")
    comments.get_by_role("link", name="Inloggen").click()
    member.get_by_label("E-mail").fill("sanne@example.org")
    member.locator("input[name=password]").fill(PASSWORD)
    member.locator("main form button[type=submit]").click()
    member.wait_for_url(f"**{PRACTICE}")

    results = Axe().run(member, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()

    member.get_by_label("Je reactie").fill("Wij doen ook mee! Zie https://example.org/tuin")
    member.get_by_role("button", name="Plaats reactie").click()
    expect(member.get_by_role("status")).to_contain_text("wacht op goedkeuring")
    expect(comments).to_contain_text("wacht op goedkeuring")

    visitor = browser.new_context().new_page()
    open_page(visitor, site_url("alkmaar", PRACTICE))
    expect(visitor.locator("#reacties")).not_to_contain_text("Wij doen ook mee!")

    admin = log_in_to_admin(browser, site_url, "mod")
    open_page(admin, site_url("alkmaar", "/admin/reacties/"))
    expect(admin.locator("main")).to_contain_text("Wij doen ook mee!")
    admin.get_by_role("button", name="Goedkeuren").first.click()
    expect(admin.locator(".messages")).to_be_visible()

    open_page(visitor, site_url("alkmaar", PRACTICE))
    shown = visitor.locator("#reacties")
    expect(shown).to_contain_text("Wij doen ook mee!")
    expect(shown).to_contain_text("Sanne")
    link = shown.get_by_role("link", name="https://example.org/tuin")
    expect(link).to_have_attribute("rel", "nofollow ugc")

    # The moderator finds the decision in the comment's history, from the queue.
    open_page(admin, site_url("alkmaar", "/admin/reacties/?status=approved"))
    admin.get_by_role("link", name="Geschiedenis").first.click()
    expect(admin.locator("main")).to_contain_text("Goedgekeurd door een moderator")
    expect(admin.locator("main")).to_contain_text("Mila de Moderator")

    # The approval is in the audit log: who approved which comment, in Dutch.
    superuser = log_in_to_admin(browser, site_url, "beheer", TOTP_SECRET)
    open_page(superuser, site_url("alkmaar", "/admin/reports/site-history/"))
    row = superuser.locator("main tr", has_text="Goedgekeurd door een moderator")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Mila de Moderator")
    expect(row).to_contain_text("Wij doen ook mee!")
