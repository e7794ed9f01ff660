from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls, services


class ModerationMenuItem(MenuItem):
    """Shown to whoever may publish a page somewhere: they moderate its comments."""

    def is_shown(self, request):
        return services.may_moderate_any(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reacties/", include(admin_urls, namespace="comments_admin"))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ModerationMenuItem(
        _("Reacties"), reverse("comments_admin:queue"), icon_name="comment", order=250
    )
