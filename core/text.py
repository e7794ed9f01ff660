"""The one cleaner for text that members (and visitors) type: comments, posts, messages, names,
reasons and search text. What it takes out is taken out everywhere, so a name, a comment and a
search query never differ in which characters survive.

Removed: control characters (NUL included: PostgreSQL refuses it), format characters (bidi
overrides and isolates, zero-width spaces, byte-order marks, soft hyphens) and lone surrogates.
Kept: the zero-width (non-)joiners, which Persian and Arabic spelling and emoji sequences need.
"""

import re
import unicodedata

# Format characters that are part of the text, not tricks played with it.
KEPT_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d"})
REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029]")
BLANK_LINES = re.compile(r"\n{3,}")


def _kept(char):
    return char in KEPT_FORMAT_CHARACTERS or unicodedata.category(char) not in REMOVED_CATEGORIES


def clean_member_text(value, *, one_line=False, max_length=None, strip=True):
    """`value` as we store and show it: NFC, Unix line breaks, tabs as spaces, without the
    characters above, no trailing spaces on a line, at most one blank line in a row.

    one_line: every run of white space (line breaks included) becomes one space, for names,
    reasons and search text. max_length: cut to that length, for input whose length we do not
    refuse with a message. strip=False keeps the white space at both ends (a textarea shown
    again as typed)."""
    text = unicodedata.normalize("NFC", LINE_BREAKS.sub("\n", value or ""))
    text = "".join(" " if char == "\t" else char for char in text if char in "\t\n" or _kept(char))
    if one_line:
        text = " ".join(text.split())
    else:
        text = BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in text.split("\n")))
        if strip:
            text = text.strip()
    return text[:max_length] if max_length is not None else text


def is_blank(text):
    """Whether nothing but white space and joiners is left."""
    return not "".join(char for char in text if char not in KEPT_FORMAT_CHARACTERS).strip()
