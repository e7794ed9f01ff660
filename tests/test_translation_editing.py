"""Translating with wagtail-localize's translation editor: a municipality's editors translate
their own site's pages and submit them to their own review, their moderators publish; nobody
translates another site's or a national page; the national editors translate the themes; a
translation follows its Dutch source when that changes.

Every step goes through the admin's own URLs (the "Translate" form, the translation editor
and its string API, the workflow's approve action, "Sync translated pages")."""

import pytest
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowPage, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.models import Theme
from municipalities.models import MunicipalityHomePage
from municipalities.provisioning import provision_municipality
from tests.factories import (
    add_news,
    municipality,
    national_home,
    news_index,
    path_of,
    person,
    theme,
)
from tests.factories.translations import locale, translate_page

pytestmark = pytest.mark.django_db

ALKMAAR_NEWS = "Fietsles aan het kanaal"
ARNHEM_NEWS = "Zwijntjesdag in Arnhem"
NATIONAL_NEWS = "Nieuwe gemeenten doen mee"
ARABIC_TITLE = "درس ركوب الدراجة عند القناة"
LOCAL_STAFF = ["redactie-alkmaar", "moderatie-alkmaar"]


@pytest.fixture
def news():
    return {
        "alkmaar": add_news(news_index(municipality("alkmaar")), ALKMAAR_NEWS),
        "arnhem": add_news(news_index(municipality("arnhem")), ARNHEM_NEWS),
        "national": add_news(news_index(national_home()), NATIONAL_NEWS),
    }


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def translate_through_admin(client, page, code="ar"):
    response = client.post(submit_url(page), {"locales": [locale(code).pk]})
    assert response.status_code == 302, response.content.decode()[:500]
    return page.get_translation(locale(code)).specific


def fill_string(client, translation_page, source_text, value):
    """What the translation editor sends when a string is typed in."""
    translation = Translation.objects.get(
        source__object_id=translation_page.translation_key,
        target_locale=translation_page.locale,
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded")


def refused(response):
    """The admin answers a PermissionDenied with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def shared_rights(home, translation):
    def rights(page):
        return set(
            GroupPagePermission.objects.filter(page=page).values_list(
                "group__name", "permission__codename"
            )
        )

    workflows = WorkflowPage.objects.filter(page__in=[home, translation])
    return (
        rights(home) == rights(translation)
        and {w.workflow_id for w in workflows} == {WorkflowPage.objects.get(page=home).workflow_id}
        and workflows.count() == 2
    )


def test_editor_translates_submits_and_moderator_publishes(client, client_for, news):
    client.force_login(person("redactie-alkmaar"))
    assert client.get(submit_url(news["alkmaar"])).status_code == 200
    arabic = translate_through_admin(client, news["alkmaar"])
    # A draft in the Arabic tree of Alkmaar, whose home got Alkmaar's rights and review.
    assert not arabic.live
    arabic_home = MunicipalityHomePage.objects.get(
        locale=locale("ar"), translation_key=municipality("alkmaar").translation_key
    )
    assert arabic.get_ancestors().filter(pk=arabic_home.pk).exists()
    assert shared_rights(municipality("alkmaar"), arabic_home)

    editor_view = client.get(edit_url(arabic)).content.decode()
    assert "js-translation-editor" in editor_view
    assert "Ter review aanbieden" in editor_view  # the editor may not publish it
    assert fill_string(client, arabic, ALKMAAR_NEWS, ARABIC_TITLE).status_code == 201
    response = client.post(edit_url(arabic), {"aandeslag-submit-translation": "1"})
    assert response.status_code == 302
    arabic.refresh_from_db()
    state = arabic.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Lokale review Alkmaar"
    assert not arabic.live

    client.force_login(person("moderatie-alkmaar"))
    assert "Ter review aanbieden" not in client.get(edit_url(arabic)).content.decode()
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[arabic.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    arabic.refresh_from_db()
    assert arabic.live and arabic.title == ARABIC_TITLE

    visitor = client_for("alkmaar.localhost").get(path_of(arabic))
    assert path_of(arabic).startswith("/ar/")
    assert visitor.status_code == 200 and ARABIC_TITLE in visitor.content.decode()


def test_translations_made_later_and_municipalities_provisioned_later_share_the_rights(news):
    # The national editors translate Alkmaar's home: Alkmaar's groups get it.
    alkmaar = municipality("alkmaar")
    english = translate_page(alkmaar, "en")
    assert shared_rights(alkmaar, english)
    # Removed by hand, provisioning (run again) gives them back.
    GroupPagePermission.objects.filter(page=english).delete()
    WorkflowPage.objects.filter(page=english).delete()
    provision_municipality("Alkmaar", slug="alkmaar")
    assert shared_rights(alkmaar, english)

    # A municipality provisioned after the English tree exists: its translation later too.
    zwolle = provision_municipality("Zwolle", slug="zwolle", province="Overijssel").home
    zwolle_english = translate_page(zwolle, "en")
    assert shared_rights(zwolle, zwolle_english)
    assert zwolle_english.permissions_for_user(person("redactie-zwolle")).can_edit()
    assert not zwolle_english.permissions_for_user(person("redactie-alkmaar")).can_edit()


@pytest.fixture(params=LOCAL_STAFF)
def staff_client(request, client):
    client.force_login(person(request.param))
    return client


def test_no_translating_another_sites_or_national_pages(staff_client, news):
    others = [news["arnhem"], news["national"]]
    for page in others:
        translate_object(page, [locale("ar")])  # as the "Translate" form does, for the others
    for page in others:
        assert refused(staff_client.get(submit_url(page)))
        assert refused(staff_client.post(submit_url(page), {"locales": [locale("en").pk]}))
        assert not page.get_translations().filter(locale=locale("en")).exists()
        # Nor edit their translations in the translation editor, nor sync them.
        arabic = page.get_translation(locale("ar"))
        assert refused(staff_client.get(edit_url(arabic)))
        assert fill_string(staff_client, arabic, page.title, "overgenomen").status_code == 403
        source = TranslationSource.objects.get(object_id=page.translation_key)
        update = reverse("wagtail_localize:update_translations", args=[source.pk])
        assert refused(staff_client.get(update))
        assert refused(staff_client.post(update, {"publish_translations": "on"}))

    # Their own page: "Translate" offered where they list it; another site's titles are not in
    # the translations report.
    translate_object(news["alkmaar"], [locale("ar")])
    listing = staff_client.get(f"/admin/pages/{news['alkmaar'].get_parent().pk}/").content.decode()
    assert submit_url(news["alkmaar"]) in listing
    report = staff_client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert ALKMAAR_NEWS in report
    assert ARNHEM_NEWS not in report and NATIONAL_NEWS not in report


def test_themes_are_translated_by_the_national_editors_only(client):
    green = theme("groen")
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["core", "theme", green.pk]
    )
    client.force_login(person("redactie-alkmaar"))
    assert refused(client.post(submit, {"locales": [locale("ar").pk]}))

    client.force_login(person("landelijke-redactie"))
    assert client.post(submit, {"locales": [locale("ar").pk]}).status_code == 302
    arabic = Theme.objects.get(locale=locale("ar"), translation_key=green.translation_key)
    edit = client.get(reverse("wagtailsnippets_core_theme:edit", args=[arabic.pk]))
    assert "js-translation-editor" in edit.content.decode()


def test_a_changed_source_shows_out_of_date_and_sync_brings_the_change(
    client, news, django_capture_on_commit_callbacks
):
    page = news["alkmaar"]
    translate_object(page, [locale("ar")])
    arabic = page.get_translation(locale("ar"))
    client.force_login(person("landelijke-redactie"))
    fill_string(client, arabic, ALKMAAR_NEWS, ARABIC_TITLE)
    with django_capture_on_commit_callbacks(execute=True):  # the editor's "Publish in Arabic"
        client.post(edit_url(arabic), {"action": "publish"})
    assert "Verouderd" not in client.get(edit_url(arabic)).content.decode()

    page.intro = "Nu ook op zaterdag."
    page.save_revision().publish()
    editor_view = client.get(edit_url(arabic)).content.decode()
    assert "Verouderd" in editor_view
    source = TranslationSource.objects.get(object_id=page.translation_key)
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert update in editor_view
    listing = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert update in listing  # "Sync translated pages"

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        assert client.post(update, {"publish_translations": "on"}).status_code == 302
    arabic = Page.objects.get(pk=arabic.pk).specific
    # The new Dutch text awaits its translation; the translated title stays.
    assert arabic.intro == "Nu ook op zaterdag." and arabic.title == ARABIC_TITLE
    assert "Verouderd" not in client.get(edit_url(arabic)).content.decode()
