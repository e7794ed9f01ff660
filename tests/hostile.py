"""Hostile input: the strings an attacker (or a broken client) sends to a public site, as a list
for every query parameter, header and form field (tests/test_hostile_input.py), and as
hypothesis strategies where a generator finds more than a list.

Each payload that would be live markup if it came back unescaped carries a MARKER: the exact
text that must never appear in a page, a feed or a mail. Escaped, `<` becomes `&lt;` and `"`
becomes `&quot;`, so a marker found means the payload was output as it came in."""

from hypothesis import strategies as st

# What must never come back as is: each is live markup or a broken-out attribute.
MARKERS = (
    "<script>alert(",
    "<img src=x onerror=",
    "<svg onload=",
    '" onmouseover="',
    "' onmouseover='",
    "</textarea><b>",
    "</title><b>",
)

XSS = [
    '<script>alert("hostile")</script>',
    '"><script>alert("hostile")</script>',
    "'><img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '" onmouseover="alert(1)" x="',
    "' onmouseover='alert(1)' x='",
    "</textarea><b>broken out</b>",
    "</title><b>broken out</b>",
    "javascript:alert(1)",
    "{{ request }}{% debug %}",
    "<!--",
    "]]><![CDATA[",
]
SQL = [
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page;--",
    "%' AND 1=1 --",
    "\\",
    "%_%",
    "1e999",
    "-1",
    "0",
    "99999999999999999999999999",
    "NaN",
]
UNICODE = [
    "\u202eevil\u202c.exe",  # right-to-left override
    "a\u200b\u200bb\ufeff\u00ad",  # zero-width space, byte-order mark, soft hyphen
    "a\x00b",  # NUL: PostgreSQL refuses it in text
    "\x01\x07\x1b[31mred\x7f",  # control characters, an ANSI escape
    "line\r\nSet-Cookie: hostile=1",  # header injection
    "🙂👩‍👩‍👧🇳🇱",  # emoji, a joined sequence and a flag
    "ﷺ﷽",  # Arabic ligatures, wide
    "Z̴̡̛̖͈a̵̱͋l̸̰̈́g̷̢͐o̶̠͝",  # stacked combining marks
    "../../../../etc/passwd",
    "//evil.example/",
    " ",
    "",
]
LONG = [
    "x" * 10_001,
    "€" * 100_000,  # 100 000 characters, 300 kB in UTF-8
]

CORPUS = XSS + SQL + UNICODE + LONG

# Query strings as they come off the wire, beyond what a str can say: invalid and over-long
# UTF-8, a percent sign with nothing after it, NUL, a key without value, repeats.
RAW_QUERY_VALUES = [
    "%ff%fe",
    "%c0%af",  # over-long "/"
    "%ed%a0%80",  # a UTF-16 surrogate in UTF-8
    "%e2%82",  # cut short
    "%00",
    "%",
    "%%32%35",
    "a%0d%0aSet-Cookie:%20hostile=1",
]

# The same bytes as a WSGI server hands over a header: each byte one character (latin-1).
RAW_HEADER_VALUES = ["\xff\xfe", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82"]


def as_wsgi(value):
    """A header value as it reaches Django: its UTF-8 bytes read as latin-1 (PEP 3333)."""
    return value.encode("utf-8", "surrogatepass").decode("latin-1")


def has_marker(text):
    """The first marker in `text`, or None."""
    return next((marker for marker in MARKERS if marker in text), None)


# --- Strategies --------------------------------------------------------------------------------

# Text from every plane, with the categories that cause trouble given a better chance: control
# and format characters (NUL, bidi overrides), private use, unassigned, line separators. (Lone
# surrogates cannot be sent as UTF-8: RAW_QUERY_VALUES and the raw bodies send those bytes.)
hostile_characters = st.one_of(
    st.characters(codec="utf-8"),
    st.characters(categories=["Cc", "Cf", "Co", "Cn", "Zl", "Zp"], codec="utf-8"),
    st.sampled_from(list("<>\"'&\\%;\x00\u202e\u2066\u200b\ufeff")),
)
hostile_text = st.text(hostile_characters, max_size=60)

# A hostile string: a corpus value, generated text, or one wrapped around the other.
hostile_strings = st.one_of(
    st.sampled_from(CORPUS),
    hostile_text,
    st.builds(lambda a, b: a + b, st.sampled_from(XSS), hostile_text),
)
