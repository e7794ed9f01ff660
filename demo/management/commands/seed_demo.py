from django.core.management.base import BaseCommand

from demo.seeding import seed_demo


class Command(BaseCommand):
    help = (
        "Create the national site and every participating municipality with demo content. "
        "Idempotent: a second run changes nothing. Demo logins only where the settings allow "
        "them (development), never with production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--translations",
            action="store_true",
            help="Also translate every home and section into every language, and one item of "
            "each kind per site into English, Arabic and Ukrainian (takes minutes).",
        )

    def handle(self, *args, **options):
        report = seed_demo(translate=options["translations"])
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
        self.stdout.write(f"Landelijke site: {report.national_url}")
        for name, url in report.municipality_urls.items():
            self.stdout.write(f"  {name:<20} {url}")
        if report.logins:
            self.stdout.write("\nDemo-logins (alleen voor ontwikkeling):")
            for login in report.logins:
                self.stdout.write(f"  {login.username:<32} {login.password:<26} {login.role}")
            self.stdout.write(f"Beheeromgeving: {report.logins[0].url}")
