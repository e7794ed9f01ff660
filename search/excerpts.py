"""The excerpt of a result: a piece of its text around the first place the query's words
occur, each occurrence marked (<mark>). Escaped first, marked after: nothing of the text or
the query reaches the page unescaped."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.meta import plain_text
from core.search import MIN_PART_LENGTH

EXCERPT_LENGTH = 220


def _pattern(terms):
    # Short words only where a word starts, longer ones anywhere (parts of compounds).
    alternatives = [
        re.escape(term) if len(term) >= MIN_PART_LENGTH else rf"\b{re.escape(term)}"
        for term in sorted(set(terms), key=len, reverse=True)
    ]
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def _window(text, start, length):
    """About `length` characters of `text` around `start`, cut between words."""
    if len(text) <= length:
        return text
    begin = max(0, start - length // 3)
    if begin:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < start else begin
    end = begin + length
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    piece = text[begin:end].strip()
    return ("… " if begin else "") + piece + (" …" if end < len(text) else "")


def excerpt(text, terms, length=EXCERPT_LENGTH):
    # Without markup and entities ("&amp;" in rich text), escaped once below.
    plain = plain_text(text)
    pattern = _pattern(terms)
    first = pattern.search(plain) if pattern else None
    piece = _window(plain, first.start() if first else 0, length)
    if pattern is None:
        return escape(piece)
    html, position = [], 0
    for match in pattern.finditer(piece):
        html.append(escape(piece[position : match.start()]))
        html.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    html.append(escape(piece[position:]))
    return mark_safe("".join(html))  # noqa: S308 (every piece escaped above)
