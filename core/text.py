"""Member text as we store it: no control or format characters, Unix line breaks."""

import re
import unicodedata

# Zero-width (non-)joiners are format characters too, but Persian and Arabic spelling and emoji
# sequences need them; every other format character (bidi overrides, zero-width spaces,
# byte-order marks, soft hyphens) goes.
KEPT_FORMAT_CHARACTERS = {"\u200c", "\u200d"}
LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029]")
BLANK_LINES = re.compile(r"\n{3,}")


def remove_control_characters(value):
    """The text with Unix line breaks, without control and format characters (NUL, bidi
    overrides, zero-width spaces), tabs as spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", LINE_BREAKS.sub("\n", value or ""))
    kept = []
    for char in text:
        if char == "\t":
            kept.append(" ")
        elif char == "\n" or char in KEPT_FORMAT_CHARACTERS:
            kept.append(char)
        elif unicodedata.category(char) not in ("Cc", "Cf"):
            kept.append(char)
    lines = [line.rstrip() for line in "".join(kept).split("\n")]
    return BLANK_LINES.sub("\n\n", "\n".join(lines))
