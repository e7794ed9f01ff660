"""Nothing of another municipality's work in progress shows in the admin.

Every test makes an Arnhem draft (page, document or image) with a unique title, which the Alkmaar
editor and moderator must not see, and an Alkmaar one, which they must still see (so a test
cannot pass by showing nothing).
"""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Task

from home.models import StandardPage
from tests.factories import add_standard_page, municipality, person, two_factor

pytestmark = pytest.mark.django_db

ARNHEM_DRAFT = "Zwijntjesdag Arnhem geheim"
ALKMAAR_DRAFT = "Zwijntjesdag Alkmaar concept"
LOCAL_STAFF = ["redactie-alkmaar", "moderatie-alkmaar"]


user = person


@pytest.fixture(scope="module", autouse=True)
def sites(module_world):
    """Both municipalities, provisioned: pages, collections, groups and review workflows."""
    with module_world():
        municipality("arnhem")
        municipality("alkmaar")


def add_draft(slug, title):
    home = municipality(slug)
    page = home.add_child(instance=StandardPage(title=title, slug="zwijntjesdag", live=False))
    page.save_revision(user=user(f"redactie-{slug}"), log_action=True)
    return page


@pytest.fixture
def drafts():
    for slug in ("arnhem", "alkmaar"):
        add_standard_page(municipality(slug), "Meedoen")
    return {
        "arnhem": add_draft("arnhem", ARNHEM_DRAFT),
        "alkmaar": add_draft("alkmaar", ALKMAAR_DRAFT),
    }


@pytest.fixture(params=LOCAL_STAFF)
def staff_client(request, client):
    client.force_login(user(request.param))
    return client


def shows(response, title):
    assert response.status_code == 200
    return title in response.content.decode()


def chooser_get(client, url, **params):
    return client.get(url, params, headers={"x-requested-with": "XMLHttpRequest"})


def test_page_chooser_browse_lists_no_draft_of_another_site(staff_client, drafts):
    arnhem = chooser_get(staff_client, f"/admin/choose-page/{drafts['arnhem'].get_parent().pk}/")
    assert not shows(arnhem, ARNHEM_DRAFT)
    assert "Meedoen" in arnhem.content.decode()  # Arnhem's live pages stay choosable
    own = chooser_get(staff_client, f"/admin/choose-page/{drafts['alkmaar'].get_parent().pk}/")
    assert shows(own, ALKMAAR_DRAFT)


def test_page_chooser_does_not_open_at_another_sites_draft(staff_client, drafts):
    assert (
        chooser_get(staff_client, f"/admin/choose-page/{drafts['arnhem'].pk}/").status_code == 404
    )
    assert shows(
        chooser_get(staff_client, f"/admin/choose-page/{drafts['alkmaar'].pk}/"), ALKMAAR_DRAFT
    )


def test_page_chooser_search_finds_no_draft_of_another_site(staff_client, drafts):
    found = chooser_get(staff_client, "/admin/choose-page/search/", q="Zwijntjesdag")
    assert shows(found, ALKMAAR_DRAFT)
    assert not shows(found, ARNHEM_DRAFT)


def test_chosen_pages_are_only_choosable_ones(staff_client, drafts):
    chosen = chooser_get(
        staff_client,
        "/admin/choose-page/chosen-multiple/",
        id=[drafts["arnhem"].pk, drafts["alkmaar"].pk],
    )
    assert shows(chosen, ALKMAAR_DRAFT)
    assert not shows(chosen, ARNHEM_DRAFT)


def edit_last(page):
    """Make `page` the most recently edited page of every site."""
    page.title = f"{page.title} herzien"
    page.save_revision(user=user("landelijke-redactie"))


def test_page_types_usage_counts_and_names_own_pages_only(staff_client, drafts):
    edit_last(drafts["arnhem"])
    report = staff_client.get("/admin/reports/page-types-usage/")
    assert not shows(report, ARNHEM_DRAFT)
    assert shows(report, ALKMAAR_DRAFT)  # the last edited standard page of Alkmaar's tree


def test_national_editor_still_sees_every_site(client, drafts):
    edit_last(drafts["arnhem"])
    client.force_login(user("landelijke-redactie"))
    assert shows(client.get("/admin/reports/page-types-usage/"), ARNHEM_DRAFT)
    found = chooser_get(client, "/admin/choose-page/search/", q="Zwijntjesdag")
    assert shows(found, ARNHEM_DRAFT)
    assert shows(found, ALKMAAR_DRAFT)


@pytest.mark.parametrize("action", ["delete", "move", "publish"])
def test_page_bulk_action_names_no_page_of_another_site(staff_client, drafts, action):
    ids = f"id={drafts['arnhem'].pk}&id={drafts['alkmaar'].pk}"
    confirmation = staff_client.get(f"/admin/bulk/wagtailcore/page/{action}/?{ids}")
    assert not shows(confirmation, ARNHEM_DRAFT)
    assert shows(confirmation, ALKMAAR_DRAFT)


def media(model, slug, title, **fields):
    return model.objects.create(
        title=title, collection=Collection.objects.get(name=slug.capitalize()), **fields
    )


@pytest.mark.parametrize("action", ["delete", "add_to_collection", "add_tags"])
@pytest.mark.parametrize("kind", ["document", "image"])
def test_media_bulk_action_names_no_item_of_another_collection(staff_client, action, kind):
    if kind == "document":
        model, url = get_document_model(), "wagtaildocs/document"

        def file():
            return {"file": ContentFile(b"Zwijntjes", name="zwijntjes.txt")}
    else:
        model = get_image_model()
        url = f"{model._meta.app_label}/{model._meta.model_name}"

        def file():
            return {"file": get_test_image_file()}

    other = media(model, "arnhem", ARNHEM_DRAFT, **file())
    own = media(model, "alkmaar", ALKMAAR_DRAFT, **file())
    confirmation = staff_client.get(f"/admin/bulk/{url}/{action}/?id={other.pk}&id={own.pk}")
    assert not shows(confirmation, ARNHEM_DRAFT)
    assert shows(confirmation, ALKMAAR_DRAFT)


@pytest.mark.parametrize("report", ["workflow", "workflow_tasks"])
def test_workflow_reports_offer_only_own_workflows(staff_client, drafts, report):
    drafts["arnhem"].get_workflow().start(drafts["arnhem"], user("redactie-arnhem"))
    drafts["alkmaar"].get_workflow().start(drafts["alkmaar"], user("redactie-alkmaar"))
    listing = staff_client.get(f"/admin/reports/{report}/")
    assert not shows(listing, "Lokale review Arnhem")
    assert not shows(listing, ARNHEM_DRAFT)
    assert shows(listing, "Lokale review Alkmaar")
    assert shows(listing, ALKMAAR_DRAFT)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/workflows/task_chooser/",
        "/admin/workflows/task_chooser/results/?q=Lokale",
    ],
)
def test_task_chooser_lists_no_task_of_another_site(staff_client, url):
    response = chooser_get(staff_client, url)
    # Local staff may not manage workflows: the chooser is refused, so no task is named.
    assert response.status_code == 403
    assert "Lokale review Arnhem" not in response.content.decode()


def test_task_chosen_names_no_task_of_another_site(staff_client):
    task = Task.objects.get(name="Lokale review Arnhem: goedkeuring")
    response = chooser_get(staff_client, f"/admin/workflows/task_chooser/{task.pk}/")
    assert response.status_code == 403
    assert "Lokale review Arnhem" not in response.content.decode()


def test_workflow_manager_task_chooser_lists_every_task(client, django_user_model):
    # A superuser has two-factor authentication (they must, members.two_factor).
    manager = two_factor(django_user_model.objects.create_superuser("beheer", "beheer@example.org"))
    client.force_login(manager)
    response = chooser_get(client, "/admin/workflows/task_chooser/results/", q="Lokale")
    assert shows(response, "Lokale review Arnhem")
    assert shows(response, "Lokale review Alkmaar")


def locked_by_options(response):
    assert response.status_code == 200
    select = re.search(r'<select name="locked_by".*?</select>', response.content.decode(), re.S)
    return re.findall(r'<option value="(\d+)"', select.group(0))


def test_locked_pages_report_offers_only_lockers_of_own_tree(staff_client, drafts):
    for slug in ("arnhem", "alkmaar"):
        page = drafts[slug]
        page.locked, page.locked_by = True, user(f"redactie-{slug}")
        page.save()
    options = locked_by_options(staff_client.get("/admin/reports/locked/"))
    assert str(user("redactie-arnhem").pk) not in options
    assert str(user("redactie-alkmaar").pk) in options


def test_page_chooser_shows_another_sites_live_page_with_its_live_title(staff_client):
    page = municipality("arnhem").get_children().live().first().specific
    live_title = page.title
    page.title = ARNHEM_DRAFT
    page.save_revision(user=user("redactie-arnhem"))
    found = chooser_get(staff_client, "/admin/choose-page/search/", q=live_title)
    assert shows(found, live_title)
    assert not shows(found, ARNHEM_DRAFT)
    browse = chooser_get(staff_client, f"/admin/choose-page/{page.get_parent().pk}/")
    assert shows(browse, live_title)
    assert not shows(browse, ARNHEM_DRAFT)
