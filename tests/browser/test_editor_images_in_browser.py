"""Pictures in the real Wagtail admin: Alkmaar's editor uploads an image on a new news item
(first a web page disguised as a PNG, refused with a Dutch message), picks one of Alkmaar's
pictures for a practice example, submits both to "Lokale review Alkmaar", Alkmaar's moderator
approves them, and the public pages and their listing cards show the pictures."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from PIL import Image
from playwright.sync_api import expect
from wagtail.models import Collection

from blog.models import NewsIndexPage, NewsPage
from core.models import CustomImage
from practices.models import PracticeExamplePage, PracticeIndexPage
from tests.browser.test_pages_in_browser import open_page
from tests.factories import image, municipality

PASSWORD = "Fietsen-langs-het-kanaal-7"
CARD = "fill-400x225|format-webp"  # the first of a card's srcset, its src
PAGE_PICTURE = "width-480|format-webp"  # the first of the page's srcset, its src


def make_users():
    User = get_user_model()
    editor = User.objects.create_user("redacteur", "redacteur@example.org", PASSWORD)
    editor.groups.add(Group.objects.get(name="Alkmaar redactie"))
    moderator = User.objects.create_user("mod", "mod@example.org", PASSWORD)
    moderator.groups.add(Group.objects.get(name="Alkmaar moderatie"))


def png_file(tmp_path):
    path = tmp_path / "fietsles.png"
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), "#2a9d8f").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def disguised_file(tmp_path):
    """A web page with a script, named like a picture."""
    path = tmp_path / "foto.png"
    path.write_bytes(b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>")
    return path


def log_in(browser, site_url, username):
    page = browser.new_context().new_page()
    open_page(page, site_url("alkmaar", "/admin/login/"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page


def open_image_chooser(page):
    page.locator("#id_listing_image-chooser .unchosen [data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    expect(modal).to_be_visible()
    return modal


def submit_for_review(page):
    # "Ter beoordeling indienen" sits in the action menu's dropdown.
    with page.expect_navigation():
        page.locator('button[name="action-submit"]').evaluate("button => button.click()")


def test_editor_pictures_reach_the_public_pages(browser, site_url, tmp_path):
    make_users()
    alkmaar = municipality("alkmaar")
    image("Buurttuin", collection=Collection.objects.get(name="Alkmaar"))
    news_index = NewsIndexPage.objects.child_of(alkmaar).get()
    practice_index = PracticeIndexPage.objects.child_of(alkmaar).get()
    editor = log_in(browser, site_url, "redacteur")

    # A new news item with an uploaded picture.
    open_page(editor, site_url("alkmaar", f"/admin/pages/add/blog/newspage/{news_index.pk}/"))
    editor.locator("#id_title").fill("Fietsles aan het kanaal")
    editor.locator("#id_intro").fill("Bewoners leren fietsen met vrijwilligers.")
    modal = open_image_chooser(editor)
    modal.locator("#tab-label-upload").click()
    modal.locator('input[name="image-chooser-upload-title"]').fill("Fietsles")
    # A disguised file first: refused in Dutch, nothing stored, the dialog stays open.
    modal.locator('input[name="image-chooser-upload-file"]').set_input_files(
        disguised_file(tmp_path)
    )
    modal.locator('#tab-upload button[type="submit"]').click()
    expect(modal.locator(".error-message")).to_contain_text(
        "Dit bestand bevat webpagina- of scriptcode en wordt daarom niet aangenomen."
    )
    assert not CustomImage.objects.filter(title="Fietsles").exists()
    modal.locator("#tab-label-upload").click()
    modal.locator('input[name="image-chooser-upload-title"]').fill("Fietsles")
    modal.locator('input[name="image-chooser-upload-file"]').set_input_files(png_file(tmp_path))
    modal.locator('#tab-upload button[type="submit"]').click()
    expect(editor.locator("#id_listing_image-chooser [data-chooser-title]")).to_have_text(
        "Fietsles"
    )
    submit_for_review(editor)

    news = NewsPage.objects.get(title="Fietsles aan het kanaal")
    uploaded = news.get_latest_revision_as_object().listing_image
    assert uploaded is not None and uploaded.title == "Fietsles"
    assert uploaded.collection.name == "Alkmaar"
    assert news.current_workflow_state.workflow.name == "Lokale review Alkmaar"

    # A practice example with one of Alkmaar's own pictures.
    add_practice = f"/admin/pages/add/practices/practiceexamplepage/{practice_index.pk}/"
    open_page(editor, site_url("alkmaar", add_practice))
    editor.locator("#id_title").fill("Fietsen naar het werk")
    editor.locator("#id_summary").fill("Vrijwilligers fietsen mee naar het werk.")
    editor.get_by_label("Groen").check()
    modal = open_image_chooser(editor)
    modal.locator("a[data-chooser-modal-choice]", has_text="Buurttuin").first.click()
    expect(editor.locator("#id_listing_image-chooser [data-chooser-title]")).to_have_text(
        "Buurttuin"
    )
    submit_for_review(editor)
    practice = PracticeExamplePage.objects.get(title="Fietsen naar het werk")
    chosen = practice.get_latest_revision_as_object().listing_image
    assert chosen is not None and chosen.collection.name == "Alkmaar"

    # Alkmaar's moderator approves both; Wagtail publishes them.
    moderator = log_in(browser, site_url, "mod")
    for page in (news, practice):
        open_page(moderator, site_url("alkmaar", f"/admin/pages/{page.pk}/edit/"))
        with moderator.expect_navigation():
            moderator.locator('button[data-workflow-action-name="approve"]').first.evaluate(
                "button => button.click()"
            )
        page.refresh_from_db()
        assert page.live

    # The public pages and the listing cards show the pictures.
    visitor = browser.new_context().new_page()
    for page, picture, listing in (
        (news, uploaded, "/nieuws/"),
        (practice, chosen, "/praktijkvoorbeelden/"),
    ):
        page.refresh_from_db()
        assert page.listing_image_id == picture.pk
        open_page(visitor, site_url("alkmaar", page.get_url_parts()[2]))
        lead = visitor.locator("main img.figure__image")
        expect(lead).to_have_attribute("src", picture.get_rendition(PAGE_PICTURE).url)
        open_page(visitor, site_url("alkmaar", listing))
        card = visitor.locator(".card", has_text=page.title).locator("img.card__image")
        expect(card).to_have_attribute("src", picture.get_rendition(CARD).url)
