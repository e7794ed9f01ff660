"""Checking and normalising an uploaded profile photo: JPEG, PNG or WebP only, at most 5 MB,
no decompression bombs; stored as a 400 px WebP without metadata."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
SIZE = 400


def normalise_avatar(upload):
    """A ContentFile with the resized photo, or ValidationError with a message for the member."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("De foto is te groot: het maximum is 5 MB."), code="too_big")
    try:
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise ValidationError(
            _("Dit bestand is geen foto. Kies een JPEG-, PNG- of WebP-bestand."), code="not_image"
        ) from None
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Alleen JPEG-, PNG- en WebP-foto's zijn toegestaan."), code="format"
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("De foto heeft te veel pixels (%(w)s × %(h)s). Kies een kleinere foto."),
            params={"w": width, "h": height},
            code="dimensions",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image.load()
            image = image.convert("RGB")
            image.thumbnail((SIZE, SIZE))
            output = io.BytesIO()
            image.save(output, "WEBP", quality=85)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("Deze foto kon niet worden gelezen."), code="broken") from None
    return ContentFile(output.getvalue(), name="avatar.webp")
