"""Delete the personal data of sign-ups 30 days after their occurrence ended.

The privacy statement promises that names, email addresses and phone numbers of people who
signed up for an activity are kept no longer than 30 days after it took place. This command
deletes those sign-ups (events.signups.purge_expired); the dates themselves (Slot rows) stay,
with their counters, for the numbers on the home pages. Run it once a day, for instance with a
systemd timer:

    # /etc/systemd/system/aandeslag-purge-signups.service
    [Service]
    Type=oneshot
    User=aandeslag
    WorkingDirectory=/srv/aandeslag
    EnvironmentFile=/srv/aandeslag/.env
    ExecStart=/srv/aandeslag/.venv/bin/python manage.py purge_signups

    # /etc/systemd/system/aandeslag-purge-signups.timer
    [Timer]
    OnCalendar=*-*-* 03:30
    Persistent=true
    [Install]
    WantedBy=timers.target

or a cron line:

    30 3 * * * cd /srv/aandeslag && .venv/bin/python manage.py purge_signups

Running it more often, or twice, does no harm.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from events.signups import purge_expired


class Command(BaseCommand):
    help = "Verwijder aanmeldingen 30 dagen nadat de activiteit voorbij is (dagelijks draaien)."

    def handle(self, *args, **options):
        deleted = purge_expired()
        self.stdout.write(
            ngettext(
                "%(count)d aanmelding verwijderd.",
                "%(count)d aanmeldingen verwijderd.",
                deleted,
            )
            % {"count": deleted}
        )
