from django.apps import AppConfig


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = "Gemeenten"

    def ready(self):
        from . import translations

        translations.connect()
