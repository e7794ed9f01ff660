"""Checking and normalising pictures that members upload (profile photos, bulletin board
images): JPEG, PNG or WebP only, a size limit, no decompression bombs, no SVG or disguised
files (core/uploads.py); stored as WebP without metadata, resized to fit `max_side`. Callers
bring their own messages (a photo, an image)."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image

from .uploads import PictureMessages, check_picture

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}

__all__ = ["PictureMessages", "normalise_picture"]


def normalise_picture(upload, *, max_side, name, messages):
    """A ContentFile with the resized picture, or ValidationError with the caller's message."""
    check_picture(
        upload,
        max_bytes=MAX_BYTES,
        max_pixels=MAX_PIXELS,
        formats=ALLOWED_FORMATS,
        messages=messages,
    )
    try:
        with Image.open(upload) as image:
            image.load()
            image = image.convert("RGB")
            image.thumbnail((max_side, max_side))
            output = io.BytesIO()
            image.save(output, "WEBP", quality=85)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(messages.broken, code="broken") from None
    return ContentFile(output.getvalue(), name=name)
