from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Leden"

    def ready(self):
        from . import login_attempts, signals  # noqa: F401
