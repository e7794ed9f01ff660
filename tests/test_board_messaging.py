"""Reaching a poster through the site: "Ik help mee" and "Neem contact op", and the answer
through the link in the email. Neither side ever sees the other's email address."""

import re
from urllib.parse import urlencode, urlsplit

import pytest
from django.core import mail
from django.utils import timezone

from board.messaging import MAX_MESSAGES_PER_DAY
from board.models import ContactMessage, HelpOffer
from tests.factories import add_post, board_of, member, path_of

pytestmark = pytest.mark.django_db

ALKMAAR = "alkmaar.localhost"


@pytest.fixture
def board():
    return board_of("alkmaar")


@pytest.fixture
def task(board):
    return add_post(
        board,
        "Helpers voor de moestuin",
        author=member("lid-joost"),
        kind="klus",
        body="We zoeken handen voor het onkruid.",
        organisation="Stadsboerderij",
        task="Onkruid wieden en water geven.",
        weekly=True,
        group_size_max=5,
    )


@pytest.fixture
def login(client_for):
    def make(username):
        client = client_for(ALKMAAR)
        client.force_login(member(username))
        return client

    return make


def url(post, action=""):
    base = f"{path_of(post.board)}{post.pk}/"
    return f"{base}{action}/" if action else base


def shown(response):
    """The messages shown after following a redirect."""
    return [str(message) for message in response.context["messages"]]


def as_text(email):
    """Everything a recipient can read: every header and the body."""
    return email.message().as_string()


def assert_private(email, recipient, sender):
    """To the recipient only, from the site, and the sender's address nowhere."""
    assert email.to == [recipient.email]
    assert not email.cc and not email.bcc and not email.reply_to
    text = as_text(email)
    assert sender.email not in text
    assert "Reply-To" not in text
    # The recipient's own address appears only in the To header.
    assert text.count(recipient.email) == 1
    assert f"To: {recipient.email}" in text


def answer_link(email):
    return re.search(r"https?://\S+/contact/\?antwoord=\d+", email.body).group(0)


def answer_path(email):
    """The site-relative address of the answer link in an email."""
    parts = urlsplit(answer_link(email))
    return f"{parts.path}?{parts.query}"


# --- Ik help mee ----------------------------------------------------------------------------------


def test_help_is_offered_once_and_the_poster_is_told_by_name(
    task, login, django_capture_on_commit_callbacks
):
    client = login("lid-amira")
    amira, joost = member("lid-amira"), member("lid-joost")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(task, "ik-help-mee"), follow=True)
    assert response.redirect_chain[-1][0].endswith(url(task))
    assert "Bedankt! Joost krijgt een e-mail dat je wilt meehelpen." in shown(response)
    assert HelpOffer.objects.filter(post=task, helper=amira).count() == 1

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert_private(email, joost, amira)
    assert "Amira wil graag meehelpen met je bericht “Helpers voor de moestuin”" in email.body
    # In the site's voice, signed with the name of the site the post is on.
    assert email.body.startswith("Hoi Joost,")
    assert email.body.rstrip().endswith("Aan de Slag Alkmaar")
    assert "Amira wil meehelpen: Helpers voor de moestuin" == email.subject
    assert f"http://{ALKMAAR}" in answer_link(email)

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(url(task, "ik-help-mee"), follow=True)
    assert "Je hebt je hulp al aangeboden." in shown(again)
    assert HelpOffer.objects.filter(post=task, helper=amira).count() == 1
    assert len(mail.outbox) == 1


def test_the_poster_answers_a_help_offer_through_the_site(
    task, login, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        login("lid-amira").post(url(task, "ik-help-mee"))
    joost = login("lid-joost")
    page = joost.get(answer_path(mail.outbox[0]))
    assert page.status_code == 200
    assert "Antwoord aan Amira" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = joost.post(answer_path(mail.outbox[0]), {"body": "Fijn! Zaterdag om 10 uur?"})
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    reply = mail.outbox[1]
    assert_private(reply, member("lid-amira"), member("lid-joost"))
    assert "Fijn! Zaterdag om 10 uur?" in reply.body


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("vraag", {}, "Bij dit bericht kun je geen hulp aanbieden."),
        ("klus", {"status": "pending"}, None),  # not visible: 404
        ("aanbod", {"closed_at": timezone.now()}, None),  # closed: only its author sees it
    ],
)
def test_help_only_on_open_posts_that_take_help(
    board, login, kind, fields, message, django_capture_on_commit_callbacks
):
    post = add_post(board, "Iets", author=member("lid-joost"), kind=kind, **fields)
    with django_capture_on_commit_callbacks(execute=True):
        response = login("lid-amira").post(url(post, "ik-help-mee"), follow=True)
    if message:
        assert message in shown(response)
    else:
        assert response.status_code == 404
    assert not HelpOffer.objects.exists()
    assert not mail.outbox


def test_no_help_offer_on_your_own_post(task, login):
    response = login("lid-joost").post(url(task, "ik-help-mee"), follow=True)
    assert "Dit is je eigen bericht." in shown(response)
    assert not HelpOffer.objects.exists()


def test_help_needs_a_verified_member(task, client_for):
    client = client_for(ALKMAAR)
    client.force_login(member("nog-niet", verified=False))
    response = client.post(url(task, "ik-help-mee"))
    assert response.status_code == 403
    assert "Alleen leden met een bevestigd e-mailadres" in response.content.decode()
    assert not HelpOffer.objects.exists()


def test_anonymous_help_goes_to_login(task, client_for):
    response = client_for(ALKMAAR).post(url(task, "ik-help-mee"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not HelpOffer.objects.exists()


# --- Neem contact op ------------------------------------------------------------------------------


def test_contact_and_answer_round_trip_without_addresses(
    task, login, django_capture_on_commit_callbacks
):
    amira, joost = member("lid-amira"), member("lid-joost")
    client = login("lid-amira")
    form = client.get(url(task, "contact"))
    assert form.status_code == 200
    html = form.content.decode()
    assert "Bericht aan Joost" in html
    assert 'name="website"' in html
    assert "no-cache" in form["Cache-Control"] or "private" in form["Cache-Control"]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(task, "contact"), {"body": "Hoe laat begint het?"}, follow=True)
    assert response.redirect_chain[-1][0].endswith(url(task))
    assert "Je bericht is verstuurd. Joost krijgt het per e-mail." in shown(response)
    message = ContactMessage.objects.get(post=task)
    assert (message.sender, message.recipient, message.body) == (
        amira,
        joost,
        "Hoe laat begint het?",
    )
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert_private(email, joost, amira)
    assert "Amira stuurt je een bericht over “Helpers voor de moestuin”" in email.body
    assert "Hoe laat begint het?" in email.body

    # Joost answers through the link in the email.
    joost_client = login("lid-joost")
    page = joost_client.get(answer_path(email))
    assert page.status_code == 200
    assert "Hoe laat begint het?" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        answered = joost_client.post(answer_path(email), {"body": "Om tien uur."}, follow=True)
    assert "Je antwoord is verstuurd." in shown(answered)
    reply = ContactMessage.objects.get(reply_to=message)
    assert (reply.sender, reply.recipient) == (joost, amira)
    assert len(mail.outbox) == 2
    answer = mail.outbox[1]
    assert_private(answer, amira, joost)
    assert "Joost heeft je geantwoord over “Helpers voor de moestuin”" in answer.body
    assert "Om tien uur." in answer.body

    # And Amira can answer that answer in turn, also after Joost closed his post.
    task.closed_at = timezone.now()
    task.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(answer_path(answer), {"body": "Top, tot dan."})
    assert ContactMessage.objects.filter(reply_to=reply, sender=amira, recipient=joost).exists()
    assert_private(mail.outbox[2], joost, amira)


def test_only_the_recipient_can_use_the_answer_link(
    task, login, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        login("lid-amira").post(url(task, "contact"), {"body": "Hoe laat begint het?"})
    link = answer_path(mail.outbox[0])
    # Not Fatima, and not Amira (who sent it) either.
    for username in ("lid-fatima", "lid-amira"):
        client = login(username)
        assert client.get(link).status_code == 403
        response = client.post(link, {"body": "Ik lees mee."})
        assert response.status_code == 403
        assert "Je kunt alleen antwoorden op een bericht dat aan jou is gestuurd." in (
            response.content.decode()
        )
    assert login("lid-joost").get(f"{url(task, 'contact')}?antwoord=abc").status_code == 403
    assert ContactMessage.objects.count() == 1
    assert len(mail.outbox) == 1


def test_anonymous_contact_goes_to_login_and_back(task, client_for):
    response = client_for(ALKMAAR).get(url(task, "contact"))
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?" + urlencode({"next": url(task, "contact")})


def test_no_message_to_yourself(task, login):
    response = login("lid-joost").get(url(task, "contact"))
    assert response.status_code == 403
    assert "Dit is je eigen bericht; je kunt jezelf geen bericht sturen." in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"body": "   "}, "Je bericht is leeg. Schrijf eerst iets."),
        ({"body": ""}, "Je bericht is leeg. Schrijf eerst iets."),
        (
            {"body": "Kijk https://a.nl https://b.nl https://c.nl https://d.nl"},
            "Een bericht mag hoogstens 3 links bevatten.",
        ),
        (
            {"body": "Hallo", "website": "http://spam.example"},
            "Je bericht kon niet worden verwerkt.",
        ),
        ({"body": "x" * 2001}, "De tekst is 2001 tekens lang; het maximum is 2000 tekens."),
    ],
)
def test_bad_input_gets_a_clear_message(task, login, data, message):
    response = login("lid-amira").post(url(task, "contact"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ContactMessage.objects.exists()
    assert not mail.outbox


def test_at_most_ten_messages_a_day(task, board, login, django_capture_on_commit_callbacks):
    amira = member("lid-amira")
    other = add_post(board, "Ander bericht", author=member("lid-fatima"))
    ContactMessage.objects.bulk_create(
        ContactMessage(post=other, sender=amira, recipient=other.author, body=f"Bericht {n}")
        for n in range(MAX_MESSAGES_PER_DAY)
    )
    client = login("lid-amira")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(task, "contact"), {"body": "Nog eentje."})
        helped = client.post(url(task, "ik-help-mee"), follow=True)
    assert response.status_code == 429
    limit = "Je kunt hoogstens 10 berichten per dag via de site sturen. Probeer het morgen weer."
    assert limit in response.content.decode()
    assert limit in shown(helped)
    assert ContactMessage.objects.filter(post=task).count() == 0
    assert not HelpOffer.objects.exists()
    assert not mail.outbox


def test_no_contact_on_a_closed_post(task, login):
    task.closed_at = task.created_at
    task.save()
    # Only the author still sees a closed post; everyone else gets a 404.
    assert login("lid-amira").get(url(task, "contact")).status_code == 404
