"""Mail that is never lost (core/mail_queue.py): with the mail server down, registering, signing
up for an activity and "Neem contact op" still complete; the mails wait in the database queue and
the worker (the real `manage.py db_worker`) delivers each exactly once when the server is back.

A real SMTP server (aiosmtpd) listens on a loopback port that the tests stop and start; the
mail task backend is the database (as in production) and the worker runs as its command does,
for one batch."""

import asyncio
import email
import email.policy
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from config.settings import base as base_settings
from events.models import SignUp
from tests.factories import add_post, board_of, member, municipality
from tests.test_settings_production import PRODUCTION_ENV, run_manage
from tests.test_signups import form_data, make_event

PASSWORD = "Tuinieren-in-de-zon-42"
ALKMAAR = "alkmaar.localhost"


# --- A real SMTP server on loopback, stopped and started by the test ---------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """aiosmtpd's handler: keeps every accepted mail; refuses the addresses in `refused` for good
    (550) and those in `busy` for now (451)."""

    def __init__(self):
        self.received = []
        self.refused = set()
        self.busy = set()
        # Set: the server holds its answer to DATA until `release` is set (a slow server).
        self.hold = None
        self.data_arrived = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        if address in self.busy:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.received.append((list(envelope.rcpt_tos), message))
        self.data_arrived.set()
        while self.hold is not None and not self.hold.is_set():
            await asyncio.sleep(0.05)
        return "250 Message accepted for delivery"


class SMTPServer:
    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    @property
    def received(self):
        return self.inbox.received

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server():
    """Down until the test starts it."""
    server = SMTPServer()
    yield server
    server.stop()


@pytest.fixture
def mail_queue(settings, smtp_server):
    """Production's task backends (mail in the database, Wagtail's own immediate) and SMTP
    delivery to the loopback server."""
    settings.TASKS = base_settings.TASKS
    settings.EMAIL_BACKEND = "core.mail_queue.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    return smtp_server


def run_worker():
    """`manage.py db_worker --backend mail --batch`: runs what is due, then exits. It installs
    its own signal handlers; the test process gets its own back."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {each: signal.getsignal(each) for each in signals}
    try:
        call_command(
            "db_worker",
            "--backend",
            "mail",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
    finally:
        for each, handler in handlers.items():
            signal.signal(each, handler)


def waiting():
    return DBTaskResult.objects.filter(backend_name="mail", status="READY")


def let_time_pass():
    """The clock moves past every scheduled retry."""
    waiting().update(run_after=timezone.now() - timedelta(seconds=1))


def body_of(message, kind="plain"):
    """The text of the message's `kind` part, with the line ends it was written with (SMTP
    carries CRLF)."""
    return message.get_body(preferencelist=(kind,)).get_content().replace("\r\n", "\n")


# --- With the server down, the forms complete; the mail arrives once it is back ----------------


@pytest.mark.django_db(transaction=True)
def test_mail_waits_for_the_server_and_arrives_exactly_once(mail_queue, client_for):
    server = mail_queue
    municipality("alkmaar")
    event = make_event(capacity=6)
    post = add_post(board_of("alkmaar"), "Helpers voor de moestuin", author=member("lid-joost"))
    joost = member("lid-joost")

    # Registering, with the mail server down.
    visitor = client_for(ALKMAAR)
    response = visitor.post(
        "/accounts/signup/",
        {
            "email": "noor.nieuw@example.org",
            "display_name": "Noor",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        follow=True,
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "We sturen een e-mail naar noor.nieuw@example.org" in page
    assert "Soms duurt het even voor de mail er is" in page
    assert "we het later opnieuw" in page

    # Signing up for an activity.
    response = client_for(ALKMAAR).post(
        "/kalender/buurtlunch/aanmelden/", form_data(event, email="sami@example.org"), follow=True
    )
    assert response.status_code == 200
    assert "Je bent aangemeld" in response.content.decode()
    assert "We sturen je een e-mail met deze gegevens" in response.content.decode()
    assert SignUp.objects.filter(email="sami@example.org", status="confirmed").exists()

    # "Neem contact op".
    amira = client_for(ALKMAAR)
    amira.force_login(member("lid-amira"))
    response = amira.post(
        f"{post.board.url}{post.pk}/contact/", {"body": "Hoe laat begint het?"}, follow=True
    )
    assert response.status_code == 200
    assert "Je bericht is verstuurd. Joost krijgt het per e-mail." in response.content.decode()

    # Nothing delivered: three mails wait in the queue.
    assert server.received == []
    assert waiting().count() == 3

    # The worker tries, the server is down: each gets a next attempt a minute later.
    before = timezone.now()
    run_worker()
    assert server.received == []
    failed = DBTaskResult.objects.filter(backend_name="mail", status="FAILED")
    assert failed.count() == 3
    assert {row.exception_class_path for row in failed} == {"core.mail_queue.MailDeferred"}
    assert all("ConnectionRefusedError" in row.traceback for row in failed)
    retries = list(waiting())
    assert len(retries) == 3
    for retry in retries:
        assert retry.args_kwargs["kwargs"] == {"attempt": 2}
        delay = (retry.run_after - before).total_seconds()
        assert 55 <= delay <= 65, delay

    # Before the retry is due, the worker leaves it alone (even with the server back).
    server.start()
    run_worker()
    assert server.received == []
    assert waiting().count() == 3

    # A minute later: each mail arrives, once, to its own recipient.
    let_time_pass()
    run_worker()
    assert waiting().count() == 0
    by_recipient = {tuple(to): message for to, message in server.received}
    assert len(server.received) == 3
    assert set(by_recipient) == {("noor.nieuw@example.org",), ("sami@example.org",), (joost.email,)}
    welcome = by_recipient[("noor.nieuw@example.org",)]
    assert welcome["Subject"] == "Welkom bij Aan de Slag Alkmaar: bevestig je e-mailadres"
    assert re.search(r"http://alkmaar\.localhost/accounts/confirm-email/\S+", body_of(welcome))
    signup_mail = by_recipient[("sami@example.org",)]
    assert signup_mail["Subject"] == "Aangemeld: Buurtlunch"
    assert "/aanmelding/" in body_of(signup_mail)
    relayed = by_recipient[(joost.email,)]
    assert "Hoe laat begint het?" in body_of(relayed)
    assert "Amira" in body_of(relayed)

    # More worker runs send nothing again.
    let_time_pass()
    run_worker()
    assert len(server.received) == 3
    assert DBTaskResult.objects.filter(backend_name="mail", status="SUCCESSFUL").count() == 3


# --- Retries are bounded; a mail refused for good is given up at once --------------------------


@pytest.mark.django_db(transaction=True)
def test_a_refused_recipient_is_given_up_at_once_and_logged(mail_queue, caplog):
    server = mail_queue
    server.inbox.refused.add("bestaat.niet@example.org")
    server.start()
    send_mail("Een bericht", "Tekst", None, ["bestaat.niet@example.org"])
    run_worker()
    assert server.received == []
    [row] = DBTaskResult.objects.filter(backend_name="mail")
    assert row.status == "FAILED"
    assert row.exception_class_path == "core.mail_queue.MailNotDelivered"
    assert "550" in row.traceback
    assert "Mail not delivered after 1 attempt(s), given up" in caplog.text
    assert "bestaat.niet@example.org" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_busy_server_is_tried_again_until_the_attempts_run_out(mail_queue, settings, caplog):
    server = mail_queue
    settings.MAIL_RETRY_DELAYS = [60, 300]
    server.inbox.busy.add("druk@example.org")
    server.start()
    send_mail("Een bericht", "Tekst", None, ["druk@example.org"])
    run_worker()
    [retry] = waiting()
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    let_time_pass()
    run_worker()
    [retry] = waiting()
    assert retry.args_kwargs["kwargs"] == {"attempt": 3}
    assert (retry.run_after - timezone.now()).total_seconds() > 250
    let_time_pass()
    run_worker()
    assert not waiting().exists()
    given_up = DBTaskResult.objects.filter(exception_class_path="core.mail_queue.MailNotDelivered")
    assert given_up.count() == 1
    assert "451" in given_up.get().traceback
    assert "Mail not delivered after 3 attempt(s), given up" in caplog.text
    assert server.received == []


# --- What an operator sees, and sending a given-up mail again ----------------------------------


@pytest.mark.django_db(transaction=True)
def test_mail_queue_lists_waiting_and_given_up_mails_and_sends_one_again(
    mail_queue, settings, capsys
):
    server = mail_queue
    settings.MAIL_RETRY_DELAYS = [60]
    send_mail("Je aanmelding", "Tekst", None, ["noor@example.org"])
    run_worker()
    call_command("mail_queue")
    out = capsys.readouterr().out
    assert "1 waiting" in out
    assert "0 given up" in out

    let_time_pass()
    run_worker()  # the second and last attempt: given up
    call_command("mail_queue")
    out = capsys.readouterr().out
    assert "0 waiting" in out and "1 given up" in out
    given_up = DBTaskResult.objects.get(exception_class_path="core.mail_queue.MailNotDelivered")
    assert str(given_up.id) in out
    assert "noor@example.org" in out and "Je aanmelding" in out

    server.start()
    call_command("mail_queue", "--retry", str(given_up.id))
    assert "queued again" in capsys.readouterr().out
    run_worker()
    [(to, message)] = server.received
    assert to == ["noor@example.org"]
    assert message["Subject"] == "Je aanmelding"
    call_command("mail_queue")
    out = capsys.readouterr().out
    assert "0 waiting" in out and "0 given up" in out


# --- The message arrives as it was written -----------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_every_part_of_a_message_survives_the_queue(mail_queue):
    server = mail_queue
    server.start()
    message = EmailMultiAlternatives(
        subject="Aangemeld: Buurtlunch — tot zaterdag",
        body="Hoi Noor,\n\nJe bent aangemeld. Tot dan!\n",
        from_email="Aan de Slag Alkmaar <noreply@example.org>",
        to=["Noor <noor@example.org>"],
        cc=["coordinator@example.org"],
        bcc=["archief@example.org"],
        reply_to=["balie@example.org"],
        headers={"X-Aan-De-Slag": "aanmelding"},
    )
    message.attach_alternative("<p>Hoi Noor, je bent <strong>aangemeld</strong>.</p>", "text/html")
    message.attach("aanmelding.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.attach("logo.png", b"\x89PNG\r\n\x1a\n\x00\x01", "image/png")
    assert message.send() == 1
    assert server.received == []  # queued, not sent
    run_worker()
    [(envelope_to, received)] = server.received
    assert sorted(envelope_to) == [
        "archief@example.org",
        "coordinator@example.org",
        "noor@example.org",
    ]
    assert received["Subject"] == "Aangemeld: Buurtlunch — tot zaterdag"
    assert received["From"] == "Aan de Slag Alkmaar <noreply@example.org>"
    assert received["To"] == "Noor <noor@example.org>"
    assert received["Cc"] == "coordinator@example.org"
    assert received["Bcc"] is None  # in the envelope only
    assert received["Reply-To"] == "balie@example.org"
    assert received["X-Aan-De-Slag"] == "aanmelding"
    assert received["Message-ID"] and received["Date"]
    assert body_of(received) == "Hoi Noor,\n\nJe bent aangemeld. Tot dan!\n"
    assert body_of(received, "html") == "<p>Hoi Noor, je bent <strong>aangemeld</strong>.</p>"
    attachments = {part.get_filename(): part for part in received.iter_attachments()}
    assert attachments["aanmelding.ics"].get_content_type() == "text/calendar"
    assert "BEGIN:VCALENDAR" in attachments["aanmelding.ics"].get_content()
    assert attachments["logo.png"].get_content() == b"\x89PNG\r\n\x1a\n\x00\x01"


# --- Wagtail's own background work still happens at once ---------------------------------------


@pytest.mark.django_db(transaction=True)
def test_wagtail_tasks_still_run_at_once_beside_the_mail_queue(mail_queue):
    municipality("zwolle", name="Zwolle")
    # The search index was updated in the request (Wagtail's task on the immediate backend).
    assert Page.objects.live().search("Zwolle").count() >= 1
    assert not DBTaskResult.objects.exists()


def test_production_queues_mail_in_the_database_and_runs_wagtail_tasks_at_once():
    result = run_manage("diffsettings", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "EMAIL_BACKEND = 'core.mail_queue.QueuedEmailBackend'" in out
    assert "EMAIL_DELIVERY_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'" in out
    assert "'mail': {'BACKEND': 'django_tasks_db.DatabaseBackend'}" in out
    assert "'default': {'BACKEND': 'django_tasks.backends.immediate.ImmediateBackend'}" in out


# --- A worker killed while it sends: the mail is not sent twice, and not lost --------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a second process needs the shared database"
)
def test_a_worker_killed_while_sending_sends_nothing_twice(mail_queue, capsys):
    """The worker as production runs it (its settings, its own process), killed with SIGKILL
    after the server took the mail but before it answered: the worker never learnt whether the
    mail went out, so it is never sent again by itself; `mail_queue` shows it, and only
    `--retry` sends it again."""
    server = mail_queue
    server.inbox.hold = threading.Event()
    server.start()
    send_mail("Je aanmelding", "Tekst", None, ["noor@example.org"])
    database = connection.settings_dict
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DATABASE_URL=(
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        EMAIL_URL=f"smtp://127.0.0.1:{server.port}",
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "mail", "--no-startup-delay"],
        cwd=django_settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert server.inbox.data_arrived.wait(60), "the worker never sent the mail"
        worker.kill()
        worker.wait(30)
    finally:
        if worker.poll() is None:
            worker.kill()
    server.inbox.hold.set()
    [row] = DBTaskResult.objects.filter(backend_name="mail")
    assert row.status == "RUNNING"

    # Later workers leave it alone: the server already has it once.
    let_time_pass()
    run_worker()
    assert len(server.received) == 1
    call_command("mail_queue")
    out = capsys.readouterr().out
    assert "1 being sent" in out and str(row.id) in out

    # The operator decides it did not arrive and sends it again: one more, with the same id.
    server.inbox.hold = None
    call_command("mail_queue", "--retry", str(row.id))
    run_worker()
    assert len(server.received) == 2
    first, second = (message for _to, message in server.received)
    assert first["Message-ID"] == second["Message-ID"]
    call_command("mail_queue")
    out = capsys.readouterr().out
    assert "0 waiting" in out and "0 being sent" in out and "0 given up" in out
