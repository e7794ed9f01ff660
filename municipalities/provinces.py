"""The twelve Dutch provinces, and lenient lookup of what an operator types."""

from django.db import models
from django.utils.text import slugify


class Province(models.TextChoices):
    DRENTHE = "drenthe", "Drenthe"
    FLEVOLAND = "flevoland", "Flevoland"
    FRYSLAN = "fryslan", "Fryslân"
    GELDERLAND = "gelderland", "Gelderland"
    GRONINGEN = "groningen", "Groningen"
    LIMBURG = "limburg", "Limburg"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    OVERIJSSEL = "overijssel", "Overijssel"
    UTRECHT = "utrecht", "Utrecht"
    ZEELAND = "zeeland", "Zeeland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"


_ALIASES = {"friesland": Province.FRYSLAN}


def find_province(text):
    """The Province for a code or name in any case ("Noord-Holland", "noord holland",
    "Friesland"), or None when it is not a province."""
    key = slugify(text or "")
    if key in Province.values:
        return Province(key)
    return _ALIASES.get(key)


def provinces_matching(text):
    """Codes of the provinces whose name contains text (for the public filter)."""
    needle = (text or "").casefold()
    return [code for code, label in Province.choices if needle and needle in label.casefold()]
