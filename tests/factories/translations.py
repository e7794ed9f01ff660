"""Translations in tests: core.translating's (wagtail-localize's own API)."""

from wagtail.models import Locale

from core.translating import translate_page

__all__ = ["locale", "translate_page"]


def locale(code):
    return Locale.objects.get(language_code=code)
