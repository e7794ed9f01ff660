"""`manage.py backup [--output-dir DIR] [--keep N]`: the database and the media folder in one
dated archive (core/backups.py)."""

from django.core.management.base import BaseCommand, CommandError

from core import backups


class Command(BaseCommand):
    help = "Back up the PostgreSQL database and the media folder into one dated archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            help=f"where the archive goes (default: {backups.default_directory()})",
        )
        parser.add_argument(
            "--keep",
            type=int,
            help="afterwards delete all but this many newest archives in that folder",
        )

    def handle(self, *args, output_dir=None, keep=None, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be 1 or more.")
        try:
            archive = backups.backup(output_dir, keep=keep)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        size = archive.stat().st_size / 1024 / 1024
        self.stdout.write(f"{archive} ({size:.1f} MB)")
