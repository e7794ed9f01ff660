from django.utils.translation import gettext as _

from core.pictures import PictureMessages, normalise_picture

MAX_SIDE = 1600


def normalise_post_image(upload):
    """The post's image as a WebP of at most 1600 px, or ValidationError with a message."""
    return normalise_picture(
        upload,
        max_side=MAX_SIDE,
        name="prikbord.webp",
        messages=PictureMessages(
            too_big=_("De afbeelding is te groot: het maximum is 5 MB."),
            not_image=_("Dit bestand is geen afbeelding. Kies een JPEG-, PNG- of WebP-bestand."),
            wrong_format=_("Alleen JPEG-, PNG- en WebP-afbeeldingen zijn toegestaan."),
            too_many_pixels=_(
                "De afbeelding heeft te veel pixels (%(w)s × %(h)s). Kies een kleinere afbeelding."
            ),
            broken=_("Deze afbeelding kon niet worden gelezen."),
        ),
    )
