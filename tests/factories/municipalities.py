"""A municipality through municipalities.provisioning (home page, Site, collection, editor
and moderator groups, review workflow: the real code path), with its sections."""

from wagtail.models import Site

from municipalities.models import MunicipalityHomePage
from municipalities.provisioning import provision_municipality
from tests.factories.home import add_sections, national_home

# Test data: the province of the municipalities tests name; any other slug lies in
# Noord-Holland.
PROVINCES = {
    "alkmaar": "Noord-Holland",
    "amsterdam": "Noord-Holland",
    "arnhem": "Gelderland",
    "nijmegen": "Gelderland",
    "utrecht": "Utrecht",
    "deventer": "Overijssel",
    "leersum": "Utrecht",
    "rotterdam": "Zuid-Holland",
    "tilburg": "Noord-Brabant",
}

# Names that are not the slug's words capitalised.
NAMES = {"sittard-geleen": "Sittard-Geleen"}


def municipality(slug, *, name=None, province=None, **fields):
    """The municipality's home page, provisioned (with the national home) on first use.
    Extra fields (official_municipality, intro, ...) are set when it is made."""
    home = MunicipalityHomePage.objects.filter(slug=slug).first()
    if home is not None:
        return home
    national_home()
    name = name or NAMES.get(slug) or slug.replace("-", " ").title()
    provisioned = provision_municipality(
        name, slug=slug, province=province or PROVINCES.get(slug, "Noord-Holland")
    )
    home = provisioned.home
    if fields:
        for field, value in fields.items():
            setattr(home, field, value)
        home.save()
    add_sections(home)
    return home


def municipality_site(slug):
    return Site.objects.get(root_page=municipality(slug))
