"""What the moderation kernel asks of the project about people and places, in one object:
the MODERATION_ADAPTER setting names its class (members.moderation.ModerationAdapter here), as
ACCOUNT_ADAPTER does for allauth. The default works with any Django user model."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _


class DefaultModerationAdapter:
    def display_name(self, user):
        """The name shown with a member's contributions, or None for a deleted account."""
        return user.get_username() if user is not None else None

    def chosen_name(self, user):
        """The name a mail greets a member with, or "" for a plain "Hoi,"."""
        return ""

    def mail_language(self, user):
        """The language mails to this person go in; None for Dutch."""
        return None

    def block(self, user):
        """Block a member at once: an inactive user's sessions end on their next request."""
        user.is_active = False
        user.save(update_fields=["is_active"])

    def site_labeller(self):
        """A function that names the site a page belongs to, for the queues; call it once per
        listing (it may keep what it looked up)."""
        return lambda page: _("Landelijk")


@cache
def get_adapter():
    path = getattr(settings, "MODERATION_ADAPTER", None)
    return import_string(path)() if path else DefaultModerationAdapter()
