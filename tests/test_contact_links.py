"""A phone number written with spaces dials from a valid tel: link (RFC 3966: no spaces)."""

import pytest

from core.templatetags.core_tags import tel_href


@pytest.mark.parametrize(
    "written, href",
    [
        ("072 548 80 00", "tel:0725488000"),
        ("+31 (0)72-548 80 00", "tel:+31725488000"),
        (" 026 377 49 11 ", "tel:0263774911"),
    ],
)
def test_phone_numbers_become_tel_links_without_spaces(written, href):
    assert tel_href(written) == href
