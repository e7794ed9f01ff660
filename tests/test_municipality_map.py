"""The map of the participating municipalities: the projection, where provisioning puts a
municipality (the gazetteer), the map on the national home and on /gemeenten/ (markers that
link to the sites, names, title and description, the province filter), and that the map stays
right when a municipality joins."""

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core.cache import GLOBAL, bump
from core.sections import home_children
from demo import content
from municipalities import map as country_map
from municipalities.gazetteer import find_place, find_position
from municipalities.models import LIST_LIMIT, MunicipalityHomePage
from municipalities.provinces import find_province
from municipalities.provisioning import provision_municipality
from municipalities.sections import municipalities_map
from tests.factories import municipality, person

# --- The projection and the outline ---------------------------------------------------------

UTRECHT = (52.09083, 5.12222)
GRONINGEN = (53.21917, 6.56667)
MAASTRICHT = (50.84833, 5.68889)
MIDDELBURG = (51.5, 3.61389)


def test_groningen_lies_north_east_of_utrecht_and_maastricht_south():
    utrecht = country_map.project(*UTRECHT)
    groningen = country_map.project(*GRONINGEN)
    maastricht = country_map.project(*MAASTRICHT)
    middelburg = country_map.project(*MIDDELBURG)
    # x grows to the east, y to the south.
    assert groningen[0] > utrecht[0] and groningen[1] < utrecht[1]
    assert maastricht[1] > utrecht[1]
    assert middelburg[0] < utrecht[0]


def test_the_projection_keeps_the_countrys_shape():
    """Equirectangular with longitude scaled by cos(52.2°): distances east-west and
    north-south on the map compare as they do on the ground (Utrecht-Groningen: about 100 km
    east and 125 km north)."""
    utrecht = country_map.project(*UTRECHT)
    groningen = country_map.project(*GRONINGEN)
    east, north = groningen[0] - utrecht[0], utrecht[1] - groningen[1]
    assert east / north == pytest.approx(99 / 125, rel=0.05)


def outline_points():
    numbers = re.findall(r"M(-?\d+) (-?\d+)l([^z]*)z", country_map.outline_path())
    for x, y, steps in numbers:
        x, y = int(x), int(y)
        yield x, y
        values = [int(value) for value in re.findall(r"-?\d+", steps)]
        for dx, dy in zip(values[::2], values[1::2], strict=True):
            x, y = x + dx, y + dy
            yield x, y


def test_the_outline_is_small_and_lies_inside_the_map():
    path = country_map.outline_path()
    assert len(path) < 4000
    points = list(outline_points())
    assert len(points) > 200
    assert all(0 <= x <= country_map.WIDTH and 0 <= y <= country_map.HEIGHT for x, y in points)
    # It is the Netherlands: its points reach from Zeeland's coast to the German border.
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    assert min(xs) < country_map.project(*MIDDELBURG)[0] < max(xs)
    assert min(ys) < country_map.project(*GRONINGEN)[1]
    assert max(ys) > country_map.project(*MAASTRICHT)[1]


def demo_position(name, province):
    """Where provisioning puts a demo municipality (demo/seeding.py passes the seat)."""
    return find_position(
        name, find_province(province).value, place=content.MUNICIPALITY_SEATS.get(name)
    )


@pytest.mark.parametrize(
    "name,province", [(name, province) for name, province, _official in content.MUNICIPALITIES]
)
def test_every_demo_municipality_has_a_position_inside_the_map(name, province):
    position = demo_position(name, province)
    assert position is not None, name
    x, y = country_map.project(position.latitude, position.longitude)
    assert 0 < x < country_map.WIDTH and 0 < y < country_map.HEIGHT


def test_a_marker_name_stays_on_the_map():
    for latitude, longitude in (GRONINGEN, MIDDELBURG, UTRECHT, MAASTRICHT):
        x, y = country_map.project(latitude, longitude)
        marker = country_map.Marker(name="Utrechtse Heuvelrug", url="/", x=round(x), y=round(y))
        drawn = country_map.draw(marker)
        width = len(marker.name) * 11
        if drawn.anchor == "end":
            assert drawn.label_x < marker.x and drawn.label_x - width >= 0
        else:
            assert drawn.label_x > marker.x and drawn.label_x + width <= country_map.WIDTH
    # Right to left the map is not mirrored: the anchor flips so the name keeps its side.
    east = country_map.Marker(name="Musselkanaal", url="/", x=430, y=150)
    ltr, rtl = country_map.draw(east), country_map.draw(east, right_to_left=True)
    assert ltr.label_x == rtl.label_x < east.x
    assert (ltr.anchor, rtl.anchor) == ("end", "start")


# --- The gazetteer --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,province,latitude,longitude",
    [
        ("Leersum", "utrecht", 52.012, 5.428),
        ("Overloon", "noord-brabant", 51.572, 5.947),
        ("Musselkanaal", "groningen", 52.933, 7.015),
        ("Emmeloord", "flevoland", 52.711, 5.749),
        ("Alkmaar", "noord-holland", 52.632, 4.749),
        ("Den Haag", "zuid-holland", 52.077, 4.299),  # an alternative name of The Hague
        ("'s-hertogenbosch", "noord-brabant", 51.699, 5.304),
    ],
)
def test_finds_dutch_towns(name, province, latitude, longitude):
    position = find_position(name, province)
    assert float(position.latitude) == pytest.approx(latitude, abs=0.01)
    assert float(position.longitude) == pytest.approx(longitude, abs=0.01)


def test_an_ambiguous_name_is_the_place_in_the_municipalitys_province():
    in_zuid_holland = find_position("Rijswijk", "zuid-holland")
    in_brabant = find_position("Rijswijk", "noord-brabant")
    assert float(in_zuid_holland.latitude) == pytest.approx(52.036, abs=0.01)  # by Den Haag
    assert float(in_brabant.longitude) == pytest.approx(5.025, abs=0.01)  # by Woudrichem
    # A name found only in another province is another place: not guessed.
    assert find_position("Leersum", "limburg") is None


def test_a_municipality_named_after_two_towns_lies_between_them():
    position = find_position("Sittard-Geleen", "limburg")
    sittard, geleen = find_place("Sittard", "limburg"), find_place("Geleen", "limburg")
    assert float(position.latitude) == pytest.approx((sittard.latitude + geleen.latitude) / 2)
    assert float(position.longitude) == pytest.approx((sittard.longitude + geleen.longitude) / 2)
    # Half a name found is no position.
    assert find_position("Midden-Groningen", "groningen") is None


def test_a_name_that_is_no_place_is_found_by_its_seat():
    assert find_position("Utrechtse Heuvelrug", "utrecht") is None
    doorn = find_position("Utrechtse Heuvelrug", "utrecht", place="Doorn")
    assert float(doorn.latitude) == pytest.approx(52.033, abs=0.01)
    assert find_position("Nergenshuizen", "utrecht") is None


# --- Provisioning and the admin -------------------------------------------------------------


@pytest.mark.django_db
def test_add_municipality_fills_the_position(national_home):
    out = StringIO()
    call_command("add_municipality", "Musselkanaal", "--province", "Groningen", stdout=out)
    home = MunicipalityHomePage.objects.get(slug="musselkanaal")
    assert (home.latitude, home.longitude) == (Decimal("52.93250"), Decimal("7.01528"))
    assert "Kaart:   52.93250, 7.01528 (GeoNames: Musselkanaal (Groningen))" in out.getvalue()


@pytest.mark.django_db
def test_add_municipality_takes_the_seat_or_says_it_found_none(national_home):
    out = StringIO()
    call_command("add_municipality", "Utrechtse Heuvelrug", "--province", "Utrecht", stdout=out)
    home = MunicipalityHomePage.objects.get(slug="utrechtse-heuvelrug")
    assert home.latitude is None and home.longitude is None
    assert "geen plek gevonden voor Utrechtse Heuvelrug" in out.getvalue()

    # Run again with the seat: it adds what was missing, and only that.
    out = StringIO()
    call_command("add_municipality", "Utrechtse Heuvelrug", "--place", "Doorn", stdout=out)
    home.refresh_from_db()
    assert home.latitude == Decimal("52.03343")
    assert "bestond al; plek op de kaart toegevoegd" in out.getvalue()


@pytest.mark.django_db
def test_an_unknown_seat_is_refused_and_nothing_is_made(national_home):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="De plaats “Atlantis” staat niet in de lijst"):
        call_command(
            "add_municipality", "Zeewolde", "--province", "Flevoland", "--place", "Atlantis"
        )
    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_filling_an_existing_home_keeps_the_position_in_its_draft(national_home):
    """A municipality provisioned before the map, then edited (it has a revision): the
    position goes into the revision too, so the editor's next publish keeps it."""
    home = provision_municipality("Zwolle", province="Overijssel").home
    MunicipalityHomePage.objects.filter(pk=home.pk).update(latitude=None, longitude=None)
    home.refresh_from_db()
    home.intro = "Een nieuwe inleiding."
    home.save_revision()

    provision_municipality("Zwolle", province="Overijssel")

    home.refresh_from_db()
    assert home.latitude == Decimal("52.51250")
    draft = home.get_latest_revision_as_object()
    assert draft.latitude == Decimal("52.51250") and draft.longitude == Decimal("6.09444")
    assert draft.intro == "Een nieuwe inleiding."


@pytest.mark.django_db
@pytest.mark.parametrize(
    "latitude,longitude,field",
    [
        ("48.85", "2.35", "latitude"),  # Paris
        ("52.1", "13.4", "longitude"),  # east of the map (Berlin's longitude)
        ("52.1", None, "longitude"),
        (None, "5.1", "latitude"),
    ],
)
def test_positions_off_the_map_or_half_given_are_refused(latitude, longitude, field):
    home = municipality("utrecht")
    home.latitude = Decimal(latitude) if latitude else None
    home.longitude = Decimal(longitude) if longitude else None
    with pytest.raises(ValidationError) as refused:
        home.full_clean()
    assert field in refused.value.message_dict


@pytest.mark.django_db
def test_editors_edit_the_position_in_the_gemeente_panel(client):
    home = municipality("alkmaar")
    client.force_login(person("admin"))
    html = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    panel = html[html.index(">Gemeente<") :]
    assert 'name="latitude"' in panel and 'value="52.63167"' in panel
    assert 'name="longitude"' in panel and 'value="4.74861"' in panel
    assert "bijvoorbeeld 52.63167 voor Alkmaar" in html
    assert "Vul beide in of laat beide leeg." in html


# --- The pages ------------------------------------------------------------------------------

# slug: province; each of these is a town the gazetteer finds.
PLACES = {
    "alkmaar": "Noord-Holland",
    "groningen": "Groningen",
    "heerlen": "Limburg",
    "maastricht": "Limburg",
    "utrecht": "Utrecht",
}


@pytest.fixture
def places(db):
    return {slug: municipality(slug, province=province) for slug, province in PLACES.items()}


def svg_of(html):
    match = re.search(r"<svg class=\"country-map__svg\".*?</svg>", html, re.S)
    assert match, "no map on the page"
    return match.group(0)


def markers(html):
    """{name: (href, x, y)} of the map's markers."""
    found = re.findall(
        r'<a href="([^"]+)"[^>]*><circle cx="(-?\d+)" cy="(-?\d+)"[^>]*/>'
        r"(?:<text[^>]*aria-hidden[^>]*>[^<]*</text>)?<text[^>]*>([^<]+)</text></a>",
        svg_of(html),
    )
    return {name: (href, int(x), int(y)) for href, x, y, name in found}


def listed(html):
    """[(province heading, [(name, href)])] of the list beside the map."""
    groups = re.findall(
        r"<h2>([^<]+)</h2>\s*<ul class=\"municipality-list\">(.*?)</ul>", html, re.S
    )
    return [
        (label, re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', items)) for label, items in groups
    ]


def get(client_for, path, host="localhost", **params):
    response = client_for(host).get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_index_maps_and_lists_every_municipality_by_province(client_for, places):
    html = get(client_for, "/gemeenten/")
    svg = svg_of(html)
    assert '<title id="kaart-titel">Kaart van de gemeenten die meedoen</title>' in svg
    assert 'aria-labelledby="kaart-titel" aria-describedby="kaart-beschrijving"' in svg
    assert "De lijst op deze pagina noemt dezelfde gemeenten." in svg
    on_map = markers(html)
    assert on_map["Alkmaar"][0] == "http://alkmaar.localhost/"
    assert set(on_map) == {"Alkmaar", "Groningen", "Heerlen", "Maastricht", "Utrecht"}
    # The map is the country: Groningen north-east of Utrecht, Maastricht south, all inside.
    assert on_map["Groningen"][1] > on_map["Utrecht"][1] > on_map["Alkmaar"][1]
    assert on_map["Groningen"][2] < on_map["Utrecht"][2] < on_map["Maastricht"][2]
    width, height = map(int, re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups())
    assert all(0 < x < width and 0 < y < height for _href, x, y in on_map.values())
    # The list is the text alternative: the same names and links, by province.
    assert listed(html) == [
        ("Groningen", [("http://groningen.localhost/", "Groningen")]),
        (
            "Limburg",
            [
                ("http://heerlen.localhost/", "Heerlen"),
                ("http://maastricht.localhost/", "Maastricht"),
            ],
        ),
        ("Noord-Holland", [("http://alkmaar.localhost/", "Alkmaar")]),
        ("Utrecht", [("http://utrecht.localhost/", "Utrecht")]),
    ]


def test_a_municipality_without_position_stays_in_the_list_only(client_for, places):
    municipality("nergenshuizen", province="Utrecht")  # no such town: no position
    html = get(client_for, "/gemeenten/")
    assert "Nergenshuizen" not in markers(html)
    assert ("http://nergenshuizen.localhost/", "Nergenshuizen") in dict(listed(html))["Utrecht"]
    assert "1 gemeente uit de lijst heeft nog geen plek op de kaart." in svg_of(html)


def test_the_province_filter_maps_and_lists_one_province(client_for, places):
    html = get(client_for, "/gemeenten/", provincie="limburg")
    assert set(markers(html)) == {"Heerlen", "Maastricht"}
    assert [label for label, _entries in listed(html)] == ["Limburg"]
    assert "2 gemeenten in Limburg" in " ".join(html.split())
    assert '<option value="limburg" selected>Limburg (2)</option>' in html
    # A search within it keeps working.
    html = get(client_for, "/gemeenten/", provincie="limburg", q="maas")
    assert set(markers(html)) == {"Maastricht"}


@pytest.mark.parametrize(
    "value", ["atlantis", "<script>alert(1)</script>", "LIMBURG ", "x" * 5000, "limburg\x00", "🙂"]
)
def test_an_unknown_province_is_said_and_the_whole_list_shown(client_for, places, value):
    html = get(client_for, "/gemeenten/", provincie=value)
    assert "Er is geen provincie “" in html
    assert "Kies een provincie uit de lijst." in html
    assert "<script>alert(1)</script>" not in html
    assert len(markers(html)) == len(PLACES)


def test_a_search_that_finds_nothing_draws_no_map(client_for, places):
    html = get(client_for, "/gemeenten/", q="nergens")
    assert "Geen gemeente gevonden" in html
    assert "<svg" not in html


def test_the_national_home_maps_every_municipality(client_for, places):
    html = get(client_for, "/")
    assert "Gemeenten die meedoen" in html
    assert set(markers(html)) == {"Alkmaar", "Groningen", "Heerlen", "Maastricht", "Utrecht"}
    assert markers(html)["Utrecht"][0] == "http://utrecht.localhost/"
    assert '<a class="section__more" href="/gemeenten/">Alle gemeenten op een rij</a>' in html
    assert "5 gemeenten doen mee aan Aan de Slag." in html
    # A municipality's own home has no map.
    assert "<svg" not in get(client_for, "/", host="alkmaar.localhost")


def test_in_arabic_the_markers_lead_to_the_sites_in_arabic_and_the_names_keep_their_side(
    client_for, places
):
    dutch = get(client_for, "/gemeenten/")
    arabic = get(client_for, "/ar/gemeenten/")
    assert markers(arabic)["Alkmaar"][0] == "http://alkmaar.localhost/ar/"
    assert '<html lang="ar" dir="rtl">' in arabic
    # Groningen is in the east: its name on its left, anchored at the name's end in Dutch and
    # at its start right to left (where the start is on the right).
    pattern = r'<text x="(\d+)" y="\d+"(?: text-anchor="(\w+)")?>Groningen</text>'
    x_nl, anchor_nl = re.search(pattern, dutch).groups()
    x_ar, anchor_ar = re.search(pattern, arabic).groups()
    assert x_nl == x_ar and int(x_nl) < markers(dutch)["Groningen"][1]
    assert (anchor_nl, anchor_ar or "start") == ("end", "start")  # "start" is the default


def test_the_map_stays_right_when_a_municipality_joins(client_for, places):
    # Both pages seen (and the home's map cached) before Zwolle joins.
    assert "Zwolle" not in get(client_for, "/")
    assert "Zwolle" not in get(client_for, "/gemeenten/")

    out = StringIO()
    call_command("add_municipality", "Zwolle", "--province", "Overijssel", stdout=out)

    for path in ("/", "/gemeenten/"):
        html = get(client_for, path)
        href, x, y = markers(html)["Zwolle"]
        assert href == "http://zwolle.localhost/"
        # North-east of Utrecht, as Zwolle lies.
        assert x > markers(html)["Utrecht"][1] and y < markers(html)["Utrecht"][2]
    assert ("Overijssel", [("http://zwolle.localhost/", "Zwolle")]) in listed(
        get(client_for, "/gemeenten/")
    )


def count_queries(client, path, **params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, params).status_code == 200
    return len(queries)


# The provinces' share of the 342 municipalities of the country (2024), for a big test world.
SHARES = {
    "Gelderland": 51,
    "Noord-Brabant": 56,
    "Zuid-Holland": 50,
    "Noord-Holland": 44,
    "Limburg": 31,
}


def test_at_the_size_of_the_country_the_index_opens_with_the_provinces(client_for, places):
    """Beyond LIST_LIMIT the index shows a marker and a line per province, each a link to its
    municipalities; a province's view and a search list and map its municipalities; the
    number of queries stays the same from a few municipalities to many; the home still maps
    every one of them."""
    client = client_for("localhost")
    views = {
        "index": ("/gemeenten/", {}),
        "province": ("/gemeenten/", {"provincie": "limburg"}),
        "search": ("/gemeenten/", {"q": "a"}),
        "home": ("/", {}),
    }

    def queries():
        """{view: queries} of each view (warm: the site chrome and Wagtail's site root paths
        cached, as on a busy site), and the queries of drawing the home's map anew."""
        for path, params in views.values():
            client.get(path, params)
        warm = {
            name: count_queries(client, path, **params) for name, (path, params) in views.items()
        }
        national = Site.objects.get(is_default_site=True).root_page
        children = home_children(national)
        request = RequestFactory(HTTP_HOST="localhost").get("/")
        bump(GLOBAL)
        with CaptureQueriesContext(connection) as drawing:
            section = municipalities_map(national, request, children)
        return warm, (len(drawing), section.items[0].markers)

    few, (few_drawing, few_markers) = queries()
    number = 0
    while MunicipalityHomePage.objects.count() <= LIST_LIMIT:
        province = list(SHARES)[number % len(SHARES)]
        provision_municipality(f"Testgemeente {number}", province=province)
        number += 1
    # Give them positions around Arnhem, as an editor would.
    MunicipalityHomePage.objects.filter(title__startswith="Testgemeente").update(
        latitude=Decimal("51.98"), longitude=Decimal("5.91")
    )
    many, (many_drawing, many_markers) = queries()
    for name in ("province", "search", "home"):
        assert many[name] == few[name], name
    # Without a choice, many municipalities show as provinces: no list to fetch.
    assert many["index"] <= few["index"]
    assert max(few.values()) <= 15
    assert many_drawing == few_drawing and many_markers > few_markers

    html = get(client_for, "/gemeenten/")
    total = MunicipalityHomePage.objects.count()
    assert f"{total} gemeenten doen mee" in html
    assert "Kaart van de provincies met gemeenten die meedoen" in svg_of(html)
    provinces = markers(html)
    limburg = MunicipalityHomePage.objects.filter(province="limburg").count()
    assert provinces[f"Limburg ({limburg})"][0] == "?provincie=limburg"
    assert f'<li><a href="?provincie=limburg">Limburg</a> <span>{limburg} gemeenten</span>' in html
    assert "Testgemeente" not in html and "municipality-list" not in html
    # The province marker lies at the mean of its municipalities: Heerlen, Maastricht and the
    # test municipalities by Arnhem.
    heerlen, maastricht = places["heerlen"], places["maastricht"]
    latitudes = [heerlen.latitude, maastricht.latitude] + [Decimal("51.98")] * (limburg - 2)
    longitudes = [heerlen.longitude, maastricht.longitude] + [Decimal("5.91")] * (limburg - 2)
    expected = country_map.project(sum(latitudes) / limburg, sum(longitudes) / limburg)
    assert provinces[f"Limburg ({limburg})"][1:] == tuple(round(value) for value in expected)

    html = get(client_for, "/gemeenten/", provincie="limburg")
    assert {"Heerlen", "Maastricht"} <= set(markers(html))
    assert len(markers(html)) == limburg

    # The national home maps every municipality, beyond the index's limit.
    assert len(markers(get(client_for, "/"))) == total


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
@pytest.mark.xdist_group("demo")
def test_every_demo_municipality_is_on_the_map(client_for):
    """seed_demo provisions its municipalities as add_municipality does, with the seat of
    Utrechtse Heuvelrug: all 21 have a position, and the home's map shows them all."""
    homes = MunicipalityHomePage.objects.filter(locale__language_code="nl")
    assert sorted(homes.values_list("title", flat=True)) == sorted(
        name for name, _province, _official in content.MUNICIPALITIES
    )
    assert not homes.filter(latitude__isnull=True).exists()
    assert not homes.filter(longitude__isnull=True).exists()
    assert len(markers(get(client_for, "/"))) == len(content.MUNICIPALITIES)
