from django.core.management.base import BaseCommand

from demo.seeding import seed_demo


class Command(BaseCommand):
    help = (
        "Create the national site and every participating municipality with demo content, "
        "translated into the program's languages. "
        "Idempotent: a second run changes nothing. Demo logins only where the settings allow "
        "them (development), never with production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-translations",
            action="store_true",
            help="Only the Dutch demo: leave out the translated trees (every home and section "
            "in every language, an item of each kind per site in English, Arabic and "
            "Ukrainian), which take a minute or more to make.",
        )

    def handle(self, *args, **options):
        report = seed_demo(translate=not options["no_translations"])
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
        self.stdout.write(f"Landelijke site: {report.national_url}")
        for name, url in report.municipality_urls.items():
            self.stdout.write(f"  {name:<20} {url}")
        if report.logins:
            self.stdout.write("\nDemo-logins (alleen voor ontwikkeling):")
            for login in report.logins:
                self.stdout.write(f"  {login.username:<32} {login.password:<26} {login.role}")
            self.stdout.write(f"Beheeromgeving: {report.logins[0].url}")
