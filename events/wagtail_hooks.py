from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .organisers import organises_any


class SignUpsMenuItem(MenuItem):
    """Shown to the organisers of at least one event: they see its sign-ups."""

    def is_shown(self, request):
        return organises_any(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("aanmeldingen/", include(admin_urls, namespace="events_admin"))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return SignUpsMenuItem(
        _("Aanmeldingen"), reverse("events_admin:index"), icon_name="group", order=260
    )
