"""The national list of municipalities: filter without JavaScript, hostile input, query budget."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from municipalities.provisioning import provision_municipality
from tests import factories

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

# (slug, province, official municipality when the place is part of another one)
MUNICIPALITIES = [
    ("alkmaar", "Noord-Holland", ""),
    ("arnhem", "Gelderland", ""),
    ("heerlen", "Limburg", ""),
    ("sittard-geleen", "Limburg", ""),
    ("utrecht", "Utrecht", ""),
    ("utrechtse-heuvelrug", "Utrecht", ""),
    ("leersum", "Utrecht", "Utrechtse Heuvelrug"),
    ("emmeloord", "Flevoland", "Noordoostpolder"),
]


@pytest.fixture(scope="module", autouse=True)
def municipalities(module_world):
    with module_world():
        for slug, province, official in MUNICIPALITIES:
            factories.municipality(slug, province=province, official_municipality=official)


def names(response):
    """The names in the list, a list per province, in their order (by name)."""
    lists = re.findall(r'<ul class="municipality-list">(.*?)</ul>', response.content.decode(), re.S)
    return [re.findall(r'<li><a href="[^"]*">([^<]+)</a>', items) for items in lists]


def entries(response):
    return [name for group in names(response) for name in group]


@pytest.fixture
def national(client_for):
    return client_for("localhost")


def test_lists_every_municipality_by_province_with_site_link(national):
    response = national.get("/gemeenten/")
    assert response.status_code == 200
    html = response.content.decode()
    provinces = re.findall(r'<h2>([^<]+)</h2>\s*<ul class="municipality-list">', html)
    assert provinces == ["Flevoland", "Gelderland", "Limburg", "Noord-Holland", "Utrecht"]
    assert names(response) == [
        ["Emmeloord"],
        ["Arnhem"],
        ["Heerlen", "Sittard-Geleen"],
        ["Alkmaar"],
        ["Leersum", "Utrecht", "Utrechtse Heuvelrug"],
    ]
    assert len(entries(response)) == len(MUNICIPALITIES)
    assert f"{len(MUNICIPALITIES)} gemeenten" in html
    assert '<li><a href="http://alkmaar.localhost/">Alkmaar</a></li>' in html
    # Leersum lies in Utrechtse Heuvelrug, under Utrecht.
    utrecht = html[html.index("<h2>Utrecht</h2>") :]
    assert (
        '<li><a href="http://leersum.localhost/">Leersum</a> '
        "<span>gemeente Utrechtse Heuvelrug</span></li>"
    ) in utrecht


@pytest.mark.parametrize(
    "query,expected",
    [
        ("alkmaar", ["Alkmaar"]),
        ("ALKMAAR", ["Alkmaar"]),
        ("  arnhem ", ["Arnhem"]),
        ("limburg", ["Heerlen", "Sittard-Geleen"]),
        ("heuvelrug", ["Leersum", "Utrechtse Heuvelrug"]),
        ("noordoostpolder", ["Emmeloord"]),
        ("utrecht", ["Leersum", "Utrecht", "Utrechtse Heuvelrug"]),
    ],
)
def test_text_filter(national, query, expected):
    assert sorted(entries(national.get("/gemeenten/", {"q": query}))) == expected


@pytest.mark.parametrize(
    "query",
    ["<script>alert(1)</script>", "' OR 1=1 --", "%", "x" * 5000, "🙂", "a\nb"],
)
def test_hostile_filter_input_never_errors_and_is_escaped(national, query):
    response = national.get("/gemeenten/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Geen gemeente gevonden" in html


def test_control_characters_are_dropped_not_sent_to_the_database(national):
    # PostgreSQL refuses NUL in a string literal; the filter must never pass it on.
    response = national.get("/gemeenten/", {"q": "\x00alkmaar\x00"})
    assert response.status_code == 200
    assert entries(response) == ["Alkmaar"]


def test_repeated_parameter_uses_the_last_value(national):
    response = national.get("/gemeenten/?q=alkmaar&q=arnhem")
    assert entries(response) == ["Arnhem"]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "path,host", [("/gemeenten/", "localhost"), ("/", "localhost"), ("/", "alkmaar.localhost")]
)
def test_query_count_does_not_grow_with_content(client_for, path, host):
    client = client_for(host)
    client.get(path)  # warm Wagtail's cached site root paths
    with_few = count_queries(client, path)
    for number in range(29):
        provision_municipality(f"Testgemeente {number}", province="Utrecht")
    client.get(path)
    with_50 = count_queries(client, path)
    assert with_50 == with_few
    # Wagtail's routing takes about 8 of these; the page itself a fixed handful.
    assert with_few <= 16
