"""Checking and normalising pictures that members upload (profile photos, bulletin board
images): JPEG, PNG or WebP only, a size limit, no decompression bombs; stored as WebP without
metadata, resized to fit `max_side`. Callers bring their own messages (a photo, an image)."""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}


@dataclass
class PictureMessages:
    too_big: str
    not_image: str
    wrong_format: str
    too_many_pixels: str  # with %(w)s and %(h)s
    broken: str


def normalise_picture(upload, *, max_side, name, messages):
    """A ContentFile with the resized picture, or ValidationError with the caller's message."""
    if upload.size > MAX_BYTES:
        raise ValidationError(messages.too_big, code="too_big")
    try:
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise ValidationError(messages.not_image, code="not_image") from None
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(messages.wrong_format, code="format")
    if width * height > MAX_PIXELS:
        raise ValidationError(
            messages.too_many_pixels, params={"w": width, "h": height}, code="dimensions"
        )
    upload.seek(0)
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
