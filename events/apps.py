from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Kalender en aanmeldingen"

    def ready(self):
        from core.sections import register_featured_source, register_home_section

        from . import signals  # noqa: F401
        from .sections import counters, featured_events, upcoming_events

        register_home_section(30, upcoming_events)
        register_home_section(40, counters)
        register_featured_source(featured_events)
