"""What every uploaded file goes through, whoever sends it: the type is read from the bytes,
never from the name or the browser's content type.

Pictures (members' photos and board images through core/pictures.py, editors' images through
core/upload_forms.py): Pillow must recognise the bytes as one of the allowed formats, the file
must decode completely, its pixels stay under the limit, and Pillow's decompression-bomb
guard (Image.MAX_IMAGE_PIXELS, set from WAGTAILIMAGES_MAX_IMAGE_PIXELS in CoreConfig.ready)
gives a message instead of an error page. SVG is refused: it is a document that can run
script, not a picture. A picture that also carries web page or script code (a polyglot), or
a zip archive after its end (a GIFAR), is refused as well.

Documents (editors, core/upload_forms.py): the bytes must be what the extension says: %PDF for
a PDF, a zip whose [Content_Types].xml names a Word, Excel or PowerPoint document (without
macros) for docx/xlsx/pptx, a zip whose first entry `mimetype` names the OpenDocument type for
odt/ods/odp, readable text for txt/csv. Nothing is unpacked but that one small entry.

Each refusal is a ValidationError with a message in the user's language.
"""

import re
import warnings
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

# Where a browser that sniffs looks for markup: the first 1445 bytes (the WHATWG MIME sniffing
# standard's resource header).
SNIFF_LENGTH = 1445
# Script or page markup: long enough that compressed picture data never holds one by chance
# (a 7-byte marker turns up once in some 10^13 random bytes), so looked for in a whole picture.
SCRIPT_MARKUP = re.compile(
    rb"<script|<iframe|<object|<embed|<html[\s>]|<!doctype\s+html|<\?php", re.IGNORECASE
)
# A file that starts as a web page does (what a sniffing browser renders as HTML).
PAGE_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*<(?:html|head|body|script|iframe|a|img|div|meta|link|style|title|"
    rb"table|p|br|b|h1|font|form|!--|!doctype)[\s>/]",
    re.IGNORECASE,
)
SVG_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+svg|<svg)",
    re.IGNORECASE | re.DOTALL,
)
ZIP_END = b"PK\x05\x06"  # a zip's end of central directory, found from the end of a file
ZIP_LOCAL = b"PK\x03\x04"

# Office documents: what [Content_Types].xml names as the main part, and its macro variant.
OOXML_MAIN = {
    "docx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
ODF_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"txt", "csv"}
MAX_CONTENT_TYPES_SIZE = 1024 * 1024  # the one entry read from an office document
MAX_UNPACKED_SIZE = 500 * 1024 * 1024  # what all entries of an office document say they hold
MAX_ZIP_ENTRIES = 10_000

SVG_REFUSED = _(
    "SVG-bestanden worden niet aangenomen: ze kunnen scripts bevatten. "
    "Sla de afbeelding op als PNG of JPEG en probeer het opnieuw."
)
MARKUP_REFUSED = _("Dit bestand bevat webpagina- of scriptcode en wordt daarom niet aangenomen.")
BOMB_REFUSED = _(
    "Deze afbeelding heeft veel te veel pixels en wordt daarom niet aangenomen. "
    "Kies een kleinere afbeelding."
)


@dataclass
class PictureMessages:
    """What a kind of upload calls its refusals (a photo, an image)."""

    too_big: str
    not_image: str
    wrong_format: str
    too_many_pixels: str  # with %(w)s and %(h)s
    broken: str


@dataclass
class PictureInfo:
    format: str
    width: int
    height: int


def read_all(upload):
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def refuse_markup(data, *, everywhere):
    """Refuse an SVG, a file that starts as a web page, or script and page markup where a
    browser sniffs (the first SNIFF_LENGTH bytes) or, with `everywhere`, anywhere in `data`."""
    head = data[:SNIFF_LENGTH]
    if SVG_START.match(head):
        raise ValidationError(SVG_REFUSED, code="svg")
    if PAGE_START.match(head) or SCRIPT_MARKUP.search(data if everywhere else head):
        raise ValidationError(MARKUP_REFUSED, code="markup")


def _open(upload):
    """Pillow's image (header only), with the decompression-bomb guard as a refusal: Pillow
    refuses twice Image.MAX_IMAGE_PIXELS outright; below that it only warns, and the pixel
    limit of the caller says how many pixels there are."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            return Image.open(upload)
        except Image.DecompressionBombError:
            raise ValidationError(BOMB_REFUSED, code="bomb") from None


def check_picture(upload, *, max_bytes, max_pixels, formats, messages):
    """The PictureInfo of an uploaded picture whose bytes are a complete image of one of
    `formats` (Pillow's names: JPEG, PNG, WEBP, GIF), or ValidationError."""
    if upload.size > max_bytes:
        raise ValidationError(messages.too_big, code="too_big")
    data = read_all(upload)
    refuse_markup(data, everywhere=True)
    if ZIP_END in data[-65557:]:  # a zip after the picture (what a zip reader finds)
        raise ValidationError(MARKUP_REFUSED, code="polyglot")
    try:
        with _open(upload) as probe:
            info = PictureInfo(probe.format, *probe.size)
            frames = getattr(probe, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError(messages.not_image, code="not_image") from None
    if info.format not in formats:
        raise ValidationError(messages.wrong_format, code="format")
    if info.width * info.height * frames > max_pixels:
        raise ValidationError(
            messages.too_many_pixels,
            params={"w": info.width, "h": info.height},
            code="dimensions",
        )
    try:
        upload.seek(0)
        with _open(upload) as image:
            image.verify()  # the structure and checksums
        upload.seek(0)
        with _open(upload) as image:
            image.load()  # every byte of the first frame decodes
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(messages.broken, code="broken") from None
    upload.seek(0)
    return info


# --- Documents ------------------------------------------------------------------------------------


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _not_what_it_says(extension):
    return ValidationError(
        _(
            "De inhoud van dit bestand past niet bij de naam: het is geen echt "
            ".%(extension)s-bestand. Sla het opnieuw op als .%(extension)s en probeer het nog eens."
        ),
        params={"extension": extension},
        code="content_mismatch",
    )


def _check_pdf(data, extension):
    if not data.startswith(b"%PDF-"):
        raise _not_what_it_says(extension)


def _zip(upload, data, extension):
    if not data.startswith(ZIP_LOCAL):  # a zip at the start, not one behind a program
        raise _not_what_it_says(extension)
    try:
        archive = zipfile.ZipFile(upload)
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _not_what_it_says(extension) from None
    unpacked = sum(entry.file_size for entry in entries)
    if len(entries) > MAX_ZIP_ENTRIES or unpacked > MAX_UNPACKED_SIZE:
        raise ValidationError(
            _("Dit bestand pakt uit tot meer dan %(max)s en wordt daarom niet aangenomen."),
            params={"max": filesizeformat(MAX_UNPACKED_SIZE)},
            code="zip_bomb",
        )
    return archive, entries


def _read_entry(archive, entry, extension):
    if entry.file_size > MAX_CONTENT_TYPES_SIZE:
        raise _not_what_it_says(extension)
    try:
        with archive.open(entry) as member:
            return member.read(MAX_CONTENT_TYPES_SIZE + 1)[:MAX_CONTENT_TYPES_SIZE]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        raise _not_what_it_says(extension) from None


def _check_ooxml(upload, data, extension):
    archive, entries = _zip(upload, data, extension)
    names = {entry.filename: entry for entry in entries}
    if "[Content_Types].xml" not in names:
        raise _not_what_it_says(extension)
    content_types = _read_entry(archive, names["[Content_Types].xml"], extension)
    if b"macroEnabled" in content_types or any(n.endswith("vbaProject.bin") for n in names):
        raise ValidationError(
            _(
                "Bestanden met macro's worden niet aangenomen. "
                "Sla het op als gewoon .%(extension)s-bestand en probeer het opnieuw."
            ),
            params={"extension": extension},
            code="macros",
        )
    if OOXML_MAIN[extension] not in content_types:
        raise _not_what_it_says(extension)


def _check_odf(upload, data, extension):
    archive, entries = _zip(upload, data, extension)
    first = entries[0] if entries else None
    if first is None or first.filename != "mimetype":
        raise _not_what_it_says(extension)
    if _read_entry(archive, first, extension).strip() != ODF_MIMETYPE[extension]:
        raise _not_what_it_says(extension)


def _check_text(data, extension):
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _not_what_it_says(extension)
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16":  # markup is looked for in the text itself
            refuse_markup(text.encode("utf-8"), everywhere=True)
        return
    raise _not_what_it_says(extension)


def check_document(upload, extensions):
    """Refuse (ValidationError) a document whose bytes are not what its extension says, or
    that carries web page code where a browser would look. An extension not in `extensions`
    is left to Wagtail, which refuses it (WAGTAILDOCS_EXTENSIONS)."""
    extension = extension_of(upload.name)
    if extension not in extensions:
        return
    data = read_all(upload)
    refuse_markup(data, everywhere=extension in TEXT_EXTENSIONS)
    if extension == "pdf":
        _check_pdf(data, extension)
    elif extension in OOXML_MAIN:
        _check_ooxml(upload, data, extension)
    elif extension in ODF_MIMETYPE:
        _check_odf(upload, data, extension)
    elif extension in TEXT_EXTENSIONS:
        _check_text(data, extension)
    else:
        # An extension someone added to WAGTAILDOCS_EXTENSIONS without a check here.
        raise _not_what_it_says(extension)
    upload.seek(0)
