"""A translation in the real Wagtail admin: Alkmaar's editor translates a news item into Arabic
with wagtail-localize's "Translate" action and translation editor, submits it to "Lokale review
Alkmaar", Alkmaar's moderator approves it, and a visitor reads the Arabic title at the page's
/ar/ address on Alkmaar's host."""

from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.test_editor_images_in_browser import log_in, make_users
from tests.browser.test_pages_in_browser import open_page
from tests.factories import add_news, municipality, news_index, path_of
from tests.factories.translations import locale

DUTCH_TITLE = "Fietsles aan het kanaal"
ARABIC_TITLE = "درس ركوب الدراجة عند القناة"


def test_editor_translates_a_news_item_into_arabic(browser, site_url, live_server):
    make_users()
    news = add_news(news_index(municipality("alkmaar")), DUTCH_TITLE)
    editor = log_in(browser, site_url, "redacteur")

    # "Vertaal deze pagina" in the news item's menu in the explorer: wagtail-localize's form.
    open_page(editor, site_url("alkmaar", f"/admin/pages/{news.get_parent().pk}/"))
    editor.get_by_role("button", name=f"Meer opties voor '{DUTCH_TITLE}'").click()
    with editor.expect_navigation():
        editor.locator(f'a[href^="/admin/localize/submit/page/{news.pk}/"]').click()
    editor.locator(f'input[name="locales"][value="{locale("ar").pk}"]').check()
    with editor.expect_navigation():
        editor.locator('form:has(input[name="locales"]) input[type="submit"]').click()

    # The translation editor (a React app): translate the title's string and save it.
    title = (
        editor.locator("li")
        .filter(has=editor.get_by_text(DUTCH_TITLE, exact=True))
        .filter(has=editor.get_by_role("button", name="Vertaal"))
    )
    title.last.get_by_role("button", name="Vertaal").click()
    editor.locator(".js-translation-editor textarea").first.fill(ARABIC_TITLE)
    with editor.expect_response(
        lambda r: "/strings/" in r.url and r.request.method == "PUT"
    ) as saved:
        editor.get_by_role("button", name="Opslaan").click()
    assert saved.value.ok
    expect(editor.locator(".js-translation-editor")).to_contain_text(ARABIC_TITLE)

    # The editor may not publish: "Ter review aanbieden" sends it to Alkmaar's moderators.
    with editor.expect_navigation():
        editor.get_by_role("button", name="Ter review aanbieden").click()
    arabic = news.get_translation(locale("ar")).specific
    assert not arabic.live
    assert arabic.current_workflow_state.workflow.name == "Lokale review Alkmaar"

    # The moderator approves it from "Wacht op jouw review" on the dashboard.
    task_state = arabic.current_workflow_state.current_task_state
    moderator = log_in(browser, site_url, "mod")
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[arabic.pk, "approve", task_state.pk]
    )
    with moderator.expect_navigation():
        moderator.locator(
            f'button[data-workflow-action-url="{approve}"]:not([data-launch-modal])'
        ).evaluate("button => button.click()")
    arabic.refresh_from_db()
    assert arabic.live and arabic.title == ARABIC_TITLE

    visitor = browser.new_context().new_page()
    open_page(visitor, site_url("alkmaar", path_of(arabic)))
    assert path_of(arabic).startswith("/ar/")
    expect(visitor.locator("h1")).to_have_text(ARABIC_TITLE)
