"""What the mail queue holds (core/mail_queue.py): how many mails wait, which are being sent and
which were given up, and `--retry ID` to send a given-up (or stuck) mail again."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.mail_queue import MAIL_TASK_BACKEND, MailNotDelivered, deliver_mail, describe

DEFERRED = "core.mail_queue.MailDeferred"
MESSAGE_ID = "args_kwargs__args__0__headers__Message-ID"


def mail_rows():
    return DBTaskResult.objects.filter(
        backend_name=MAIL_TASK_BACKEND, task_path=deliver_mail.module_path
    )


def given_up():
    """Failed attempts that queued no next one, of mails not queued or sent again since."""
    again = (
        mail_rows()
        .exclude(status="FAILED")
        .exclude(**{f"{MESSAGE_ID}__isnull": True})
        .values_list(MESSAGE_ID, flat=True)
    )
    return (
        mail_rows()
        .filter(status="FAILED")
        .exclude(exception_class_path=DEFERRED)
        .exclude(**{f"{MESSAGE_ID}__in": again})
        .order_by("-finished_at")
    )


def message_of(row):
    return row.args_kwargs["args"][0]


class Command(BaseCommand):
    help = (
        "Show the mail queue: mails waiting, being sent and given up; "
        "--retry ID queues a given-up or stuck mail again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--retry", metavar="ID", help="queue this mail again (its task id)")

    def handle(self, *args, retry=None, **options):
        if retry:
            self.retry(retry)
            return
        now = timezone.now()
        waiting = mail_rows().filter(status="READY")
        due = waiting.filter(Q(run_after__lte=now) | Q(run_after__year=9999)).count()
        running = mail_rows().filter(status="RUNNING").order_by("started_at")
        failed = list(given_up())
        self.stdout.write(
            f"Mail queue: {waiting.count()} waiting ({due} due now), {running.count()} being "
            f"sent, {len(failed)} given up."
        )
        if running:
            self.stdout.write(
                "Being sent (one running for long may be from a worker that was killed; "
                "--retry ID sends it again):"
            )
            for row in running:
                self.stdout.write(
                    f"  {row.id}  since {row.started_at:%Y-%m-%d %H:%M}  "
                    f"{describe(message_of(row))}"
                )
        if failed:
            self.stdout.write("Given up:")
            for row in failed:
                error = row.traceback.strip().splitlines()[-1] if row.traceback else ""
                self.stdout.write(
                    f"  {row.id}  {row.finished_at:%Y-%m-%d %H:%M}  {describe(message_of(row))}"
                    f"\n      {error}"
                )

    def retry(self, row_id):
        try:
            row = mail_rows().get(id=row_id)
        except (DBTaskResult.DoesNotExist, ValidationError) as error:
            raise CommandError(f"No mail with id {row_id} in the queue ({error}).") from None
        if row.status == "RUNNING":
            # Whether the killed worker delivered it is unknown: the operator decided to resend.
            row.set_failed(MailNotDelivered("worker stopped while sending; queued again by hand"))
        elif row.status != "FAILED" or row.exception_class_path == DEFERRED:
            raise CommandError(
                f"Mail {row_id} is {row.status.lower()}"
                + (" (its next attempt is queued)" if row.status == "FAILED" else "")
                + ": nothing to queue again."
            )
        new = deliver_mail.enqueue(message_of(row))
        self.stdout.write(f"{describe(message_of(row))}: queued again as {new.id}.")
