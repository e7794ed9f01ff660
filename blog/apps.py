from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Nieuws en blogs"

    def ready(self):
        from core.sections import register_featured_source, register_home_section

        from .sections import featured_articles, latest_news

        register_home_section(10, latest_news)
        register_featured_source(featured_articles)
