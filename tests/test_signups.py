"""Signing up for activities: capacity, the waiting list, cancelling by the emailed link,
the last place taken concurrently, and the public form."""

import re
import threading
from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from events import signups
from events.forms import SignUpForm
from events.models import EventPage, SignUp, Slot
from events.recurrence import aware
from tests.factories import add_event, calendar_of, municipality, person


def soon(days, hour=19):
    return aware(datetime.combine(timezone.localdate() + timedelta(days=days), time(hour)))


def make_event(capacity=3, waiting_list=True, slug="buurtlunch", **fields):
    return add_event(
        calendar_of(municipality("alkmaar")),
        "Buurtlunch",
        soon(3, 12),
        soon(3, 14),
        slug=slug,
        signup_capacity=capacity,
        waiting_list=waiting_list,
        **fields,
    )


def first_occurrence(event):
    return event.upcoming(1)[0]


def join(event, name, people=1, **contact):
    contact.setdefault("email", f"{name.lower()}@example.org")
    return signups.sign_up(
        event, first_occurrence(event), first_name=name, people=people, **contact
    )


@pytest.mark.django_db
def test_places_then_waiting_list_and_small_groups_still_fit(django_capture_on_commit_callbacks):
    event = make_event(capacity=3)
    with django_capture_on_commit_callbacks(execute=True):
        a = join(event, "Amal", people=2)
        b = join(event, "Bram", people=2)
        c = join(event, "Chen", people=1)
    assert [a.status, b.status, c.status] == ["confirmed", "waiting", "confirmed"]
    slot = Slot.objects.get(event=event)
    assert (slot.capacity, slot.taken, slot.matches) == (3, 3, 2)
    subjects = [message.subject for message in mail.outbox]
    assert subjects == [
        "Aangemeld: Buurtlunch",
        "Op de wachtlijst: Buurtlunch",
        "Aangemeld: Buurtlunch",
    ]


@pytest.mark.django_db
def test_full_without_waiting_list_is_refused():
    event = make_event(capacity=1, waiting_list=False)
    join(event, "Amal")
    with pytest.raises(signups.SignUpClosed):
        join(event, "Bram")
    assert SignUp.objects.filter(slot__event=event).count() == 1


@pytest.mark.django_db
def test_past_occurrences_and_events_without_places_take_no_signups():
    event = make_event(capacity=None)
    with pytest.raises(signups.SignUpClosed):
        join(event, "Amal")
    past = make_event(slug="oud")
    occurrence = first_occurrence(past)
    with pytest.raises(signups.SignUpClosed):
        signups.sign_up(
            past, occurrence, first_name="A", people=1, now=occurrence.start + timedelta(hours=1)
        )


@pytest.mark.django_db
def test_the_emailed_link_cancels_and_the_waiting_list_moves_up(
    client_for, django_capture_on_commit_callbacks
):
    event = make_event(capacity=2)
    with django_capture_on_commit_callbacks(execute=True):
        first = join(event, "Amal", people=2)
        waiting = join(event, "Bram", people=2)
    link = re.search(r"http://alkmaar\.localhost\S+", mail.outbox[0].body).group(0)
    path = link.removeprefix("http://alkmaar.localhost")
    client = client_for("alkmaar.localhost")
    html = client.get(path).content.decode()
    assert "Buurtlunch" in html and "aangemeld" in html and "Afmelden" in html
    # A link checker that follows the link cancels nothing: only the button does (POST).
    first.refresh_from_db()
    assert first.status == "confirmed"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path)
    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == "cancelled" and first.cancelled_at
    assert waiting.status == "confirmed" and waiting.promoted_at
    cancelled, promoted = mail.outbox
    assert (cancelled.subject, cancelled.to) == ("Afgemeld: Buurtlunch", ["amal@example.org"])
    assert (promoted.subject, promoted.to) == ("Er is plaats: Buurtlunch", ["bram@example.org"])
    # The cancellation mail says so, offers to sign up again and is signed by the site.
    assert "Je hebt je afgemeld voor:\n\nBuurtlunch" in cancelled.body
    assert "Meld je dan opnieuw aan:\nhttp://alkmaar.localhost/kalender/buurtlunch/" in (
        cancelled.body
    )
    assert "Meld je dan af via deze link" not in cancelled.body
    assert cancelled.body.rstrip().endswith("Aan de Slag Alkmaar")
    assert promoted.body.rstrip().endswith("Aan de Slag Alkmaar")
    html = client.get(path).content.decode()
    assert "Je aanmelding is geannuleerd." in html
    assert "Je hebt je afgemeld. Nu kan iemand anders je plaats krijgen." in html
    assert "We sturen je een e-mail dat je bent afgemeld." in html
    assert "een link om je af te melden" not in html
    assert "Afmelden</button>" not in html
    # Bram has the places now and the event keeps a waiting list: Amal can sign up again.
    assert 'href="/kalender/buurtlunch/#aanmelden">Opnieuw aanmelden</a>' in html
    slot = Slot.objects.get(event=event)
    assert (slot.taken, slot.matches) == (2, 1)


@pytest.mark.django_db
def test_a_forged_or_tampered_link_is_a_404(client_for):
    event = make_event()
    token = signups.token_for(join(event, "Amal"))
    client = client_for("alkmaar.localhost")
    assert client.get(f"/aanmelding/{token}/").status_code == 200
    assert client.get(f"/aanmelding/{token[:-2]}xx/").status_code == 404
    assert client.post("/aanmelding/1/").status_code == 404


@pytest.mark.django_db
def test_raising_the_capacity_gives_the_waiting_list_its_places(django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    join(event, "Amal")
    waiting = join(event, "Bram")
    event.signup_capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    # Lowering it below the places taken keeps the people who have them.
    event.signup_capacity = 1
    event.save_revision().publish()
    assert Slot.objects.get(event=event).capacity == 2


@pytest.mark.django_db
def test_the_database_refuses_an_overbooked_slot():
    from django.db import IntegrityError, transaction

    event = make_event(capacity=2)
    join(event, "Amal", people=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Slot.objects.filter(event=event).update(taken=3)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the concurrency guarantee is PostgreSQL's"
)
def test_concurrent_signups_never_both_get_the_last_place():
    """Eight people press "Aanmelden" for the last place at the same moment, each in their
    own connection: exactly one gets it."""
    event = make_event(capacity=3, waiting_list=False)
    join(event, "Eerste", people=2)
    occurrence = first_occurrence(event)
    contenders = 8
    barrier = threading.Barrier(contenders)
    results = []
    lock = threading.Lock()

    def contend(n):
        try:
            barrier.wait()
            signup = signups.sign_up(event, occurrence, first_name=f"Persoon {n}", people=1)
            outcome = signup.status
        except signups.SignUpClosed:
            outcome = "full"
        finally:
            connections.close_all()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=contend, args=(n,)) for n in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["confirmed"] + ["full"] * (contenders - 1)
    slot = Slot.objects.get(event=event)
    assert (slot.taken, slot.capacity) == (3, 3)
    assert SignUp.objects.filter(slot=slot, status="confirmed").count() == 2


@pytest.mark.django_db
def test_concurrent_waiting_list_signups_keep_their_order():
    # Not concurrent here, but the rule the threads rely on: a place only through the UPDATE.
    event = make_event(capacity=1, waiting_list=True)
    statuses = [join(event, f"P{n}").status for n in range(3)]
    assert statuses == ["confirmed", "waiting", "waiting"]


# The public form on the event page.
def form_data(event, **fields):
    data = {
        "occurrence": first_occurrence(event).key,
        "first_name": "Noor",
        "email": "noor@example.org",
        "phone": "",
        "people": "1",
        "group_names": "",
        "consent": "on",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_signing_up_on_the_event_page(client_for, django_capture_on_commit_callbacks):
    event = make_event(capacity=6, no_dutch_needed=True)
    client = client_for("alkmaar.localhost")
    html = client.get("/kalender/buurtlunch/").content.decode()
    assert "nog 6 plaatsen" in html and "Geen Nederlands nodig" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/kalender/buurtlunch/aanmelden/",
            form_data(event, people="4", group_names="Sami, Lina, Omar", phone="06 123 456 78"),
        )
    assert response.status_code == 302
    signup = SignUp.objects.get(slot__event=event)
    assert (signup.first_name, signup.people, signup.group_names) == ("Noor", 4, "Sami, Lina, Omar")
    assert signup.phone == "06 123 456 78"
    page = client.get(response["Location"]).content.decode()
    assert "Je bent aangemeld" in page
    html = client.get("/kalender/buurtlunch/").content.decode()
    assert "nog 2 plaatsen" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields, message",
    [
        ({"first_name": "   "}, "Dit is een verplicht veld."),
        ({"email": "", "phone": ""}, "Vul een e-mailadres of een telefoonnummer in"),
        ({"email": "geen-adres"}, "Voer een geldig e-mailadres in."),
        ({"phone": "bel me"}, "Een telefoonnummer bevat alleen cijfers"),
        ({"people": "0"}, "Zorg ervoor dat deze waarde minstens 1 is."),
        ({"people": "7"}, "Zorg ervoor dat deze waarde hoogstens 6 is."),
        ({"people": "veel"}, "Voer een geheel getal in."),
        (
            {"consent": ""},
            "Je kunt je alleen aanmelden als je akkoord gaat met de privacyverklaring.",
        ),
        ({"occurrence": "20990101T1000"}, "Selecteer een geldige keuze."),
        ({"occurrence": "\x00"}, "Selecteer een geldige keuze."),
    ],
)
def test_bad_input_gives_a_clear_dutch_message(client_for, fields, message):
    event = make_event(capacity=6)
    client = client_for("alkmaar.localhost")
    response = client.post("/kalender/buurtlunch/aanmelden/", form_data(event, **fields))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Controleer de gemarkeerde velden." in html
    assert not SignUp.objects.filter(slot__event=event).exists()


@pytest.mark.django_db
def test_hostile_names_are_escaped_and_bots_refused(client_for):
    event = make_event(capacity=6)
    client = client_for("alkmaar.localhost")
    response = client.post(
        "/kalender/buurtlunch/aanmelden/",
        form_data(event, first_name="<script>alert(1)</script>"),
    )
    page = client.get(response["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    response = client.post(
        "/kalender/buurtlunch/aanmelden/", form_data(event, website="http://spam.example")
    )
    assert response.status_code == 400
    assert SignUp.objects.filter(slot__event=event).count() == 1


@pytest.mark.django_db
def test_a_logged_in_member_gets_the_form_filled_in(client_for):
    make_event(capacity=6)
    client = client_for("alkmaar.localhost")
    member = person("lid-amira")
    client.force_login(member)
    html = client.get("/kalender/buurtlunch/").content.decode()
    assert f'<input type="email" name="email" value="{member.email}"' in html
    assert re.search(r'<input type="text" name="first_name" value="Amira"', html)


def test_the_form_asks_nothing_sensitive():
    assert set(SignUpForm().fields) == {
        "occurrence",
        "first_name",
        "email",
        "phone",
        "people",
        "group_names",
        "consent",
        "website",
    }


@pytest.mark.django_db
def test_full_dates_without_waiting_list_are_not_offered(client_for):
    event = make_event(capacity=1, waiting_list=False)
    join(event, "Amal")
    html = client_for("alkmaar.localhost").get("/kalender/buurtlunch/").content.decode()
    assert "Aanmelden kan nu niet. Er is op geen enkele datum nog plaats." in html
    assert EventPage.objects.get(pk=event.pk).takes_signups


@pytest.mark.django_db
def test_translations_share_the_places_of_their_source(client_for):
    from wagtail.models import Locale

    event = make_event(capacity=2)
    english = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    english = EventPage.objects.get(pk=english.pk)
    client = client_for("alkmaar.localhost")
    url = english.get_url().removeprefix("http://alkmaar.localhost")
    assert url == "/en/kalender/buurtlunch/"
    html = client.get(url).content.decode()
    assert "2 places left" in html or "nog 2 plaatsen" in html
    response = client.post(url + "aanmelden/", form_data(english, people="2"))
    assert response.status_code == 302
    # The place was taken on the Dutch original: it is full in both languages.
    assert Slot.objects.get().event_id == event.pk
    dutch = client.get("/kalender/buurtlunch/").content.decode()
    assert "vol, wachtlijst" in dutch
