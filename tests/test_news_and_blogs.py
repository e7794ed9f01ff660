"""News and blog listings: aggregation over the tree, labels, filters, bad parameters."""

import re

import pytest

from blog.models import NewsPage
from tests.factories import add_blog, add_news, blog_index, municipality, national_home, news_index

pytestmark = pytest.mark.django_db

# (title, themes, flagged "show on all sites")
NATIONAL_NEWS = [
    ("Aan de Slag groeit: nieuwe gemeenten doen mee", ["werk-en-participatie"], True),
    ("Handreiking voor een goede start in je gemeente", ["werk-en-participatie"], True),
    ("Samen naar de Vierdaagse", ["evenementen", "sport"], False),
]
# Each of these municipalities has three items of its own; Deventer has none.
NEWS_SITES = ["Alkmaar", "Arnhem", "Utrecht", "Nijmegen"]
LOCAL_NEWS = [
    ("Buurttuin in {} krijgt hulp van nieuwe groep", ["groen", "taal"]),
    ("Wandelclub in {} zoekt nog wandelaars", ["zorg", "gezondheid"]),
    ("Koningsdag in {}: helpende handen gezocht", ["evenementen"]),
]


@pytest.fixture(scope="module", autouse=True)
def news(module_world):
    with module_world():
        _publish_news()


def _publish_news():
    national = news_index(national_home())
    for days_ago, (title, themes, flagged) in zip([3, 12, 30], NATIONAL_NEWS, strict=True):
        add_news(national, title, days_ago=days_ago, themes=themes, show_on_all_sites=flagged)
    add_blog(
        blog_index(national_home()),
        "Wat ik leerde als vrijwilliger bij Aan de Slag",
        author_name="Marieke",
        author_role="vrijwilliger",
    )
    for name in NEWS_SITES:
        index = news_index(municipality(name.lower()))
        for days_ago, (title, themes) in enumerate(LOCAL_NEWS):
            add_news(index, title.format(name), days_ago=5 + days_ago * 15, themes=themes)
    municipality("deventer")


def titles(response):
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]+)</a></h3>', html)


def labels(response):
    """{title: label} as a visitor sees each card labelled."""
    html = response.content.decode()
    cards = re.findall(r'<article class="card card--article">(.*?)</article>', html, re.S)
    found = {}
    for card in cards:
        title = re.search(r'<h3 class="card__title"><a href="[^"]*">([^<]+)</a>', card).group(1)
        label = re.search(r'<span class="label[^"]*">([^<]+)</span>', card)
        found[title] = label.group(1) if label else None
    return found


def test_national_index_shows_national_and_every_municipality_item_labelled(client_for):
    response = client_for("localhost").get("/nieuws/")
    assert response.status_code == 200
    shown = labels(response)
    assert shown["Buurttuin in Alkmaar krijgt hulp van nieuwe groep"] == "Alkmaar"
    assert shown["Wandelclub in Arnhem zoekt nog wandelaars"] == "Arnhem"
    assert shown["Samen naar de Vierdaagse"] == "Landelijk"
    total = NewsPage.objects.live().count()
    assert f"{total} berichten" in response.content.decode()
    assert total == len(NATIONAL_NEWS) + len(NEWS_SITES) * len(LOCAL_NEWS)


def test_municipality_index_shows_own_plus_national_flagged(client_for):
    response = client_for("alkmaar.localhost").get("/nieuws/")
    shown = labels(response)
    assert set(shown) == {
        "Buurttuin in Alkmaar krijgt hulp van nieuwe groep",
        "Wandelclub in Alkmaar zoekt nog wandelaars",
        "Koningsdag in Alkmaar: helpende handen gezocht",
        # Flagged "show on all sites":
        "Aan de Slag groeit: nieuwe gemeenten doen mee",
        "Handreiking voor een goede start in je gemeente",
    }
    # National items are labelled as such; the site's own are not labelled with a place.
    assert shown["Aan de Slag groeit: nieuwe gemeenten doen mee"] == "Landelijk"
    assert shown["Buurttuin in Alkmaar krijgt hulp van nieuwe groep"] is None
    # Another municipality's and unflagged national news stay out.
    assert "Wandelclub in Arnhem zoekt nog wandelaars" not in shown
    assert "Samen naar de Vierdaagse" not in shown


def test_a_municipality_with_no_news_of_its_own_still_gets_flagged_national_news(client_for):
    shown = titles(client_for("deventer.localhost").get("/nieuws/"))
    assert sorted(shown) == [
        "Aan de Slag groeit: nieuwe gemeenten doen mee",
        "Handreiking voor een goede start in je gemeente",
    ]


def test_newest_first(client_for):
    index = news_index(municipality("alkmaar"))
    add_news(index, "Gisteren", days_ago=1)
    add_news(index, "Vandaag", days_ago=0)
    add_news(index, "Lang geleden", days_ago=400)
    shown = titles(client_for("alkmaar.localhost").get("/nieuws/"))
    assert shown[:2] == ["Vandaag", "Gisteren"]
    assert shown[-1] == "Lang geleden"


@pytest.mark.parametrize(
    "query,expected",
    [
        ("?thema=groen", {"Buurttuin in Alkmaar krijgt hulp van nieuwe groep"}),
        (
            "?thema=evenementen",
            {"Koningsdag in Alkmaar: helpende handen gezocht"},
        ),
        (
            "?thema=werk-en-participatie",
            {
                "Aan de Slag groeit: nieuwe gemeenten doen mee",
                "Handreiking voor een goede start in je gemeente",
            },
        ),
    ],
)
def test_theme_filter_on_a_municipality_site(client_for, query, expected):
    assert set(titles(client_for("alkmaar.localhost").get("/nieuws/" + query))) == expected


def test_filters_combine_on_the_national_site(client_for):
    national = client_for("localhost")
    assert set(titles(national.get("/nieuws/?gemeente=arnhem"))) == {
        "Buurttuin in Arnhem krijgt hulp van nieuwe groep",
        "Wandelclub in Arnhem zoekt nog wandelaars",
        "Koningsdag in Arnhem: helpende handen gezocht",
    }
    assert titles(national.get("/nieuws/?gemeente=arnhem&thema=zorg")) == [
        "Wandelclub in Arnhem zoekt nog wandelaars"
    ]
    assert titles(national.get("/nieuws/?gemeente=arnhem&thema=taal&pagina=1")) == [
        "Buurttuin in Arnhem krijgt hulp van nieuwe groep"
    ]
    # The chosen filter stays selected in the form (shareable, no JavaScript).
    html = national.get("/nieuws/?gemeente=arnhem&thema=zorg").content.decode()
    assert '<option value="arnhem" selected>' in html
    assert '<option value="zorg" selected>' in html


def test_municipality_filter_is_not_offered_locally(client_for):
    html = client_for("alkmaar.localhost").get("/nieuws/?gemeente=arnhem").content.decode()
    assert 'name="gemeente"' not in html
    assert "Wandelclub in Arnhem" not in html


@pytest.mark.parametrize(
    "query,shown",
    [
        ("?thema=bestaat-niet", 12),
        ("?gemeente=atlantis", 12),
        ("?pagina=abc", 12),
        ("?pagina=-4", 12),
        ("?pagina=0", 12),
        ("?thema=%00&gemeente=%3Cscript%3E", 12),
        # 15 items: page 2 holds the last 3, and a page past the end shows the last page.
        ("?pagina=99999999999999999999", 3),
        ("?pagina=1&pagina=2&thema=", 3),
    ],
)
def test_bad_parameters_never_fail(client_for, query, shown):
    response = client_for("localhost").get("/nieuws/" + query)
    assert response.status_code == 200
    assert len(titles(response)) == shown
    assert "<script>" not in response.content.decode()


def test_pagination_twelve_a_page_and_out_of_range_gives_the_last(client_for):
    index = news_index(municipality("alkmaar"))
    for number in range(20):
        add_news(index, f"Bericht {number:02d}", days_ago=100 + number)
    client = client_for("alkmaar.localhost")
    first = titles(client.get("/nieuws/"))
    assert len(first) == 12
    second = titles(client.get("/nieuws/?pagina=2"))
    assert len(second) == 12
    last = titles(client.get("/nieuws/?pagina=3"))
    assert titles(client.get("/nieuws/?pagina=50")) == last
    assert len(first) + len(second) + len(last) == 25
    assert not set(first) & set(second)
    html = client.get("/nieuws/?pagina=2&thema=").content.decode()
    assert 'href="?pagina=3"' in html and 'aria-current="page">2<' in html


def test_filters_survive_pagination_links(client_for):
    index = news_index(national_home())
    for number in range(14):
        add_news(index, f"Taalcafé {number}", themes=["taal"], show_on_all_sites=True)
    html = client_for("localhost").get("/nieuws/?thema=taal").content.decode()
    assert 'href="?thema=taal&amp;pagina=2"' in html


def test_article_page_shows_date_themes_and_escapes_editor_text(client_for):
    index = news_index(municipality("alkmaar"))
    add_news(index, "Veilig", intro="<script>alert(1)</script> & meer", themes=["sport"])
    response = client_for("alkmaar.localhost").get("/nieuws/veilig/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer" in html
    assert '<span class="label">Sport</span>' in html
    # The description is the intro's text (core.meta strips markup), escaped.
    assert '<meta name="description" content="alert(1) &amp; meer">' in html
    assert "<script>alert" not in html


def test_publication_date_defaults_to_first_publish():
    index = news_index(municipality("alkmaar"))
    page = NewsPage(title="Zonder datum", intro="Iets")
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.publication_date == page.first_published_at.astimezone().date()


def test_blog_shows_its_author(client_for):
    html = client_for("localhost").get("/blogs/wat-ik-leerde-als-vrijwilliger-bij-aan-de-slag/")
    assert "Door Marieke, vrijwilliger" in html.content.decode()
