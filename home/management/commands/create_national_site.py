from django.core.management.base import BaseCommand

from home.setup import ensure_national_site


class Command(BaseCommand):
    help = "Create the national site (home page, default Site, national editors group) if missing."

    def handle(self, *args, **options):
        national = ensure_national_site()
        self.stdout.write(f"Landelijke site: {national.site.root_url}/ ({national.home.title})")
