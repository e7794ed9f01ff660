"""How the moderation kernel (core.moderation) sees members and where content belongs: names
from the profile, blocking through members.services, the municipality from the page tree."""

from django.utils.translation import gettext as _

from core.moderation.adapter import DefaultModerationAdapter

from .services import block_member, chosen_name, display_name, mail_language


class ModerationAdapter(DefaultModerationAdapter):
    def display_name(self, user):
        return display_name(user)

    def chosen_name(self, user):
        return chosen_name(user)

    def mail_language(self, user):
        return mail_language(user)

    def block(self, user):
        block_member(user)

    def site_labeller(self):
        from municipalities.aggregation import MunicipalityLabeller

        labeller = MunicipalityLabeller()

        def label(page):
            home = labeller.label_for_path(page.path)
            return home.title if home else _("Landelijk")

        return label
