"""The map of the participating municipalities: an inline SVG of the Netherlands drawn on the
server (templates/components/country_map.html), with no tiles, no script and no request to
another host.

One projection places both the outline (municipalities/outline.json, Natural Earth) and the
markers: equirectangular, with longitude scaled by the cosine of the country's middle latitude,
so the country keeps its shape and a marker lands where its town lies. A marker is a link with
the name it shows on focus and hover; the list on the same page is the map's text alternative,
and municipalities without coordinates are left off the map but stay in that list.
"""

import json
import math
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from django.utils import translation

# The (European) Netherlands, with a margin for the markers' focus rings: the map's extent,
# and the range an editor may enter for a municipality (municipalities.models).
WEST, EAST = Decimal("3.3"), Decimal("7.3")
SOUTH, NORTH = Decimal("50.7"), Decimal("53.6")
# Map units per degree of latitude; a degree of longitude is cos(52.2°) of that.
SCALE = 180
_X_SCALE = SCALE * math.cos(math.radians(52.2))
WIDTH = math.ceil(float(EAST - WEST) * _X_SCALE)
HEIGHT = math.ceil(float(NORTH - SOUTH) * SCALE)


def project(latitude, longitude):
    """(x, y) on the map of a point given in decimal degrees (WGS84), x east and y south,
    in map units with one decimal."""
    x = (float(longitude) - float(WEST)) * _X_SCALE
    y = (float(NORTH) - float(latitude)) * SCALE
    return round(x, 1), round(y, 1)


OUTLINE = Path(__file__).with_name("outline.json")


def outline_rings():
    """The outline's rings of (longitude, latitude), made by municipalities/build_outline.py."""
    return json.loads(OUTLINE.read_text(encoding="utf-8"))["rings"]


@lru_cache(maxsize=1)
def outline_path():
    """The land outline as one SVG path (whole map units, relative moves: a few kilobytes)."""
    parts = []
    for ring in outline_rings():
        points = []
        for longitude, latitude in ring:
            x, y = project(latitude, longitude)
            point = (round(x), round(y))
            if not points or points[-1] != point:
                points.append(point)
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if len(points) < 3:
            continue
        (x0, y0), steps = points[0], []
        previous = points[0]
        for x, y in points[1:]:
            steps.append((x - previous[0], y - previous[1]))
            previous = (x, y)
        numbers = "".join(
            (" " if index and not text.startswith("-") else "") + text
            for index, text in enumerate(str(n) for step in steps for n in step)
        )
        parts.append(f"M{x0} {y0}l{numbers}z")
    return "".join(parts)


@dataclass(frozen=True)
class Marker:
    """A point on the map that links somewhere: a municipality (to its site) or a province
    (to its municipalities, with their number shown on the marker). x and y in map units."""

    name: str
    url: str
    x: int
    y: int
    count: int | None = None


@dataclass(frozen=True)
class DrawnMarker:
    """A marker as the template draws it: its radius, and its name on the side of the marker
    where the name stays on the map (the text is centred on its line: static/css/main.css)."""

    marker: Marker
    radius: int
    label_x: int
    anchor: str  # the text-anchor of the name: "start" or "end"


# In map units: a marker's radius (a province's holds its number) and the font size of the
# names (static/css/main.css), with about how wide a letter of a name is in it (bold).
RADIUS = 7
GROUP_RADIUS = 13
FONT_SIZE = 18
_LETTER_WIDTH = 11


@dataclass
class CountryMap:
    """What the map component draws: its title and description (the SVG's accessible name and
    description), the markers, and how many of the listed places it had to leave off."""

    title: str
    description: str
    markers: list = field(default_factory=list)
    left_off: int = 0
    width: int = WIDTH
    height: int = HEIGHT
    right_to_left: bool = False

    @property
    def outline(self):
        return outline_path()

    @property
    def places(self):
        """How many places the map is of: on it, and left off for want of a position."""
        return len(self.markers) + self.left_off

    @property
    def drawn(self):
        return [draw(marker, self.right_to_left) for marker in self.markers]


def draw(marker, right_to_left=False):
    radius = GROUP_RADIUS if marker.count is not None else RADIUS
    offset = radius + 3
    # The name goes left of the marker when it would run off the map on the right and there
    # is more room on the left.
    width = offset + len(marker.name) * _LETTER_WIDTH
    room_right, room_left = WIDTH - marker.x, marker.x
    on_left = width > room_right and room_left > room_right
    # SVG anchors follow the text's direction; right to left the map is not mirrored, so the
    # anchor flips to keep the name on the same side.
    return DrawnMarker(
        marker=marker,
        radius=radius,
        label_x=marker.x - offset if on_left else marker.x + offset,
        anchor="end" if on_left != right_to_left else "start",
    )


def has_position(place):
    return place.latitude is not None and place.longitude is not None


def markers_for(places):
    """A marker for each place that has a position, in the order given (the list's order, so
    the keyboard meets the markers as the list names them). A place has a name, url, latitude
    and longitude, and a count when it stands for several municipalities (a province)."""
    markers = []
    for place in places:
        if has_position(place):
            x, y = (round(value) for value in project(place.latitude, place.longitude))
            count = getattr(place, "count", None)
            markers.append(Marker(name=place.name, url=place.url, x=x, y=y, count=count))
    return markers


def country_map(title, description, places):
    """The map of `places` (see markers_for), drawn for the active language's direction."""
    places = list(places)
    markers = markers_for(places)
    return CountryMap(
        title=str(title),
        description=str(description),
        markers=markers,
        left_off=len(places) - len(markers),
        right_to_left=translation.get_language_bidi(),
    )
