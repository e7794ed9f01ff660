from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .colours import AA_NORMAL_TEXT, HEX_COLOUR, WHITE, contrast_ratio


def validate_accent_colour(value):
    """An accent colour carries white text (header, buttons) and is the link colour on white,
    so it needs WCAG AA contrast against white."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Geef een kleur op als #rrggbb, bijvoorbeeld #00607a."), code="format"
        )
    ratio = contrast_ratio(value, WHITE)
    if ratio < AA_NORMAL_TEXT:
        raise ValidationError(
            _(
                "Deze kleur heeft te weinig contrast met witte tekst (%(ratio)s:1; "
                "WCAG AA vraagt minstens 4,5:1). Kies een donkerdere kleur."
            ),
            params={"ratio": f"{ratio:.1f}".replace(".", ",")},
            code="contrast",
        )
