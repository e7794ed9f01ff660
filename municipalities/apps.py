from django.apps import AppConfig


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = "Gemeenten"

    def ready(self):
        from core.sections import register_home_section

        from . import translations
        from .sections import municipalities_map

        translations.connect()
        # After the counters (40): the national home's map of the municipalities.
        register_home_section(50, municipalities_map)
