"""Sign-ups in the Wagtail admin: the organisers of an event (its municipality's editors, or the
national editors for national events) see and export its sign-ups; nobody else does."""

import csv
import io
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from events.models import EventPage
from events.organisers import visible_events
from events.signups import sign_up
from municipalities.models import MunicipalityHomePage
from tests.factories import add_event, at, calendar_of, person

pytestmark = pytest.mark.django_db

ADMIN = "/admin/aanmeldingen/"
WANDELCLUB = "Wandelclub vanuit het AZC"
NATIONAL = "Landelijke Aan de Slag-dag"
NACHTWANDELING = "Nachtwandeling over de Veluwezoom"
CSV_HEADER = [
    "datum",
    "tijd",
    "voornaam",
    "e-mail",
    "telefoon",
    "personen",
    "voornamen groep",
    "status",
    "aangemeld op",
]


user = person


def next_day(weekday, weeks=0):
    """The first date on this weekday (0 = Monday) after today, `weeks` weeks on."""
    today = timezone.localdate()
    day = today + timedelta(weeks=weeks, days=1)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


@pytest.fixture(autouse=True)
def events(national_home, municipality):
    """A weekly Alkmaar walk, a national day and an Arnhem night walk, all with sign-ups."""
    tuesday = next_day(1)
    add_event(
        calendar_of(municipality("alkmaar")),
        WANDELCLUB,
        at(tuesday.year, tuesday.month, tuesday.day, 10),
        at(tuesday.year, tuesday.month, tuesday.day, 11, 30),
        repeat_frequency="weekly",
        repeat_weekdays=[1, 3],
        signup_capacity=12,
        waiting_list=True,
    )
    saturday = next_day(5, weeks=3)
    add_event(
        calendar_of(national_home),
        NATIONAL,
        at(saturday.year, saturday.month, saturday.day, 10),
        at(saturday.year, saturday.month, saturday.day, 16),
        show_on_all_sites=True,
        signup_capacity=300,
    )
    night = next_day(5, weeks=2)
    add_event(
        calendar_of(municipality("arnhem")),
        NACHTWANDELING,
        at(night.year, night.month, night.day, 22),
        at(night.year, night.month, night.day, 23, 30),
        signup_capacity=20,
    )


def admin_client(username):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user(username))
    return client


def event(title):
    return EventPage.objects.get(title=title)


def sign(event, first_name, **fields):
    fields.setdefault("people", 1)
    return sign_up(event, event.upcoming(1)[0], first_name=first_name, **fields)


def detail_url(event):
    return f"{ADMIN}{event.pk}/"


def csv_url(event):
    return f"{ADMIN}{event.pk}/csv/"


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def assert_private(response):
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


@pytest.fixture
def wandelclub():
    return event(WANDELCLUB)


@pytest.fixture
def national_event():
    return event(NATIONAL)


@pytest.fixture
def alkmaar_signups(wandelclub):
    return [
        sign(wandelclub, "Samira", email="samira@example.org", people=3, group_names="Lina Omar"),
        sign(wandelclub, "Joost", phone="0612345678"),
    ]


def test_alkmaar_editor_sees_the_sign_ups_of_alkmaar_events(wandelclub, alkmaar_signups):
    client = admin_client("redactie-alkmaar")
    assert ADMIN in client.get("/admin/").content.decode()

    overview = client.get(ADMIN)
    assert overview.status_code == 200
    assert_private(overview)
    html = overview.content.decode()
    assert WANDELCLUB in html and "4 van 12" in html

    detail = client.get(detail_url(wandelclub))
    assert detail.status_code == 200
    assert_private(detail)
    html = detail.content.decode()
    for text in ["Samira", "samira@example.org", "Lina Omar", "Joost", "0612345678"]:
        assert text in html
    assert csv_url(wandelclub) in html


def test_alkmaar_editor_exports_the_sign_ups_as_csv(wandelclub, alkmaar_signups):
    response = admin_client("redactie-alkmaar").get(csv_url(wandelclub))
    assert response.status_code == 200
    assert_private(response)
    assert response["Content-Type"].startswith("text/csv")
    assert f"aanmeldingen-{wandelclub.slug}.csv" in response["Content-Disposition"]

    header, *rows = csv_rows(response)
    assert header == CSV_HEADER
    start = timezone.localtime(alkmaar_signups[0].slot.starts_at)
    day, signed_up = f"{start:%d-%m-%Y}", timezone.localtime(alkmaar_signups[0].created_at)
    assert rows == [
        [
            day,
            "10:00-11:30",
            "Samira",
            "samira@example.org",
            "",
            "3",
            "Lina Omar",
            "aangemeld",
            f"{signed_up:%d-%m-%Y %H:%M}",
        ],
        [day, "10:00-11:30", "Joost", "", "0612345678", "1", "", "aangemeld", rows[1][8]],
    ]


def test_arnhem_editor_never_sees_alkmaar_sign_ups(wandelclub, alkmaar_signups):
    sign(event(NACHTWANDELING), "Daan", email="daan@example.org")
    client = admin_client("redactie-arnhem")

    overview = client.get(ADMIN)
    assert overview.status_code == 200
    html = overview.content.decode()
    assert NACHTWANDELING in html and WANDELCLUB not in html

    for url in [detail_url(wandelclub), csv_url(wandelclub)]:
        response = client.get(url)
        assert response.status_code == 403
        assert_private(response)
        assert "Samira" not in response.content.decode()


def test_national_editors_see_national_sign_ups_but_not_local_ones(
    wandelclub, national_event, alkmaar_signups
):
    sign(national_event, "Noor", email="noor@example.org", people=2)
    client = admin_client("landelijke-redactie")

    overview = client.get(ADMIN)
    assert overview.status_code == 200
    html = overview.content.decode()
    assert NATIONAL in html and WANDELCLUB not in html

    rows = csv_rows(client.get(csv_url(national_event)))[1:]
    assert [(row[2], row[3], row[5]) for row in rows] == [("Noor", "noor@example.org", "2")]
    assert client.get(detail_url(wandelclub)).status_code == 403
    assert client.get(csv_url(wandelclub)).status_code == 403


def test_local_editors_do_not_see_national_sign_ups(national_event):
    sign(national_event, "Noor", email="noor@example.org")
    client = admin_client("redactie-alkmaar")
    assert NATIONAL not in client.get(ADMIN).content.decode()
    assert client.get(csv_url(national_event)).status_code == 403


def test_the_rule_per_user(wandelclub, national_event):
    alkmaar_events = set(visible_events(user("redactie-alkmaar")))
    assert wandelclub in alkmaar_events and national_event not in alkmaar_events
    alkmaar = MunicipalityHomePage.objects.get(slug="alkmaar")
    assert all(e.path.startswith(alkmaar.path) for e in alkmaar_events)
    national_events = set(visible_events(user("landelijke-redactie")))
    assert national_event in national_events and wandelclub not in national_events
    assert not visible_events(user("redactie-arnhem")).filter(pk=wandelclub.pk).exists()
    assert not visible_events(user("moderatie-alkmaar")).exists()
    everything = visible_events(user("admin"))
    assert everything.filter(pk__in=[wandelclub.pk, national_event.pk]).count() == 2


def test_superuser_sees_every_event(wandelclub, national_event, alkmaar_signups):
    sign(national_event, "Noor")
    client = admin_client("admin")
    html = client.get(ADMIN).content.decode()
    assert WANDELCLUB in html and NATIONAL in html
    assert client.get(csv_url(wandelclub)).status_code == 200


@pytest.mark.parametrize("username", ["moderatie-alkmaar", "redactie-arnhem"])
def test_moderators_and_other_sites_cannot_open_alkmaar_sign_ups(
    username, wandelclub, alkmaar_signups
):
    client = admin_client(username)
    for url in [detail_url(wandelclub), csv_url(wandelclub)]:
        response = client.get(url)
        assert response.status_code == 403
        assert "samira@example.org" not in response.content.decode()


def test_moderator_gets_no_menu_item_and_no_overview(alkmaar_signups):
    client = admin_client("moderatie-alkmaar")
    assert ADMIN not in client.get("/admin/").content.decode()
    assert client.get(ADMIN).status_code == 403


def test_members_and_anonymous_visitors_are_refused(wandelclub, alkmaar_signups):
    member = user("lid-amira")
    assert not visible_events(member).exists()
    member_client = admin_client("lid-amira")
    anonymous = Client(HTTP_HOST="localhost")
    for client in [member_client, anonymous]:
        for url in [ADMIN, detail_url(wandelclub), csv_url(wandelclub)]:
            response = client.get(url)
            assert response.status_code == 302 and "/login/" in response["Location"]


def test_unknown_event_is_refused_like_someone_elses(alkmaar_signups):
    response = admin_client("redactie-alkmaar").get(f"{ADMIN}999999/csv/")
    assert response.status_code == 403


def test_csv_neutralises_formulas(wandelclub):
    sign(
        wandelclub,
        '=HYPERLINK("https://example.org","klik")',
        email="@evil.example.org",
        phone="+31612345678",
        group_names="-2+3",
    )
    sign(wandelclub, "\tTab", phone="\rcr")
    rows = csv_rows(admin_client("redactie-alkmaar").get(csv_url(wandelclub)))[1:]
    first, second = rows
    assert first[2] == '\'=HYPERLINK("https://example.org","klik")'
    assert first[3] == "'@evil.example.org"
    assert first[4] == "'+31612345678"
    assert first[6] == "'-2+3"
    assert second[2] == "'\tTab" and second[4] == "'\rcr"


def test_translations_follow_the_rule_of_their_source(wandelclub):
    english = wandelclub.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.save_revision().publish()
    sign(EventPage.objects.get(pk=english.pk), "Emma", email="emma@example.org")

    assert admin_client("redactie-alkmaar").get(csv_url(english)).status_code == 200
    assert "Emma" in admin_client("redactie-alkmaar").get(detail_url(english)).content.decode()
    for username in ["landelijke-redactie", "redactie-arnhem", "moderatie-alkmaar"]:
        assert admin_client(username).get(csv_url(english)).status_code == 403
