from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Thema's"
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)
