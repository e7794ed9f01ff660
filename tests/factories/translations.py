"""Translations through wagtail-localize's own API, as its translation editor makes them: a
source from the Dutch page, its strings translated in translation memory, the translated page
created (and published) from them."""

from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource


def locale(code):
    return Locale.objects.get(language_code=code)


def translate_page(page, code, texts=None, *, publish=True):
    """The page's translation into `code`, its untranslated ancestors translated first (their
    strings left in Dutch, wagtail-localize's fallback). `texts` maps Dutch source strings of
    this page to their translation; strings not in it stay Dutch."""
    target = locale(code)
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        if not ancestor.get_translations().filter(locale=target).exists():
            _translate(ancestor.specific, target, {}, publish=True)
    return _translate(page.specific, target, texts or {}, publish=publish)


def _translate(page, target, texts, *, publish):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.update_from_db()
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        translated = texts.get(segment.string.data)
        if translated is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target,
                context=segment.context,
                defaults={"data": translated},
            )
    # wagtail-localize publishes on commit; a test's transaction never commits, so run it.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation, _created = source.create_or_update_translation(
            target, publish=publish, fallback=True
        )
    # The returned instance is the one saved before its revision was published.
    return type(translation).objects.get(pk=translation.pk)
