from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Kern"

    def ready(self):
        from . import signals
        from .sections import featured_lead, register_home_section

        signals.connect()
        register_home_section(0, featured_lead)
