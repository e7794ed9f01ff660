"""Form fields every kind of member content shares."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _


def active_language():
    """The language of the page the member is on ("" outside the site's languages)."""
    code = translation.get_language()
    return code if code in dict(settings.LANGUAGES) else ""


class LanguageSelect(forms.Select):
    """Each language named in itself, marked with its own lang so a screen reader says it
    right."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class TextLanguageField(forms.ChoiceField):
    """The language of the member's text (ModeratedContent.language): optional, one of the
    site's languages. A form sets its initial value: the active language for new text, the
    stored one when editing."""

    widget = LanguageSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Taal van je tekst"))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _("In welke taal schrijf je? Dan leest een voorleesprogramma je tekst goed voor."),
        )
        kwargs.setdefault("error_messages", {"invalid_choice": _("Kies een taal uit de lijst.")})
        super().__init__(choices=[("", _("(geen keuze)")), *settings.LANGUAGES], **kwargs)
