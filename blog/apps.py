from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Nieuws en blogs"

    def ready(self):
        from core.sections import register_home_section

        from .sections import latest_news

        register_home_section(10, latest_news)
