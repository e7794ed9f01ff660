"""Mail that is never lost: every outgoing mail is a task, delivered by a worker, with retries.

`EMAIL_BACKEND` is `QueuedEmailBackend`, so every mail the sites send (allauth's account mails,
sign-ups, moderation notices, relayed board messages, Django's own) becomes a `deliver_mail` task
on the task backend `MAIL_TASK_BACKEND` ("mail"): a row in the database (django-tasks-db), written
in the caller's transaction, so a request that rolls back sends nothing and one that commits
keeps its mail whatever the mail server does. The worker (`manage.py db_worker --backend mail`)
sends it with the real backend, `EMAIL_DELIVERY_BACKEND` (from `EMAIL_URL`).

A temporary failure (no connection, a timeout, an SMTP 4xx answer, a refused login) enqueues the
next attempt after `MAIL_RETRY_DELAYS[attempt - 1]` seconds and marks this attempt failed with
`MailDeferred`; when the delays are used up, or the server refuses the message for good (a 5xx
answer), the attempt fails with `MailNotDelivered` and is logged as an error. `manage.py
mail_queue` lists what waits and what failed.

What is guaranteed: a mail is sent at most once per queued row. The worker marks the row as
running (committed) before it talks to the mail server, and no row is ever run twice by the
worker; the next attempt is a new row, enqueued only after the server refused or could not be
reached. A worker killed while it talks to the server leaves its row "running" (it may or may not
have been delivered): it is never resent by itself, `mail_queue` lists it and `mail_queue
--retry <id>` sends it again. Every attempt carries the Message-ID given when the mail was
queued, so a mail resent by hand is recognisable as the same mail.
"""

import base64
import logging
import smtplib
from datetime import timedelta
from email.utils import formatdate, make_msgid

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import DNS_NAME
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

MAIL_TASK_BACKEND = "mail"


class MailDeferred(Exception):
    """This attempt failed for a reason that may pass; the next one is queued."""


class MailNotDelivered(Exception):
    """The mail was given up: refused for good, or every attempt failed."""


# --- The message as JSON ------------------------------------------------------------------------


def _content(value):
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return {"text": str(value)}


def _uncontent(value):
    if "base64" in value:
        return base64.b64decode(value["base64"])
    return value["text"]


def serialize(message):
    """A JSON-able dict with everything `message` says: subject, body, addresses, headers, HTML
    alternatives and file attachments. A Message-ID and Date are fixed now, so every attempt
    sends the same mail."""
    headers = {str(name): str(value) for name, value in message.extra_headers.items()}
    names = {name.lower() for name in headers}
    if "message-id" not in names:
        headers["Message-ID"] = make_msgid(domain=DNS_NAME)
    if "date" not in names:
        headers["Date"] = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise ValueError("Only (filename, content, mimetype) attachments can be queued.")
        filename, content, mimetype = attachment
        attachments.append([filename, _content(content), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": headers,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "encoding": str(message.encoding) if message.encoding else None,
    }


def deserialize(data):
    """The EmailMessage (EmailMultiAlternatives when it has alternatives) `serialize` read."""
    cls = EmailMultiAlternatives if data["alternatives"] else EmailMessage
    message = cls(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, _uncontent(content), mimetype)
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    message.encoding = data["encoding"]
    return message


def describe(data):
    """A line for logs and `mail_queue`: the Message-ID, the recipients and the subject."""
    to = ", ".join(data["to"] + data["cc"] + data["bcc"])
    return f"{data['headers'].get('Message-ID', '')} to {to}: {data['subject']!r}"


# --- Sending ------------------------------------------------------------------------------------


def is_temporary(error):
    """Whether trying again later may deliver: no connection or a timeout (OSError, of which
    smtplib's errors are a kind), a 4xx answer, or a refused login (our configuration, which an
    operator can mend). A 5xx answer about the sender, a recipient or the message is final, and
    so is anything else (a bug: trying again changes nothing)."""
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code < 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code < 500
    return isinstance(error, OSError)


@task(backend=MAIL_TASK_BACKEND)
def deliver_mail(message, attempt=1):
    """Send one queued mail with the real backend; on a temporary failure queue the next
    attempt (see the module's docstring)."""
    email = deserialize(message)
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        connection.send_messages([email])
    except Exception as error:
        delays = settings.MAIL_RETRY_DELAYS
        can_retry = deliver_mail.get_backend().supports_defer and attempt <= len(delays)
        if not is_temporary(error) or not can_retry:
            logger.error(
                "Mail not delivered after %d attempt(s), given up: %s (%s)",
                attempt,
                describe(message),
                error,
            )
            raise MailNotDelivered(f"attempt {attempt}, given up: {describe(message)}") from error
        run_after = timezone.now() + timedelta(seconds=delays[attempt - 1])
        retry = deliver_mail.using(run_after=run_after).enqueue(message, attempt=attempt + 1)
        logger.warning(
            "Mail attempt %d failed (%s), next attempt %s at %s: %s",
            attempt,
            error,
            retry.id,
            run_after.isoformat(),
            describe(message),
        )
        raise MailDeferred(
            f"attempt {attempt} failed, next attempt {retry.id} at {run_after.isoformat()}"
        ) from error
    return {"attempt": attempt, "message_id": message["headers"].get("Message-ID", "")}


class QueuedEmailBackend(BaseEmailBackend):
    """EMAIL_BACKEND: every message becomes a `deliver_mail` task (see the module)."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                deliver_mail.enqueue(serialize(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Could not queue mail %r", message.subject)
                continue
            queued += 1
        return queued
