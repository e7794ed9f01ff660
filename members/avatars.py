"""Checking and normalising an uploaded profile photo: JPEG, PNG or WebP only, at most 5 MB,
no decompression bombs; stored as a 400 px WebP without metadata (core/pictures.py)."""

from django.utils.translation import gettext as _

from core.pictures import PictureMessages, normalise_picture

SIZE = 400


def normalise_avatar(upload):
    """A ContentFile with the resized photo, or ValidationError with a message for the member."""
    return normalise_picture(
        upload,
        max_side=SIZE,
        name="avatar.webp",
        messages=PictureMessages(
            too_big=_("De foto is te groot: het maximum is 5 MB."),
            not_image=_("Dit bestand is geen foto. Kies een JPEG-, PNG- of WebP-bestand."),
            wrong_format=_("Alleen JPEG-, PNG- en WebP-foto's zijn toegestaan."),
            too_many_pixels=_(
                "De foto heeft te veel pixels (%(w)s × %(h)s). Kies een kleinere foto."
            ),
            broken=_("Deze foto kon niet worden gelezen."),
        ),
    )
