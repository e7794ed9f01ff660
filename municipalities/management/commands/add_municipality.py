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
        parser.add_argument(
            "--place",
            help=(
                "The town whose position puts the municipality on the map, when its own name "
                'is no place (its seat), e.g. --place Doorn for "Utrechtse Heuvelrug".'
            ),
        )

    def handle(self, *args, name, slug, hostname, province, place, **options):
        try:
            result = provision_municipality(
                name, slug=slug, hostname=hostname, province=province, place=place
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        home = result.home
        name = home.title
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Gemeente {name} toegevoegd."))
        elif result.placed:
            self.stdout.write(f"Gemeente {name} bestond al; plek op de kaart toegevoegd.")
        else:
            self.stdout.write(f"Gemeente {name} bestond al; niets gewijzigd.")
        self.stdout.write(f"  Site:    {result.site.root_url}/")
        self.stdout.write(f"  Groepen: {editors_group_name(name)}, {moderators_group_name(name)}")
        self.stdout.write(f"  Map:     {result.collection.name}")
        if home.latitude is not None and home.longitude is not None:
            source = f" (GeoNames: {result.placed.source})" if result.placed else ""
            self.stdout.write(f"  Kaart:   {home.latitude}, {home.longitude}{source}")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"  Kaart:   geen plek gevonden voor {name}; geef --place <plaats> of vul "
                    "de breedtegraad en lengtegraad in bij Gemeente in de beheeromgeving."
                )
            )
