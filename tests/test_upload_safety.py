"""Uploads are checked by what their bytes are, not by their name: real files made here (a
PNG named .pdf, a web page named .jpg, polyglots, a decompression bomb with a huge declared
size in a tiny file, an SVG, an oversize file, a docx that unpacks to gigabytes, real
JPEG/PNG/PDF/DOCX/ODT/XLSX/TXT/CSV) go through the real admin upload views as a logged-in
editor and through the members' real forms; each refusal shows its Dutch message and stores
nothing. Documents are served as downloads with nosniff."""

import html
import io
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from board.models import Post
from members.models import Profile
from tests.factories import board_of, editor, member, municipality
from tests.test_board import form as post_form
from tests.test_members import profile_form

pytestmark = pytest.mark.django_db

Document = get_document_model()
CustomImage = get_image_model()

# --- Files ----------------------------------------------------------------------------------------


def picture(fmt="PNG", size=(64, 48), **options):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#2a9d8f").save(buffer, fmt, **options)
    return buffer.getvalue()


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width, height):
    """A PNG of a few dozen bytes that declares width × height pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + _chunk(b"IEND", b"")
    )


def png_with_script():
    """A valid PNG whose text chunk is a script: a polyglot."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(document.cookie)</script>")
    return picture("PNG", pnginfo=info)


def gifar():
    """A valid GIF with a zip archive after it (a zip reader finds the archive from the end)."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Main.class", b"\xca\xfe\xba\xbe")
    return picture("GIF") + archive.getvalue()


WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(1)</script><rect width="10" height="10"/></svg>'
)
PDF = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
)
OOXML = {
    "docx": ("word/document.xml", "wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml", "presentationml.presentation.main+xml"),
}


def office(extension="docx", *, main_type=None, extra=()):
    """A minimal Office Open XML file of that kind (zip with [Content_Types].xml)."""
    part, kind = OOXML[extension]
    content_type = main_type or f"application/vnd.openxmlformats-officedocument.{kind}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
            'formats.org/package/2006/content-types"><Override PartName="/'
            f'{part}" ContentType="{content_type}"/></Types>',
        )
        zipped.writestr(part, "<document>Hallo</document>")
        for name, data in extra:
            zipped.writestr(name, data)
    return buffer.getvalue()


def odf(kind="text"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr(
            zipfile.ZipInfo("mimetype"),
            f"application/vnd.oasis.opendocument.{kind}",
            compress_type=zipfile.ZIP_STORED,
        )
        zipped.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def zip_bomb_docx():
    """A small docx whose central directory says its document unpacks to 4 GB."""
    data = bytearray(office("docx", extra=[("word/media/big.bin", b"\x00" * 1000)]))
    entry = data.rindex(b"PK\x01\x02")  # the last entry's central directory header
    data[entry + 24 : entry + 28] = struct.pack("<I", 0xFFFFFFF0)
    return bytes(data)


# --- The admin ------------------------------------------------------------------------------------


@pytest.fixture
def alkmaar_editor(client_for):
    municipality("alkmaar")
    client = client_for("alkmaar.localhost")
    client.force_login(editor("alkmaar"))
    return client


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(media):
    return [path for path in media.rglob("*") if path.is_file()]


def text_of(response):
    return html.unescape(response.content.decode())


def collection():
    return Collection.objects.get(name="Alkmaar")


def upload_image(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Fietsles",
            "collection": collection().pk,
            "file": SimpleUploadedFile(name, data),
        },
    )


def upload_document(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Verslag", "collection": collection().pk, "file": SimpleUploadedFile(name, data)},
    )


SVG_MESSAGE = "SVG-bestanden worden niet aangenomen: ze kunnen scripts bevatten."
MARKUP_MESSAGE = "Dit bestand bevat webpagina- of scriptcode en wordt daarom niet aangenomen."
BOMB_MESSAGE = "Deze afbeelding heeft veel te veel pixels en wordt daarom niet aangenomen."


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("pagina.jpg", WEB_PAGE, MARKUP_MESSAGE),
        # Wagtail's own check (its Dutch message): extension and format agree.
        ("foto.jpg", picture("PNG"), "Deze extensie hoort niet bij het bestandsformaat (png)"),
        ("tekening.svg", SVG, SVG_MESSAGE),
        ("bom.png", bomb_png(100_000, 100_000), BOMB_MESSAGE),
        ("groot.png", picture("PNG", (8000, 6000)), "te veel pixels (8000 × 6000)"),
        (
            "zwaar.png",
            b"\x89PNG\r\n\x1a\n" + b"0" * (10 * 1024 * 1024),
            "De afbeelding is te groot: het maximum is 10,0\xa0MB.",
        ),
        ("script.png", png_with_script(), MARKUP_MESSAGE),
        ("gifar.gif", gifar(), MARKUP_MESSAGE),
        ("kapot.png", picture("PNG", (800, 600))[:400], "Deze afbeelding kon niet worden gelezen."),
        ("leeg.png", bomb_png(4000, 3000), "Deze afbeelding kon niet worden gelezen."),
    ],
    ids=[
        "web-page-named-jpg",
        "png-named-jpg",
        "svg",
        "decompression-bomb",
        "over-pixel-limit",
        "over-10mb",
        "script-in-png-text-chunk",
        "gif-with-zip-after-it",
        "truncated-png",
        "declared-size-without-pixels",
    ],
)
def test_admin_refuses_bad_images_with_a_dutch_message(alkmaar_editor, media, name, data, message):
    response = upload_image(alkmaar_editor, name, data)
    assert response.status_code == 200
    assert message in text_of(response), response.context["form"].errors
    assert not CustomImage.objects.exists()
    assert not stored_files(media)


def test_admin_multiple_upload_and_chooser_refuse_a_polyglot(alkmaar_editor, media):
    """The library's multiple uploader and a chooser's upload tab use the same form."""
    response = alkmaar_editor.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": collection().pk, "files[]": SimpleUploadedFile("x.png", png_with_script())},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert MARKUP_MESSAGE in html.unescape(response.json()["error_message"])

    response = alkmaar_editor.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Fietsles",
            "image-chooser-upload-collection": collection().pk,
            "image-chooser-upload-file": SimpleUploadedFile("x.gif", gifar()),
        },
    )
    assert response.status_code == 200
    assert MARKUP_MESSAGE in text_of(response)
    assert not CustomImage.objects.exists()
    assert not stored_files(media)


@pytest.mark.parametrize(
    "name, data",
    [
        ("foto.jpg", picture("JPEG", (1200, 800))),
        ("foto.png", picture("PNG", (640, 360))),
        ("foto.webp", picture("WEBP")),
        ("foto.gif", picture("GIF")),
    ],
    ids=["jpeg", "png", "webp", "gif"],
)
def test_admin_accepts_real_images(alkmaar_editor, media, name, data):
    response = upload_image(alkmaar_editor, name, data)
    assert response.status_code == 302, text_of(response)[:3000]
    image = CustomImage.objects.get()
    assert image.title == "Fietsles" and image.collection == collection()


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("verslag.pdf", picture("PNG"), "het is geen echt .pdf-bestand"),
        ("verslag.pdf", WEB_PAGE, MARKUP_MESSAGE),
        ("verslag.pdf", b"%PDF-1.4\n<html><script>alert(1)</script>", MARKUP_MESSAGE),
        ("notulen.txt", WEB_PAGE, MARKUP_MESSAGE),
        ("lijst.csv", b"naam;plaats\n<script>alert(1)</script>;Alkmaar\n", MARKUP_MESSAGE),
        ("notulen.txt", b"MZ\x90\x00\x03\x00\x00\x00" * 20, "het is geen echt .txt-bestand"),
        ("tekening.pdf", SVG, SVG_MESSAGE),
        ("brief.docx", b"MZ\x90\x00" + office("docx"), "het is geen echt .docx-bestand"),
        ("brief.docx", office("xlsx"), "het is geen echt .docx-bestand"),
        ("brief.docx", picture("PNG"), "het is geen echt .docx-bestand"),
        (
            "brief.docx",
            office(main_type="application/vnd.ms-word.document.macroEnabled.main+xml"),
            "Bestanden met macro's worden niet aangenomen.",
        ),
        ("brief.docx", zip_bomb_docx(), "Dit bestand pakt uit tot meer dan 500,0\xa0MB"),
        ("brief.odt", office("docx"), "het is geen echt .odt-bestand"),
        ("brief.odt", odf("spreadsheet"), "het is geen echt .odt-bestand"),
        ("programma.exe", b"MZ\x90\x00", "Bestandsextensie ‘exe’ is niet toegestaan."),
        ("pagina.html", WEB_PAGE, "Bestandsextensie ‘html’ is niet toegestaan."),
    ],
    ids=[
        "png-named-pdf",
        "web-page-named-pdf",
        "pdf-with-a-web-page",
        "web-page-named-txt",
        "csv-with-a-script",
        "program-named-txt",
        "svg-named-pdf",
        "program-with-a-zip-named-docx",
        "xlsx-named-docx",
        "png-named-docx",
        "docx-with-macros",
        "docx-unpacking-to-4gb",
        "docx-named-odt",
        "ods-named-odt",
        "exe",
        "html",
    ],
)
def test_admin_refuses_bad_documents_with_a_dutch_message(
    alkmaar_editor, media, name, data, message
):
    response = upload_document(alkmaar_editor, name, data)
    assert response.status_code == 200
    assert message in text_of(response)
    assert len(response.context["form"].errors["file"]) == 1  # one message, not two
    assert not Document.objects.exists()
    assert not stored_files(media)


def test_admin_refuses_a_document_over_20_mb(alkmaar_editor, media):
    response = upload_document(alkmaar_editor, "groot.pdf", b"%PDF-1.4\n" + b"0" * (20 * 1024**2))
    assert "Dit bestand is te groot" in text_of(response)
    assert not Document.objects.exists()
    assert not stored_files(media)


@pytest.mark.parametrize(
    "name, data",
    [
        ("verslag.pdf", PDF),
        ("brief.docx", office("docx")),
        ("begroting.xlsx", office("xlsx")),
        ("presentatie.pptx", office("pptx")),
        ("brief.odt", odf("text")),
        ("begroting.ods", odf("spreadsheet")),
        ("presentatie.odp", odf("presentation")),
        ("notulen.txt", b"Notulen van het overleg: fietsles op dinsdag.\n"),
        ("lijst.csv", "naam;plaats\nJosé;Alkmaar\n".encode("cp1252")),
    ],
    ids=["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv-cp1252"],
)
def test_admin_accepts_real_documents(alkmaar_editor, media, name, data):
    response = upload_document(alkmaar_editor, name, data)
    assert response.status_code == 302, text_of(response)[:3000]
    assert Document.objects.get().title == "Verslag"


@pytest.mark.parametrize(
    "name, data, content_type",
    [
        ("verslag.pdf", PDF, "application/pdf"),
        ("notulen.txt", b"Notulen\n", "text/plain"),
        ("brief.docx", office("docx"), None),
    ],
    ids=["pdf", "txt", "docx"],
)
def test_documents_are_served_as_downloads_with_nosniff(
    alkmaar_editor, client_for, media, name, data, content_type
):
    assert upload_document(alkmaar_editor, name, data).status_code == 302
    document = Document.objects.get()
    response = client_for("alkmaar.localhost").get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Disposition"].startswith("attachment;")
    assert name in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    if content_type:
        assert response["Content-Type"].startswith(content_type)


# --- Members' forms -------------------------------------------------------------------------------


@pytest.fixture
def amira(client_for):
    board_of("alkmaar")
    client = client_for("alkmaar.localhost")
    client.force_login(member("lid-amira"))
    return client


MEMBER_CASES = [
    ("tekening.svg", SVG, SVG_MESSAGE),
    ("tekening.png", SVG, SVG_MESSAGE),
    ("pagina.jpg", WEB_PAGE, MARKUP_MESSAGE),
    ("script.png", png_with_script(), MARKUP_MESSAGE),
    ("gifar.jpg", gifar(), MARKUP_MESSAGE),
    ("bom.png", bomb_png(100_000, 100_000), BOMB_MESSAGE),
    ("groot.png", bomb_png(8000, 6000), "te veel pixels (8000 × 6000)"),
    ("verslag.jpg", PDF, "geen"),
    ("zwaar.jpg", b"\xff\xd8\xff" + b"0" * (5 * 1024 * 1024), "te groot: het maximum is 5 MB."),
]
MEMBER_IDS = [
    "svg",
    "svg-named-png",
    "web-page-named-jpg",
    "script-in-png-text-chunk",
    "gif-with-zip-after-it",
    "decompression-bomb",
    "over-pillow-limit",
    "pdf-named-jpg",
    "over-5mb",
]


@pytest.mark.parametrize("name, data, message", MEMBER_CASES, ids=MEMBER_IDS)
def test_board_post_refuses_bad_images(amira, media, name, data, message):
    upload = SimpleUploadedFile(name, data, "image/jpeg")
    response = amira.post("/prikbord/nieuw/", {**post_form(image_alt="Plaatje"), "image": upload})
    assert response.status_code == 400
    assert message in text_of(response)
    assert not Post.objects.exists()
    assert not stored_files(media)


@pytest.mark.parametrize("name, data, message", MEMBER_CASES, ids=MEMBER_IDS)
def test_profile_photo_refuses_bad_images(amira, media, name, data, message):
    upload = SimpleUploadedFile(name, data, "image/jpeg")
    response = amira.post("/accounts/profiel/", profile_form(avatar=upload))
    assert response.status_code == 200
    assert message in text_of(response)
    assert not Profile.objects.get(user__username="lid-amira").avatar
    assert not stored_files(media)


def test_members_real_pictures_are_accepted(amira, media):
    photo = SimpleUploadedFile("foto.jpg", picture("JPEG", (1200, 900)), "image/jpeg")
    assert amira.post("/accounts/profiel/", profile_form(avatar=photo)).status_code == 302
    assert Profile.objects.get(user__username="lid-amira").avatar.name.endswith(".webp")
    image = SimpleUploadedFile("ladder.png", picture("PNG", (800, 600)), "image/png")
    response = amira.post("/prikbord/nieuw/", {**post_form(image_alt="Ladder"), "image": image})
    assert response.status_code == 302
    assert Post.objects.get().image.name.endswith(".webp")
