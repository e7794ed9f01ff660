"""The bulletin board (prikbord) in a real browser: a member posts through the form, Alkmaar's
moderator approves the post in the admin, it shows on the Alkmaar board and the national one,
another member comments under it and the owner closes it; axe-core finds no WCAG 2.1 A/AA
violations on the list, a post and the form (with its errors); the form works by keyboard
without JavaScript. Each test builds its world again (see conftest.py)."""

import re
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from board.models import BulletinBoardPage, Post
from board.services import default_expiry
from core.models import Theme
from members.models import Profile
from municipalities.models import MunicipalityHomePage
from tests.browser.test_pages_in_browser import AXE_OPTIONS, open_page

PASSWORD = "Fietsen-repareren-op-zaterdag-7"
BOARD = "/prikbord/"
TITLE = "Wie helpt mij met mijn moestuin?"


def make_member(username, name):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profile.objects.create(user=user, display_name=name)
    return user


def make_moderator():
    moderator = get_user_model().objects.create_user("mod", "mod@example.org", PASSWORD)
    moderator.groups.add(Group.objects.get(name="Alkmaar moderatie"))
    return moderator


def alkmaar_board():
    home = MunicipalityHomePage.objects.get(slug="alkmaar")
    return BulletinBoardPage.objects.child_of(home).get()


def log_in(page, username):
    """Through the login form, as a member does; the form sends them back to where they were."""
    page.get_by_label("E-mail").fill(f"{username}@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


def flash(page):
    """The messages the site shows after an action (role=status)."""
    return page.locator(".messages[role=status]")


def assert_no_axe_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def tab_to(page, selector, limit=120):
    """Press Tab until the element matching selector has focus, as a keyboard user would."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return target
    raise AssertionError(f"{selector} never got focus after {limit} presses of Tab on {page.url}")


def test_post_is_moderated_shown_commented_and_closed(browser, site_url):
    make_member("sanne", "Sanne")
    make_member("pieter", "Pieter")
    make_moderator()

    # Anonymous on the form: the login form first, then back to the form.
    member = browser.new_context().new_page()
    open_page(member, site_url("alkmaar", BOARD))
    member.get_by_role("link", name="Plaats een bericht").click()
    expect(member).to_have_url(re.compile(r"/accounts/login/"))
    log_in(member, "sanne")
    member.wait_for_url(f"**{BOARD}nieuw/")

    member.get_by_label("Vraag", exact=True).check()
    member.get_by_label("Titel").fill(TITLE)
    member.get_by_label("Tekst", exact=True).fill("Ik zoek iemand die samen met mij wil wieden.")
    member.get_by_label("Groen").check()
    member.get_by_role("button", name="Plaatsen").click()
    member.wait_for_url(re.compile(r"/prikbord/\d+/(#.*)?$"))
    post_url = member.url
    expect(flash(member)).to_contain_text("Je bericht wacht op goedkeuring door de moderator.")
    expect(member.locator("main")).to_contain_text("Dit bericht wacht op goedkeuring")
    expect(member.locator("h1")).to_have_text(TITLE)

    visitor = browser.new_context().new_page()
    open_page(visitor, site_url("alkmaar", BOARD))
    expect(visitor.locator("main")).not_to_contain_text(TITLE)

    # Alkmaar's moderator approves it in the admin.
    admin = browser.new_context().new_page()
    open_page(admin, site_url("alkmaar", "/admin/login/"))
    admin.locator("#id_username").fill("mod")
    admin.locator("#id_password").fill(PASSWORD)
    admin.locator("button[type=submit]").click()
    open_page(admin, site_url("alkmaar", "/admin/prikbord/"))
    row = admin.locator("tr", has_text=TITLE)
    expect(row).to_contain_text("Sanne")
    row.get_by_role("button", name="Goedkeuren").click()
    expect(admin.locator("body")).to_contain_text("Het bericht is goedgekeurd.")

    # On the Alkmaar board, and on the national board labelled Alkmaar.
    open_page(visitor, site_url("alkmaar", BOARD))
    card = visitor.locator(".post-card", has_text=TITLE)
    expect(card).to_contain_text("Vraag")
    expect(card).to_contain_text("Groen")
    open_page(visitor, site_url(None, BOARD))
    card = visitor.locator(".post-card", has_text=TITLE)
    expect(card.locator(".label", has_text="Alkmaar")).to_be_visible()
    card.get_by_role("link", name=TITLE).click()
    expect(visitor).to_have_url(re.compile(re.escape(urlsplit(post_url).path) + "$"))
    expect(visitor.locator("h1")).to_have_text(TITLE)

    # Another member comments under it: Alkmaar's comments wait for a moderator too.
    helper = browser.new_context().new_page()
    open_page(helper, post_url)
    helper.locator("#reacties").get_by_role("link", name="Inloggen").click()
    log_in(helper, "pieter")
    helper.wait_for_url(post_url)
    expect(helper.get_by_role("link", name="Neem contact op")).to_be_visible()
    helper.get_by_label("Je reactie").fill("Ik heb zaterdag tijd, zal ik komen?")
    helper.get_by_role("button", name="Plaats reactie").click()
    expect(flash(helper)).to_contain_text("wacht op goedkeuring")
    expect(helper.locator("#reacties")).to_contain_text("Ik heb zaterdag tijd")

    # The owner closes the post; it leaves the board.
    open_page(member, post_url)
    owner = member.get_by_role("region", name="Jouw bericht")
    owner.get_by_role("button", name="Sluiten").click()
    expect(flash(member)).to_contain_text("Je bericht is gesloten.")
    expect(member.locator("main")).to_contain_text("Dit bericht is gesloten.")
    expect(owner.get_by_role("button", name="Weer openen")).to_be_visible()
    open_page(visitor, site_url("alkmaar", BOARD))
    expect(visitor.locator("main")).not_to_contain_text(TITLE)
    assert Post.objects.get(title=TITLE).closed_at <= timezone.now()


def test_board_pages_have_no_axe_violations(browser, site_url):
    owner = make_member("sanne", "Sanne")
    make_member("pieter", "Pieter")
    board = alkmaar_board()
    task = Post.objects.create(
        board=board,
        author=owner,
        kind=Post.Kind.TASK,
        title="Handen gezocht voor de buurttuin",
        body="Elke zaterdag wieden en oogsten. Zie https://example.org/tuin",
        expires_on=default_expiry(),
        status=Post.Status.APPROVED,
        organisation="Buurttuin De Hoef",
        task="Wieden en oogsten.",
        weekly=True,
        meeting_point="Ingang buurttuin",
        group_size_min=3,
        group_size_max=5,
        no_dutch_needed=True,
        place="Alkmaar",
    )
    task.themes.set(Theme.objects.filter(slug="groen"))
    Post.objects.create(
        board=board,
        author=owner,
        kind=Post.Kind.OFFER,
        title="Fietsreparatiemiddag",
        body="Ik repareer graag fietsen.",
        expires_on=default_expiry(),
        status=Post.Status.APPROVED,
    )
    post_path = f"{BOARD}{task.pk}/"

    page = browser.new_context().new_page()
    for slug in ("alkmaar", None):
        open_page(page, site_url(slug, BOARD))
        expect(page.locator(".post-card")).to_have_count(2)
        assert_no_axe_violations(page)

    open_page(page, site_url("alkmaar", post_path))
    page.locator("#reacties").get_by_role("link", name="Inloggen").click()
    log_in(page, "pieter")
    page.wait_for_url(f"**{post_path}")
    expect(page.get_by_role("button", name="Ik help mee")).to_be_visible()
    expect(page.get_by_label("Je reactie")).to_be_visible()
    page.locator("details.report summary").click()
    expect(page.get_by_role("button", name="Melden")).to_be_visible()
    assert_no_axe_violations(page)

    open_page(page, site_url("alkmaar", f"{BOARD}nieuw/"))
    expect(page.locator("form.post-form")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Plaatsen").click()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Soort")
    expect(summary).to_contain_text("Titel")
    assert_no_axe_violations(page)
    # The error summary's link leads to the first radio button of the kinds.
    summary.get_by_role("link", name=re.compile("^Soort")).click()
    expect(page.get_by_label("Vraag", exact=True)).to_be_focused()

    owner_page = browser.new_context().new_page()
    open_page(owner_page, site_url("alkmaar", post_path))
    owner_page.locator("#reacties").get_by_role("link", name="Inloggen").click()
    log_in(owner_page, "sanne")
    owner_page.wait_for_url(f"**{post_path}")
    expect(owner_page.get_by_role("button", name="Sluiten")).to_be_visible()
    assert_no_axe_violations(owner_page)
    open_page(owner_page, site_url("alkmaar", f"{BOARD}mijn/"))
    expect(owner_page.locator("table")).to_contain_text("Fietsreparatiemiddag")
    assert_no_axe_violations(owner_page)


def test_post_form_by_keyboard_without_javascript(browser, site_url):
    make_member("sanne", "Sanne")
    page = browser.new_context(java_script_enabled=False).new_page()
    open_page(page, site_url("alkmaar", f"{BOARD}nieuw/"))
    log_in(page, "sanne")
    page.wait_for_url(f"**{BOARD}nieuw/")

    # Sent empty: the errors are listed, each a link to its field.
    tab_to(page, "form.post-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Titel")
    tab_to(page, ".error-summary a[href='#id_title']")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Titel")).to_be_focused()

    # A volunteer task, filled in with the keyboard alone, from the title on.
    page.keyboard.type("Koken voor het buurtfeest")
    page.keyboard.press("Shift+Tab")  # back into the kinds, none chosen yet: the last one
    expect(page.get_by_label("Vrijwilligersactiviteit")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.get_by_label("Vrijwilligersactiviteit")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Titel")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.type("We zoeken mensen die een gerecht uit hun land willen koken.")
    tab_to(page, "#id_themes_0")
    page.keyboard.press("Space")
    expect(page.locator("#id_themes_0")).to_be_checked()
    tab_to(page, "#id_organisation")
    page.keyboard.type("Buurthuis De Horst")
    page.keyboard.press("Tab")
    page.keyboard.type("Koken en opdienen.")
    page.keyboard.press("Tab")
    page.keyboard.type("zaterdag 14 juni")
    tab_to(page, "#id_no_dutch_needed")
    page.keyboard.press("Space")
    tab_to(page, "form.post-form button[type=submit]")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/prikbord/\d+/(#.*)?$"))
    expect(flash(page)).to_contain_text("wacht op goedkeuring")
    facts = page.locator(".post-facts")
    expect(facts).to_contain_text("Buurthuis De Horst")
    expect(facts).to_contain_text("zaterdag 14 juni")
    post = Post.objects.get(title="Koken voor het buurtfeest")
    assert post.kind == Post.Kind.TASK
    assert post.no_dutch_needed
    assert post.status == Post.Status.PENDING


def test_task_fields_show_only_for_a_task(browser, site_url):
    """With JavaScript the volunteer-task fields follow the chosen kind; without it they stay
    visible, under a legend that says which kind they are for."""
    make_member("sanne", "Sanne")
    legend = "Alleen invullen bij soort “Vrijwilligersactiviteit” (klus)"

    plain = browser.new_context(java_script_enabled=False).new_page()
    open_page(plain, site_url("alkmaar", f"{BOARD}nieuw/"))
    log_in(plain, "sanne")
    plain.wait_for_url(f"**{BOARD}nieuw/")
    task = plain.get_by_role("group", name=legend)
    expect(task).to_be_visible()
    expect(task.get_by_label("Organisatie")).to_be_visible()
    plain.get_by_label("Vraag", exact=True).check()
    expect(task.get_by_label("Organisatie")).to_be_visible()

    page = browser.new_context().new_page()
    open_page(page, site_url("alkmaar", f"{BOARD}nieuw/"))
    log_in(page, "sanne")
    page.wait_for_url(f"**{BOARD}nieuw/")
    organisation = page.locator("#id_organisation")
    expect(organisation).to_be_hidden()
    page.get_by_label("Vrijwilligersactiviteit").check()
    expect(page.get_by_role("group", name=legend)).to_be_visible()
    expect(organisation).to_be_visible()
    page.get_by_label("Aanbod", exact=True).check()
    expect(organisation).to_be_hidden()
    # Sent back with errors as a task: the task fields are shown straight away.
    page.get_by_label("Vrijwilligersactiviteit").check()
    page.get_by_role("button", name="Plaatsen").click()
    page.wait_for_load_state()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(organisation).to_be_visible()
