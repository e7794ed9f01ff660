from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: /zoeken/ on every site (search.views), over the pages and posts of
    search.kinds, found by core.search."""

    name = "search"
    label = "site_search"
    verbose_name = "Zoeken"
