"""The rest of the admin isolation (issue 10, point 3): a pasted link to another site's page,
the chooser's dates, and the user bulk actions name nothing of another site's work."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page

from tests.factories import add_standard_page, municipality, person

pytestmark = pytest.mark.django_db

ARNHEM_DRAFT = "Zwijntjesdag Arnhem geheim"


@pytest.fixture(params=["redactie-alkmaar", "moderatie-alkmaar"])
def staff_client(request, client):
    client.force_login(person(request.param))
    return client


@pytest.fixture
def arnhem_page_with_draft():
    """A live Arnhem page, published long ago, with a pending draft of a secret new title."""
    page = add_standard_page(municipality("arnhem"), "Over ons")
    published = timezone.now() - timezone.timedelta(days=400)
    Page.objects.filter(pk=page.pk).update(last_published_at=published)
    page.refresh_from_db()
    page.title = ARNHEM_DRAFT
    page.save_revision(user=person("redactie-arnhem"))
    page.refresh_from_db()
    return page


def post_external_link(client, url):
    return client.post(
        "/admin/choose-external-link/",
        {"external-link-chooser-url": url, "external-link-chooser-link_text": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def test_pasted_link_to_another_sites_page_is_named_by_its_live_title(
    staff_client, arnhem_page_with_draft
):
    page = arnhem_page_with_draft
    # The admin runs on the national host, where the page's address is under /gemeenten/arnhem/.
    national_url = page.get_full_url(RequestFactory().get("/"))
    response = post_external_link(staff_client, national_url)
    assert response.status_code == 200
    data = response.json()
    assert data["step"] == "external_link_chosen"
    assert data["result"]["id"] == page.pk
    assert data["result"]["adminTitle"] == page.title
    assert ARNHEM_DRAFT not in response.content.decode()


def test_pasted_link_on_the_sites_own_host_asks_to_convert_naming_the_live_title(
    staff_client, arnhem_page_with_draft
):
    page = arnhem_page_with_draft
    response = post_external_link(staff_client, page.get_full_url())
    data = response.json()
    assert data["step"] == "confirm_external_to_internal"
    assert data["internal"]["adminTitle"] == page.title
    assert page.title in data["html"]
    assert ARNHEM_DRAFT not in response.content.decode()


def test_own_pasted_link_is_named_by_its_draft_title(client):
    client.force_login(person("redactie-alkmaar"))
    page = add_standard_page(municipality("alkmaar"), "Over ons")
    page.title = "Nieuwe titel in concept"
    page.save_revision(user=person("redactie-alkmaar"))
    data = post_external_link(client, page.get_full_url(RequestFactory().get("/"))).json()
    assert data["result"]["adminTitle"] == "Nieuwe titel in concept"


def test_chooser_dates_another_sites_page_by_its_publication(staff_client, arnhem_page_with_draft):
    page = arnhem_page_with_draft
    browse = staff_client.get(
        f"/admin/choose-page/{page.get_parent().pk}/",
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    html = browse.json()["html"]
    row = html[html.index(page.title) :]
    row = row[: row.index("</tr>")]
    published = timezone.localtime(page.last_published_at).date().isoformat()
    saved = timezone.localtime(page.latest_revision_created_at).date().isoformat()
    assert f'datetime="{published}' in row
    assert f'datetime="{saved}' not in row


@pytest.mark.parametrize("action", ["delete", "set_active_state", "assign_role"])
def test_user_bulk_actions_are_closed_to_local_staff(staff_client, action):
    arnhem_editor = person("redactie-arnhem")
    response = staff_client.get(f"/admin/bulk/members/user/{action}/", {"id": arnhem_editor.pk})
    assert response.status_code in (302, 403)
    assert arnhem_editor.email not in response.content.decode()
    assert get_user_model().objects.filter(pk=arnhem_editor.pk, is_active=True).exists()


def submitted_draft(slug, title):
    """A new draft page of `slug`'s site, submitted by its editor to the site's review."""
    editor = person(f"redactie-{slug}")
    page = add_standard_page(municipality(slug), title, slug="ter-review", live=False)
    revision = page.save_revision(user=editor, log_action=True)
    page.get_workflow().start(page, editor)
    page.locked, page.locked_by, page.locked_at = True, editor, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"])
    return page, revision


def test_the_dashboard_shows_nothing_of_another_sites_work(client):
    submitted_draft("arnhem", ARNHEM_DRAFT)
    submitted_draft("alkmaar", "Zwijntjesdag Alkmaar ter review")
    client.force_login(person("moderatie-alkmaar"))
    html = client.get("/admin/").content.decode()
    assert "Zwijntjesdag Alkmaar ter review" in html
    assert ARNHEM_DRAFT not in html
    client.force_login(person("redactie-alkmaar"))
    html = client.get("/admin/").content.decode()
    assert ARNHEM_DRAFT not in html
