"""The sign-ups admin as a Wagtail ModelViewSet: search, filters and XLSX export keep to the
organisers' rule, and the menu item asks the database nothing of its own."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.test import Client, RequestFactory
from wagtail.admin.auth import user_has_any_page_permission

from events.admin_views import SignUpViewSet
from events.models import EventPage
from events.signups import sign_up
from tests.factories import (
    WANDELCLUB,
    add_event,
    add_wandelclub,
    at,
    calendar_of,
    municipality,
    next_weekday,
    person,
)

pytestmark = pytest.mark.django_db

ADMIN = "/admin/aanmeldingen/"
NACHTWANDELING = "Nachtwandeling over de Veluwezoom"


def admin_client(username):
    """Logged in to the admin as the person this name stands for (tests.factories.person)."""
    client = Client(HTTP_HOST="localhost")
    client.force_login(person(username))
    return client


def sign(event, first_name, **fields):
    fields.setdefault("people", 1)
    return sign_up(event, event.upcoming(1)[0], first_name=first_name, **fields)


@pytest.fixture
def nachtwandeling():
    """Another municipality's event with sign-ups: Arnhem's night walk."""
    start = at(*next_weekday(4).timetuple()[:3], 21)
    return add_event(
        calendar_of(municipality("arnhem")),
        NACHTWANDELING,
        start,
        start + timedelta(hours=2),
        signup_capacity=20,
    )


@pytest.fixture
def signups(nachtwandeling):
    wandelclub = add_wandelclub(calendar_of(municipality("alkmaar")))
    sign(wandelclub, "Samira", email="samira@example.org")
    sign(wandelclub, "=Joost", phone="0612345678")
    sign(nachtwandeling, "Daan", email="daan@example.org")


@pytest.mark.parametrize(
    "username, shown", [("redactie-alkmaar", True), ("moderatie-alkmaar", False)]
)
def test_the_menu_item_asks_the_database_nothing_of_its_own(
    username, shown, django_assert_num_queries
):
    request = RequestFactory().get("/admin/")
    request.user = person(username)
    # The admin loads the user's page permissions once per request (the explorer's menu
    # item asks this); the sign-ups item reads the same.
    user_has_any_page_permission(request.user)
    item = SignUpViewSet().menu_item_class("Aanmeldingen", ADMIN)
    with django_assert_num_queries(0):
        assert item.is_shown(request) is shown


def test_search_and_filters_stay_within_the_rule(signups):
    client = admin_client("redactie-alkmaar")
    html = client.get(ADMIN, {"q": "Samira"}).content.decode()
    assert "samira@example.org" in html and "0612345678" not in html
    # Searching does not reach another municipality's sign-ups.
    assert "daan@example.org" not in client.get(ADMIN, {"q": "Daan"}).content.decode()
    html = client.get(ADMIN, {"status": "waiting"}).content.decode()
    assert "samira@example.org" not in html
    # The event filter offers only the user's own events.
    filters = client.get(ADMIN).content.decode()
    assert WANDELCLUB in filters and NACHTWANDELING not in filters
    nachtwandeling = EventPage.objects.get(title=NACHTWANDELING)
    html = client.get(ADMIN, {"event": nachtwandeling.pk}).content.decode()
    assert "daan@example.org" not in html


def test_xlsx_export_holds_only_the_user_s_sign_ups_as_text(signups):
    response = admin_client("redactie-alkmaar").get(ADMIN, {"export": "xlsx"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "aanmeldingen.xlsx" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *rows = sheet.iter_rows(values_only=True)
    assert header[:3] == ("datum", "tijd", "voornaam")
    assert sorted(row[2] for row in rows) == ["=Joost", "Samira"]
    # A name that looks like a formula is stored as text, never as a formula.
    cells = [row[2] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)
