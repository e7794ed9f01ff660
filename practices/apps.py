from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Praktijkvoorbeelden en instrumenten"

    def ready(self):
        from core.sections import register_featured_source, register_home_section

        from .sections import featured_instruments, featured_practices

        register_home_section(20, featured_practices)
        register_featured_source(featured_instruments)
