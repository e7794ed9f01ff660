"""Demo pictures drawn with Pillow, so the demo needs no files or network: simple flat
illustrations of a garden, a walk and a festival, each with alt text."""

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
