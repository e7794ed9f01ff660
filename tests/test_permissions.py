"""An editor of one municipality works on that municipality only: pages, images, settings."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from tests.factories import add_standard_page, municipality, national_home, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def alkmaar_editor():
    return person("redactie-alkmaar")


@pytest.fixture(autouse=True)
def homes():
    """Two municipalities, each with a "Meedoen" page, and the national home."""
    homes = {slug: municipality(slug) for slug in ("alkmaar", "arnhem")}
    for home in homes.values():
        add_standard_page(home, "Meedoen")
    return {**homes, "national": national_home()}


@pytest.fixture
def admin_client(client, alkmaar_editor):
    client.force_login(alkmaar_editor)
    return client


def make_image(collection_name, title):
    return get_image_model().objects.create(
        title=title,
        file=get_test_image_file(),
        collection=Collection.objects.get(name=collection_name),
    )


def test_permission_api_confines_editor_to_own_tree(alkmaar_editor, homes):
    alkmaar_meedoen = homes["alkmaar"].get_children().get(slug="meedoen")
    moderator = person("moderatie-alkmaar")
    for page in (homes["alkmaar"], alkmaar_meedoen):
        perms = page.permissions_for_user(alkmaar_editor)
        assert perms.can_edit()
        assert perms.can_add_subpage()
        # Editors submit to "Lokale review"; the municipality's moderators publish.
        assert not perms.can_publish()
        assert page.permissions_for_user(moderator).can_publish()
    arnhem_meedoen = homes["arnhem"].get_children().get(slug="meedoen")
    for page in (homes["arnhem"], arnhem_meedoen, homes["national"]):
        for user in (alkmaar_editor, moderator):
            perms = page.permissions_for_user(user)
            assert not perms.can_edit()
            assert not perms.can_publish()
            assert not perms.can_add_subpage()


def test_explorer_shows_only_own_tree(alkmaar_editor, homes):
    policy = PagePermissionPolicy()
    explorable = policy.explorable_instances(alkmaar_editor)
    assert explorable.filter(pk=homes["alkmaar"].pk).exists()
    assert not explorable.filter(pk=homes["arnhem"].pk).exists()
    assert not explorable.descendant_of(homes["arnhem"], inclusive=True).exists()
    assert policy.explorable_root_instance(alkmaar_editor).pk == homes["alkmaar"].pk
    # The whole explorable set lies inside Alkmaar's tree, apart from the path down to it.
    outside = explorable.exclude(path__startswith=homes["alkmaar"].path)
    assert all(homes["alkmaar"].path.startswith(page.path) for page in outside)


def test_admin_explorer_and_editor_views(admin_client, homes):
    own = admin_client.get(f"/admin/pages/{homes['alkmaar'].pk}/")
    assert own.status_code == 200
    assert "Meedoen" in own.content.decode()

    for other in ("arnhem", "national"):
        page = homes[other]
        listing = admin_client.get(f"/admin/pages/{page.pk}/")
        assert listing.status_code in (302, 403)
        if listing.status_code == 302:
            # Sent back to its own explorable root, not shown the other tree.
            shown = admin_client.get(listing["Location"]).content.decode()
            assert "Meedoen" in shown
            others = Page.objects.descendant_of(page, inclusive=True).exclude(
                path__startswith=homes["alkmaar"].path
            )
            for hidden in others:
                assert f"/admin/pages/{hidden.pk}/edit/" not in shown, hidden.title
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
        response = admin_client.post(
            f"/admin/pages/{page.pk}/edit/", {"title": "Overgenomen", "action-publish": "1"}
        )
        assert response.status_code in (302, 403)
        page.refresh_from_db()
        assert page.title != "Overgenomen"
        assert admin_client.get(f"/admin/pages/add/home/standardpage/{page.pk}/").status_code in (
            302,
            403,
        )

    # The admin page search finds no Arnhem pages either.
    found = admin_client.get("/admin/pages/search/", {"q": "Arnhem"})
    assert found.status_code == 200
    assert f"/admin/pages/{homes['arnhem'].pk}/" not in found.content.decode()


def test_editor_can_edit_and_publish_own_page(admin_client, homes):
    page = homes["alkmaar"].get_children().get(slug="meedoen").specific
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200


def test_images_of_another_municipality_are_out_of_reach(admin_client):
    own = make_image("Alkmaar", "Buurttuin Alkmaar")
    other = make_image("Arnhem", "Sportdag Arnhem")

    listing = admin_client.get("/admin/images/").content.decode()
    assert "Buurttuin Alkmaar" in listing
    assert "Sportdag Arnhem" not in listing

    chooser = admin_client.get("/admin/images/chooser/").content.decode()
    assert "Buurttuin Alkmaar" in chooser
    assert "Sportdag Arnhem" not in chooser

    assert admin_client.get(f"/admin/images/{own.pk}/").status_code == 200
    assert admin_client.get(f"/admin/images/{other.pk}/").status_code in (302, 403)
    assert admin_client.get(f"/admin/images/chooser/{other.pk}/").status_code in (302, 403, 404)


def test_national_editor_edits_everything(homes):
    editor = person("landelijke-redactie")
    for page in homes.values():
        assert page.permissions_for_user(editor).can_publish()
    root = Page.get_first_root_node()
    assert PagePermissionPolicy().explorable_root_instance(editor).pk == root.pk


def test_site_settings_only_for_own_site(admin_client):
    alkmaar = Site.objects.get(hostname="alkmaar.localhost")
    arnhem = Site.objects.get(hostname="arnhem.localhost")
    assert admin_client.get(f"/admin/settings/core/sitesettings/{alkmaar.pk}/").status_code == 200
    response = admin_client.get(f"/admin/settings/core/sitesettings/{arnhem.pk}/")
    assert response.status_code in (302, 403)
