from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner, Theme
from .moderation import log as moderation_log


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Thema's"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)
register_snippet(PartnerViewSet)


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    """Moderators' decisions, with Dutch labels, in Wagtail's audit log."""
    moderation_log.register(actions)
