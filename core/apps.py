from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_cache_tables(using, verbosity=1, **kwargs):
    """`migrate` also creates the tables of the database caches (production without REDIS_URL);
    `createcachetable` leaves existing tables alone and does nothing for other backends."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=max(verbosity - 1, 0))


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Kern"

    def ready(self):
        from django.conf import settings
        from PIL import Image

        from . import signals
        from .language_tree import install_language_urls
        from .languages import register_languages
        from .sections import featured_lead, register_home_section

        register_languages()
        install_language_urls()
        signals.connect()
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="core-cache-tables")
        register_home_section(0, featured_lead)
        # Pillow's decompression-bomb guard at the admin's pixel limit: a larger picture warns
        # (core/uploads.py refuses it) and one of twice the limit is never decoded anywhere.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
