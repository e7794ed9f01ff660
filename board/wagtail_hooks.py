from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls, services
from .admin_views import ICON


class BoardModerationMenuItem(MenuItem):
    """Shown to whoever may publish a page somewhere: they moderate the posts on its board."""

    def is_shown(self, request):
        return services.may_moderate_any(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("prikbord/", include(admin_urls, namespace="board_admin"))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return BoardModerationMenuItem(
        _("Prikbord"), reverse("board_admin:queue"), icon_name=ICON, order=255
    )
