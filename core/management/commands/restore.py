"""`manage.py restore ARCHIVE [--noinput]`: replace the database and the media folder with a
backup's (core/backups.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core import backups


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: replaces everything in the configured "
        "database and the media folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="an aandeslag-YYYYMMDD-HHMMSS.tar.gz")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, archive, interactive=True, **options):
        if interactive:
            name = connection.settings_dict["NAME"]
            answer = input(
                f"This replaces everything in the database {name!r} and the media folder "
                f"with {archive}. Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            manifest = backups.restore(archive)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        made = manifest.get("created", "an unknown moment")
        self.stdout.write(f"Restored {archive} (made {made}).")
