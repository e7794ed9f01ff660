"""Colour arithmetic for WCAG contrast checks (WCAG 2.1, success criterion 1.4.3)."""

import re

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
# WCAG 2.1 AA for normal text.
AA_NORMAL_TEXT = 4.5


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
