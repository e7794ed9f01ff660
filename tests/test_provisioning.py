"""add_municipality: one transaction, idempotent, bad calls refused with the database unchanged."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    WorkflowPage,
)

from core.models import SiteSettings
from municipalities.models import MunicipalityHomePage
from tests.factories import municipality

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites():
    """The national site and two provisioned municipalities to collide with."""
    municipality("alkmaar")
    municipality("arnhem")


def snapshot():
    return {
        "pages": Page.objects.count(),
        "sites": Site.objects.count(),
        "collections": Collection.objects.count(),
        "groups": Group.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "site_settings": SiteSettings.objects.count(),
        "workflows": WorkflowPage.objects.count(),
    }


def add(*args):
    call_command("add_municipality", *args, stdout=open("/dev/null", "w"))


def test_adds_page_site_collection_and_groups(client_for):
    add("Zwolle", "--province", "overijssel")

    home = MunicipalityHomePage.objects.get(slug="zwolle")
    assert home.title == "Zwolle"
    assert home.province == "overijssel"
    assert home.live
    assert home.get_parent().slug == "gemeenten"

    site = Site.objects.get(root_page=home)
    assert site.hostname == "zwolle.localhost"
    assert site.site_name == "Aan de Slag Zwolle"
    assert not site.is_default_site
    assert Collection.objects.filter(name="Zwolle", depth=2).exists()

    editors = Group.objects.get(name="Zwolle redactie")
    page_permissions = set(
        GroupPagePermission.objects.filter(group=editors).values_list(
            "page_id", "permission__codename"
        )
    )
    assert page_permissions == {
        (home.pk, codename) for codename in ["add_page", "change_page", "lock_page", "unlock_page"]
    }
    moderators = Group.objects.get(name="Zwolle moderatie")
    assert set(
        GroupPagePermission.objects.filter(group=moderators).values_list(
            "page_id", "permission__codename"
        )
    ) == {
        (home.pk, codename)
        for codename in ["change_page", "publish_page", "lock_page", "unlock_page"]
    }
    workflow = WorkflowPage.objects.get(page=home).workflow
    assert workflow.name == "Lokale review Zwolle"
    [task] = [task.specific for task in workflow.tasks.all()]
    assert list(task.groups.all()) == [moderators]
    assert set(
        GroupCollectionPermission.objects.filter(group=editors).values_list(
            "collection__name", flat=True
        )
    ) == {"Zwolle"}
    assert Group.objects.filter(name="Zwolle moderatie").exists()

    response = client_for("zwolle.localhost").get("/")
    assert response.status_code == 200
    assert "<h1>Aan de Slag Zwolle</h1>" in response.content.decode()
    # It also appears on the national municipality index.
    assert "Zwolle" in client_for("localhost").get("/gemeenten/").content.decode()


def test_slug_hostname_and_province_name_are_honoured():
    add(
        "Den Bosch",
        "--slug",
        "s-hertogenbosch",
        "--hostname",
        "denbosch.example.nl",
        "--province",
        "Noord-Brabant",
    )
    home = MunicipalityHomePage.objects.get(slug="s-hertogenbosch")
    assert home.province == "noord-brabant"
    assert Site.objects.get(root_page=home).hostname == "denbosch.example.nl"


def test_running_twice_changes_nothing():
    add("Zwolle", "--province", "Overijssel")
    before = snapshot()
    add("Zwolle", "--province", "Overijssel")
    add("Zwolle")
    assert snapshot() == before


def test_rerun_for_a_provisioned_municipality_changes_nothing():
    before = snapshot()
    add("Alkmaar", "--province", "Noord-Holland")
    assert snapshot() == before


@pytest.mark.parametrize(
    "args,message",
    [
        (["", "--province", "Utrecht"], "Geef de naam van de gemeente op"),
        (["   ", "--province", "Utrecht"], "Geef de naam van de gemeente op"),
        (["Zwolle", "--province", "Gelderlandd"], "Onbekende provincie"),
        (["Zwolle"], "Geef de provincie op"),
        # The slug another municipality has.
        (
            ["Alkmaar Noord", "--slug", "alkmaar", "--province", "Noord-Holland"],
            "al in gebruik bij gemeente Alkmaar",
        ),
        # The host another municipality has.
        (["Zwolle", "--hostname", "arnhem.localhost", "--province", "Overijssel"], "al in gebruik"),
        # The national host.
        (["Zwolle", "--hostname", "localhost", "--province", "Overijssel"], "al in gebruik"),
        (
            ["Zwolle", "--hostname", "not a host!", "--province", "Overijssel"],
            "geen geldige hostnaam",
        ),
        (["???", "--province", "Overijssel"], "geen bruikbare slug"),
        # A second municipality with an existing name under another slug.
        (
            ["Arnhem", "--slug", "arnhem-2", "--province", "Gelderland"],
            "Er is al een gemeente Arnhem",
        ),
    ],
)
def test_bad_calls_exit_with_a_message_and_change_nothing(args, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        add(*args)
    assert snapshot() == before


def test_bad_call_exits_non_zero_from_the_shell():
    # A real process and its exit code; the province is checked before the database is touched.
    result = subprocess.run(
        [sys.executable, "manage.py", "add_municipality", "Zwolle", "--province", "Atlantis"],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
    )
    assert result.returncode != 0
    assert "Onbekende provincie" in result.stderr
