from django.core.management.base import BaseCommand, CommandError

from municipalities.provisioning import (
    ProvisioningError,
    editors_group_name,
    moderators_group_name,
    provision_municipality,
)


class Command(BaseCommand):
    help = (
        "Add a participating municipality: its home page, Site, collection and the groups "
        "'<Name> redactie' and '<Name> moderatie'. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help='The name, e.g. "Utrechtse Heuvelrug".')
        parser.add_argument("--slug", help="URL slug; default: derived from the name.")
        parser.add_argument("--hostname", help="Host; default: <slug>.<PROGRAM_BASE_DOMAIN>.")
        parser.add_argument("--province", help='Province, e.g. "Noord-Holland".')

    def handle(self, *args, name, slug, hostname, province, **options):
        try:
            result = provision_municipality(name, slug=slug, hostname=hostname, province=province)
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        name = result.home.title
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Gemeente {name} toegevoegd."))
        else:
            self.stdout.write(f"Gemeente {name} bestond al; niets gewijzigd.")
        self.stdout.write(f"  Site:    {result.site.root_url}/")
        self.stdout.write(f"  Groepen: {editors_group_name(name)}, {moderators_group_name(name)}")
        self.stdout.write(f"  Map:     {result.collection.name}")
