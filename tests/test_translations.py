"""The interface is Dutch first and translated through gettext; English lives under /en/."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
# Dutch is the source: its catalogue only overrides a few strings of allauth's.
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalogue_is_complete_and_compiled(code):
    path = LOCALE / code / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Language"] == code
    mo = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.mofile(str(path.with_suffix(".mo")))
    }
    for entry in po.translated_entries():
        if not entry.msgid_plural:
            key = (entry.msgctxt, entry.msgid)
            assert mo.get(key) == entry.msgstr, f"{code}: django.mo is stale for {entry.msgid!r}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalogue_has_the_english_ones_strings(code):
    """All catalogues come from the same makemessages run: none lacks a string."""
    english = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(PO))}
    path = LOCALE / code / "LC_MESSAGES" / "django.po"
    assert {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))} == english


@pytest.mark.django_db
def test_english_interface_under_en_prefix(client_for, municipality):
    for slug in ("alkmaar", "arnhem"):
        municipality(slug)
    dutch = client_for("localhost").get("/gemeenten/").content.decode()
    english = client_for("localhost").get("/en/gemeenten/").content.decode()
    assert "Direct naar de inhoud" in dutch and "2 gemeenten" in dutch
    assert "Skip to content" in english and "2 municipalities" in english
    assert '<html lang="en" dir="ltr">' in english


def test_every_template_string_is_in_the_catalogue():
    """A string added to a template without running makemessages would show in Dutch on
    /en/; catch it here (simple {% translate "..." %} tags)."""
    msgids = {entry.msgid for entry in polib.pofile(str(PO))}
    templates = Path(settings.BASE_DIR) / "templates"
    pattern = re.compile(r"""{% translate ["'](.+?)["'] %}""")
    missing = {
        (path.name, text)
        for path in templates.rglob("*.html")
        for text in pattern.findall(path.read_text())
        if text not in msgids
    }
    assert not missing, f"run makemessages -l en and translate: {sorted(missing)}"
