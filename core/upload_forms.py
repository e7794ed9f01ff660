"""The Wagtail admin's image and document forms (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): every way an editor uploads (the library, the multiple
uploader, a chooser's upload tab, replacing a file) checks the new file with core/uploads.py.

Pictures are checked before Wagtail's own field opens them with Willow: that field reads the
frames of a truncated PNG and fails with an error page instead of a message."""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .uploads import PictureMessages, check_document, check_picture

# Pillow's names of the formats WAGTAILIMAGES_EXTENSIONS allows.
PILLOW_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF"}


def editor_picture_formats():
    return {
        PILLOW_FORMATS[ext] for ext in settings.WAGTAILIMAGES_EXTENSIONS if ext in PILLOW_FORMATS
    }


def editor_picture_messages():
    return PictureMessages(
        too_big=_("De afbeelding is te groot: het maximum is %(max)s.")
        % {"max": filesizeformat(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)},
        not_image=_("Dit bestand is geen afbeelding. Kies een JPEG-, PNG-, WebP- of GIF-bestand."),
        wrong_format=_("Alleen JPEG-, PNG-, WebP- en GIF-afbeeldingen zijn toegestaan."),
        too_many_pixels=_(
            "De afbeelding heeft te veel pixels (%(w)s × %(h)s). Kies een kleinere afbeelding."
        ),
        broken=_("Deze afbeelding kon niet worden gelezen."),
    )


class CheckedImageField(WagtailImageField):
    """Wagtail's image field (extension, and the format Willow reads, must agree), after
    core/uploads.py has checked what the bytes are."""

    def to_python(self, data):
        if isinstance(data, UploadedFile):
            check_picture(
                data,
                max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
                max_pixels=settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
                formats=editor_picture_formats(),
                messages=editor_picture_messages(),
            )
        return super().to_python(data)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_document(file, settings.WAGTAILDOCS_EXTENSIONS)
        return file

    def _update_errors(self, errors):
        # A refused file is not on the document, so Wagtail's model check of its extension
        # would add "extension '' is not allowed" to our message: one message per refusal.
        if "file" in self.errors and hasattr(errors, "error_dict"):
            errors.error_dict.pop("file", None)
            if not errors.error_dict:
                return
        super()._update_errors(errors)
