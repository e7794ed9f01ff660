"""Demo pictures drawn with Pillow, so the demo needs no files or network: simple flat
illustrations, one for each kind of activity (a garden, a walk, a festival, a shared meal, a
sports field, a conversation, a workbench), each with alt text."""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

SIZE = (1200, 675)

PICTURES = {
    "tuin": ("Buurttuin", "Groentebedden in een buurttuin onder een blauwe lucht met zon."),
    "wandelen": ("Wandelpad", "Een wandelpad tussen groene heuvels en bomen."),
    "feest": ("Buurtfeest", "Vlaggetjes en kraampjes op een buurtfeest."),
    "koken": ("Samen koken", "Een lange tafel met pannen, borden en een schaal fruit."),
    "sport": ("Sportveld", "Een groen sportveld met een doel, een bal en pionnen."),
    "taal": ("Taalcafé", "Twee tekstballonnen boven een tafel met koffiekopjes en boeken."),
    "werk": ("Werkplaats", "Een werkbank met gereedschap en een fiets op de standaard."),
}

# The picture for an item without a word match, by its first theme.
PICTURE_FOR_THEME = {
    "groen": "tuin",
    "zorg": "koken",
    "sport": "sport",
    "evenementen": "feest",
    "taal": "taal",
    "gezondheid": "wandelen",
    "werk-en-participatie": "werk",
}


def _draw(kind):
    image = Image.new("RGB", SIZE, "#bfe3f5")
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    if kind == "tuin":
        draw.ellipse((930, 60, 1070, 200), fill="#ffd23f")
        draw.rectangle((0, 380, width, height), fill="#6b8f3a")
        for row in range(4):
            top = 420 + row * 60
            draw.rectangle((80, top, width - 80, top + 34), fill="#5a3d1e")
            for x in range(110, width - 100, 70):
                draw.ellipse((x, top - 18, x + 40, top + 14), fill="#2f7d32")
    elif kind == "wandelen":
        draw.polygon(
            [
                (0, 420),
                (300, 300),
                (650, 400),
                (1000, 280),
                (width, 360),
                (width, height),
                (0, height),
            ],
            fill="#7fb069",
        )
        draw.polygon([(520, height), (700, height), (620, 420), (590, 420)], fill="#d9c49a")
        for x in (150, 260, 900, 1040):
            draw.rectangle((x + 18, 300, x + 32, 400), fill="#6d4c2f")
            draw.ellipse((x - 20, 200, x + 70, 320), fill="#2e6b30")
    elif kind == "koken":
        image.paste("#f6e7d0", (0, 0, width, height))
        draw.rectangle((0, 430, width, height), fill="#8d5b3a")
        draw.rectangle((60, 400, width - 60, 440), fill="#b07848")
        for x in (140, 420, 700):
            draw.ellipse((x, 330, x + 200, 410), fill="#ffffff", outline="#555555", width=4)
            draw.ellipse((x + 40, 345, x + 160, 395), fill="#e9a23b")
        draw.rectangle((960, 290, 1120, 400), fill="#3d5a80")
        draw.rectangle((940, 280, 1140, 300), fill="#293241")
        for x in (990, 1040, 1090):
            draw.ellipse((x - 12, 240, x + 12, 264), fill="#eeeeee")
        for x, colour in ((560, "#e63946"), (600, "#f4a261"), (580, "#6a994e")):
            draw.ellipse((x, 190, x + 60, 250), fill=colour)
    elif kind == "sport":
        draw.rectangle((0, 300, width, height), fill="#4c9a2a")
        for y in (380, 470, 560):
            draw.line((0, y, width, y), fill="#5fb236", width=40)
        draw.line((0, 300, width, 300), fill="#ffffff", width=6)
        draw.rectangle((820, 200, 1100, 420), outline="#ffffff", width=10)
        for x in range(830, 1100, 30):
            draw.line((x, 205, x, 415), fill="#dddddd", width=2)
        draw.ellipse((480, 470, 560, 550), fill="#ffffff", outline="#222222", width=4)
        for x in (200, 300, 400):
            draw.polygon([(x, 600), (x + 40, 600), (x + 20, 540)], fill="#ff7f11")
    elif kind == "taal":
        image.paste("#fdf0d5", (0, 0, width, height))
        draw.rectangle((0, 470, width, height), fill="#c08552")
        draw.rounded_rectangle(
            (120, 80, 560, 300), radius=40, fill="#ffffff", outline="#3d5a80", width=6
        )
        draw.polygon([(220, 300), (280, 300), (200, 360)], fill="#3d5a80")
        draw.rounded_rectangle(
            (640, 140, 1080, 360), radius=40, fill="#98c1d9", outline="#3d5a80", width=6
        )
        draw.polygon([(960, 360), (1020, 360), (1040, 420)], fill="#3d5a80")
        for y in (140, 190, 240):
            draw.line((170, y, 510, y), fill="#293241", width=10)
        for y in (200, 250, 300):
            draw.line((690, y, 1030, y), fill="#293241", width=10)
        for x in (300, 820):
            draw.rectangle((x, 420, x + 70, 470), fill="#ffffff", outline="#555555", width=4)
        draw.rectangle((520, 440, 700, 470), fill="#e63946")
        draw.rectangle((540, 410, 690, 440), fill="#2a9d8f")
    elif kind == "werk":
        image.paste("#e0e1dd", (0, 0, width, height))
        draw.rectangle((0, 520, width, height), fill="#778da9")
        draw.rectangle((80, 330, 700, 370), fill="#8d5b3a")
        for x in (110, 640):
            draw.rectangle((x, 370, x + 30, 600), fill="#5c3d2e")
        draw.rectangle((80, 120, 700, 300), fill="#c9ada7")
        for x, length in ((140, 130), (230, 100), (320, 150), (430, 90), (520, 120)):
            draw.line((x, 140, x, 140 + length), fill="#22223b", width=12)
            draw.ellipse((x - 16, 130, x + 16, 162), fill="#4a4e69")
        for cx in (860, 1100):
            draw.ellipse((cx - 90, 330, cx + 90, 510), outline="#22223b", width=12)
        draw.line((860, 420, 960, 340, 1100, 420), fill="#e63946", width=12)
        draw.line((960, 340, 940, 300), fill="#22223b", width=10)
        draw.line((860, 420, 1000, 420, 960, 340), fill="#e63946", width=12)
    else:
        draw.rectangle((0, 470, width, height), fill="#9aa5ad")
        colours = ["#e63946", "#f4a261", "#2a9d8f", "#264653", "#e9c46a"]
        for index, x in enumerate(range(0, width, 60)):
            draw.polygon([(x, 60), (x + 60, 60), (x + 30, 120)], fill=colours[index % 5])
        draw.line((0, 60, width, 60), fill="#333333", width=4)
        for index, x in enumerate((120, 480, 840)):
            draw.rectangle((x, 300, x + 240, 470), fill="#f1faee", outline="#333333", width=4)
            draw.polygon([(x - 20, 300), (x + 260, 300), (x + 120, 220)], fill=colours[index])
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer


NATIONAL_COLLECTION = "Landelijk"


def national_collection():
    """The national editors' collection for their own pictures (they may use every collection;
    a municipality's editors only their own)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=NATIONAL_COLLECTION).first()
    return collection or root.add_child(name=NATIONAL_COLLECTION)


def ensure_pictures(collection):
    """{kind: image}, created once in `collection`, so the editors who work with that
    collection can choose them again."""
    Picture = get_image_model()
    pictures = {}
    for kind, (title, alt) in PICTURES.items():
        picture = Picture.objects.filter(title=title, collection=collection).first()
        if picture is None:
            picture = Picture(title=title, description=alt, collection=collection)
            picture.file = ImageFile(_draw(kind), name=f"demo-{kind}.jpg")
            picture.save()
        pictures[kind] = picture
    return pictures
