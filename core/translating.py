"""Translating pages through wagtail-localize's own API, the way its translation editor does.

A page's Dutch text becomes a TranslationSource (its strings are segments); the translated
strings go into translation memory (StringTranslation); a Translation record ties the source to
the target language, so editors can carry on in the translation editor; and the translated
page is created (and published) from them. A string left untranslated falls back to Dutch.

The slug is not among the strings: it is a synchronised field (core.models.BasePage), so a
translation keeps its Dutch page's slug.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links


def translate_page(page, code, texts=None, *, publish=True):
    """The page's translation into the language `code`. `texts` maps the Dutch source strings
    of the page to their translation; strings not in it stay Dutch. Untranslated ancestors are
    translated first (their strings left in Dutch)."""
    return translate_page_into(page, {code: texts or {}}, publish=publish)[code]


@transaction.atomic
def translate_page_into(page, texts_by_code, *, publish=True):
    """{code: translated page} of the page in each language of `texts_by_code` (a mapping
    {code: {Dutch string: translation}}), from one TranslationSource. Existing translations
    are updated with the given texts."""
    page = page.specific
    locales = {
        locale.language_code: locale
        for locale in Locale.objects.filter(language_code__in=list(texts_by_code))
    }
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        missing = set(locales) - set(
            ancestor.get_translations().values_list("locale__language_code", flat=True)
        )
        if missing:
            translate_page_into(ancestor, {code: {} for code in missing}, publish=True)

    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    _remember_strings(source, {locales[code]: texts for code, texts in texts_by_code.items()})

    translated = {}
    for code, locale in locales.items():
        Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        # What translation.save_target() does, except that the new revision is published at
        # once rather than when the transaction commits: a deferred publish would write back
        # the page as it was then, undoing the tree's count of the children added since.
        page_translation, _created = source.create_or_update_translation(
            locale, publish=False, fallback=True, copy_parent_pages=True
        )
        if publish:
            page_translation.latest_revision.publish()
        # As saved now: the instance above predates its revision's publishing.
        translated[code] = type(page_translation).objects.get(pk=page_translation.pk)
    return translated


def _remember_strings(source, texts_by_locale):
    """Put the translations of the source's strings into translation memory, in one query
    to read and at most two to write."""
    segments = list(StringSegment.objects.filter(source=source).select_related("string"))
    wanted = {}
    for locale, texts in texts_by_locale.items():
        for segment in segments:
            text = texts.get(segment.string.data)
            if text is not None:
                # What the translation editor refuses (broken HTML, other links) fails here,
                # instead of being stored with has_error and left off the page.
                StringValue.from_translated_html(text)
                validate_translation_links(segment.string.data, text)
                wanted[(segment.string_id, locale.pk, segment.context_id)] = text
    if not wanted:
        return
    existing = {
        (row.translation_of_id, row.locale_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            translation_of_id__in={key[0] for key in wanted},
            locale_id__in={key[1] for key in wanted},
            context_id__in={key[2] for key in wanted},
        )
    }
    changed = []
    for key, text in wanted.items():
        row = existing.get(key)
        if row is not None and row.data != text:
            row.data, row.updated_at = text, timezone.now()
            changed.append(row)
    StringTranslation.objects.bulk_update(changed, ["data", "updated_at"])
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=string_id,
                locale_id=locale_id,
                context_id=context_id,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for (string_id, locale_id, context_id), text in wanted.items()
            if (string_id, locale_id, context_id) not in existing
        ]
    )
