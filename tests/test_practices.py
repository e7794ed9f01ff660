"""Practice examples and instruments: faceted indexes with counts, search, sorting."""

import re

import pytest

from core.models import Partner
from practices.models import PracticePartner
from tests.factories import (
    add_instrument,
    add_practice,
    instrument_index,
    municipality,
    national_home,
    practice_index,
)

pytestmark = pytest.mark.django_db

NATIONAL_PRACTICE = "Aan de Slag - vrijwilligerswerk door AZC-bewoners"
# (municipality, title, themes, status): each involves its own municipality.
LOCAL_PRACTICES = [
    ("alkmaar", "Samen tuinieren in de buurttuin", ["groen", "taal"], "lopend"),
    ("nijmegen", "Vrijwilligers bij de Vierdaagse", ["evenementen", "sport"], "afgerond"),
    ("arnhem", "Wandelclub voor nieuwkomers en buren", ["zorg", "gezondheid"], "lopend"),
]


@pytest.fixture(scope="module", autouse=True)
def examples(module_world):
    """A national example involving Utrecht and Nijmegen, flagged for all sites and used by two
    instruments; three local ones; and Deventer, with none."""
    with module_world():
        _add_examples()


def _add_examples():
    for slug, title, themes, status in LOCAL_PRACTICES:
        home = municipality(slug)
        add_practice(
            practice_index(home), title, themes=themes, status=status, municipalities=[home]
        )
    municipality("deventer")
    national = add_practice(
        practice_index(national_home()),
        NATIONAL_PRACTICE,
        themes=["groen", "zorg", "sport", "evenementen"],
        municipalities=[municipality("utrecht"), municipality("nijmegen")],
        status="lopend",
        show_on_all_sites=True,
        why_and_goal="<p>Wachten in een azc maakt passief.</p>",
        approach="<p>De vrijwilligerscentrale zoekt klussen in de buurt.</p>",
        works_well="<p>Vaste groepjes die elke week dezelfde klus doen.</p>",
        could_be_better="<p>Vervoer van het azc naar de klus kost tijd en geld.</p>",
        results="<p>Er zijn meer dan 16.000 koppelingen gemaakt.</p>",
        partners=[
            PracticePartner(
                partner=Partner.objects.create(name="Pharos"), role="uitvoering landelijk programma"
            )
        ],
    )
    instruments = instrument_index(national_home())
    add_instrument(
        instruments,
        "Handreiking: Aan de Slag in je gemeente",
        kind="handreiking",
        audience="gemeente",
        themes=["werk-en-participatie"],
        practice_examples=[national],
    )
    add_instrument(
        instruments,
        "Checklist: een goede eerste klus",
        kind="checklist",
        audience="vrijwilligerscentrale",
        themes=["werk-en-participatie", "taal"],
        practice_examples=[national],
    )


def titles(response):
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]+)</a></h3>', html)


def facet(response, name):
    """{option label: (count, selected)} of one facet, as shown."""
    html = response.content.decode()
    block = re.search(rf'<h2 id="facet-{name}"[^>]*>.*?</ul>', html, re.S).group(0)
    options = {}
    for link in re.findall(r"<a href=\"[^\"]*\"[^>]*>.*?</a>", block, re.S):
        text = re.sub(r"<[^>]+>", "", link)
        label, count = re.match(r"\s*(?:✓ )?(.+?) \((\d+)", text).groups()
        options[label] = (int(count), 'aria-current="true"' in link)
    return options


@pytest.fixture
def national(client_for):
    return client_for("localhost")


def test_national_index_lists_every_example_with_counts(national):
    response = national.get("/praktijkvoorbeelden/")
    assert response.status_code == 200
    assert sorted(titles(response)) == [
        "Aan de Slag - vrijwilligerswerk door AZC-bewoners",
        "Samen tuinieren in de buurttuin",
        "Vrijwilligers bij de Vierdaagse",
        "Wandelclub voor nieuwkomers en buren",
    ]
    assert facet(response, "thema")["Groen"] == (2, False)
    assert facet(response, "thema")["Evenementen"] == (2, False)
    assert facet(response, "status") == {"Lopend": (3, False), "Afgerond": (1, False)}
    municipalities = facet(response, "gemeente")
    assert municipalities["Alkmaar"] == (1, False)
    # The national example involves Utrecht and Nijmegen.
    assert municipalities["Utrecht"] == (1, False)
    assert municipalities["Nijmegen"] == (2, False)
    assert "Deventer" not in municipalities  # no examples: no option


def test_counts_follow_the_other_filters(national):
    response = national.get("/praktijkvoorbeelden/?thema=evenementen")
    assert sorted(titles(response)) == [
        "Aan de Slag - vrijwilligerswerk door AZC-bewoners",
        "Vrijwilligers bij de Vierdaagse",
    ]
    assert facet(response, "status") == {"Lopend": (1, False), "Afgerond": (1, False)}
    # The theme facet itself still counts without its own filter, and marks the choice.
    assert facet(response, "thema")["Evenementen"] == (2, True)
    assert facet(response, "thema")["Zorg"] == (2, False)


def test_facets_combine(national):
    response = national.get(
        "/praktijkvoorbeelden/?thema=evenementen&status=afgerond&gemeente=nijmegen"
    )
    assert titles(response) == ["Vrijwilligers bij de Vierdaagse"]
    html = response.content.decode()
    # Every facet link keeps the other filters; the chosen one's link removes it.
    assert 'href="?thema=evenementen&amp;status=afgerond"' in html


def test_parts_and_starts_of_words_find_what_a_dutch_reader_means(national):
    # "tuin" is the start of "tuinieren" and a part of "buurttuin".
    assert titles(national.get("/praktijkvoorbeelden/?q=tuin")) == [
        "Samen tuinieren in de buurttuin"
    ]
    assert titles(national.get("/praktijkvoorbeelden/?q=Vierdaagse")) == [
        "Vrijwilligers bij de Vierdaagse"
    ]
    # "klus" is a word of one instrument, "handreik" the start of another's first word.
    assert titles(national.get("/instrumenten/?q=klus")) == ["Checklist: een goede eerste klus"]
    assert titles(national.get("/instrumenten/?q=handreik")) == [
        "Handreiking: Aan de Slag in je gemeente"
    ]


def test_text_search_and_sorting(national):
    assert titles(national.get("/praktijkvoorbeelden/?q=buurttuin")) == [
        "Samen tuinieren in de buurttuin"
    ]
    assert titles(national.get("/praktijkvoorbeelden/?q=buurttuin&thema=sport")) == []
    a_to_z = titles(national.get("/praktijkvoorbeelden/?sorteer=az"))
    assert a_to_z == sorted(a_to_z, key=str.casefold)
    index = practice_index(municipality("arnhem"))
    add_practice(index, "Oudste voorbeeld", days_ago=900)
    add_practice(index, "Nieuwste voorbeeld", days_ago=-1)
    newest = titles(national.get("/praktijkvoorbeelden/"))
    assert newest[0] == "Nieuwste voorbeeld" and newest[-1] == "Oudste voorbeeld"


def test_municipality_index_shows_examples_that_involve_it(client_for):
    alkmaar = titles(client_for("alkmaar.localhost").get("/praktijkvoorbeelden/"))
    # Its own, plus the national example flagged for all sites.
    assert sorted(alkmaar) == [
        "Aan de Slag - vrijwilligerswerk door AZC-bewoners",
        "Samen tuinieren in de buurttuin",
    ]
    # A national example that names Deventer shows up on Deventer's site.
    add_practice(
        practice_index(national_home()),
        "Landelijk met Deventer",
        municipalities=[municipality("deventer")],
    )
    assert "Landelijk met Deventer" in titles(
        client_for("deventer.localhost").get("/praktijkvoorbeelden/")
    )
    # An Arnhem example that names Alkmaar shows up in Alkmaar too.
    add_practice(
        practice_index(municipality("arnhem")),
        "Arnhem en Alkmaar samen",
        municipalities=[municipality("alkmaar")],
    )
    assert "Arnhem en Alkmaar samen" in titles(
        client_for("alkmaar.localhost").get("/praktijkvoorbeelden/")
    )
    local_html = client_for("alkmaar.localhost").get("/praktijkvoorbeelden/").content.decode()
    assert "gemeente" not in re.findall(r'id="facet-(\w+)"', local_html)


@pytest.mark.parametrize(
    "query",
    [
        "?thema=bestaat-niet",
        "?status=%00",
        "?gemeente=<b>",
        "?sorteer=zz",
        "?pagina=x",
        "?q=" + "a" * 3000,
        "?q=%00%01",
    ],
)
def test_bad_parameters_never_fail(national, query):
    response = national.get("/praktijkvoorbeelden/" + query)
    assert response.status_code == 200
    assert "<b>" not in response.content.decode()


def test_practice_page_shows_its_sections_and_instruments(national):
    response = national.get("/praktijkvoorbeelden/aan-de-slag-vrijwilligerswerk-door-azc-bewoners/")
    html = response.content.decode()
    assert response.status_code == 200
    for heading in [
        "Aanleiding en doel",
        "Aanpak",
        "Wat werkt goed",
        "Wat kan beter",
        "Resultaten",
    ]:
        assert f"<h2>{heading}</h2>" in html
    assert "16.000 koppelingen" in html
    assert "Pharos" in html and "Utrecht" in html and "Nijmegen" in html
    # Instruments that use it are shown on both sides.
    assert "Handreiking: Aan de Slag in je gemeente" in html
    instrument = national.get(
        "/instrumenten/handreiking-aan-de-slag-in-je-gemeente/"
    ).content.decode()
    assert "Aan de Slag - vrijwilligerswerk door AZC-bewoners" in instrument


def test_instrument_index_is_faceted(national):
    response = national.get("/instrumenten/")
    assert facet(response, "soort") == {"Checklist": (1, False), "Handreiking": (1, False)}
    assert titles(
        national.get("/instrumenten/?soort=checklist&doelgroep=vrijwilligerscentrale")
    ) == ["Checklist: een goede eerste klus"]
    assert titles(national.get("/instrumenten/?soort=checklist&doelgroep=gemeente")) == []
