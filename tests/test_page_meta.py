"""What a page tells search engines and link previews (core.meta, core.canonical): a canonical
link on the page's own host and in its own language, Open Graph and Twitter card tags with the
listing image, a meta description from what the editor wrote, and an event's JSON-LD."""

import json
from datetime import datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from tests.factories import (
    add_event,
    add_news,
    add_post,
    add_practice,
    add_standard_page,
    board_of,
    calendar_of,
    image,
    municipality,
    news_index,
    path_of,
    practice_index,
)
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db


class Head(HTMLParser):
    """The <link> and <meta> elements of a page's head, and its JSON-LD scripts."""

    def __init__(self, html):
        super().__init__()
        self.links = []
        self.meta = {}
        self.meta_lists = {}
        self.scripts = []
        self._in_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, attrs.get("content"))
                self.meta_lists.setdefault(key, []).append(attrs.get("content"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.scripts[-1] += data

    @property
    def canonical(self):
        found = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        assert len(found) <= 1, found
        return found[0] if found else None

    @property
    def alternates(self):
        return {
            link["hreflang"]: link["href"]
            for link in self.links
            if link.get("rel") == "alternate" and link.get("hreflang")
        }


def head(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return Head(response.content.decode())


@pytest.fixture
def alkmaar():
    return municipality("alkmaar")


def test_a_municipality_page_is_canonical_on_its_own_host(client_for, alkmaar):
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    own = "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/"
    on_own_host = head(client_for("alkmaar.localhost"), path_of(news))
    # The same page on the national host, under /gemeenten/alkmaar/.
    on_national_host = head(client_for("localhost"), "/gemeenten/alkmaar" + path_of(news))
    for found in (on_own_host, on_national_host):
        assert found.canonical == own
        assert found.meta["og:url"] == own


def test_the_canonical_link_is_in_the_pages_own_language(client_for, alkmaar):
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    untranslated = add_news(news_index(alkmaar), "Samen koken")
    translate_page(news, "ar", {"Fietsles aan het kanaal": "درس ركوب الدراجة"})
    client = client_for("alkmaar.localhost")

    arabic = head(client, "/ar" + path_of(news))
    assert arabic.canonical == "http://alkmaar.localhost/ar/nieuws/fietsles-aan-het-kanaal/"
    assert arabic.meta["og:locale"] == "ar_AR"
    assert arabic.meta["og:title"] == "درس ركوب الدراجة"
    assert arabic.meta_lists["og:locale:alternate"] == ["nl_NL"]

    # Not translated yet: served in Dutch under /ar/, known by its Dutch address.
    fallback = head(client, "/ar" + path_of(untranslated))
    assert fallback.canonical == "http://alkmaar.localhost/nieuws/samen-koken/"
    assert fallback.meta["og:locale"] == "nl_NL"
    assert fallback.alternates == {}


def test_alternates_on_the_national_host_point_at_the_own_host(client_for, alkmaar):
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal")
    translate_page(news, "ar", {"Fietsles aan het kanaal": "درس ركوب الدراجة"})
    found = head(client_for("localhost"), "/gemeenten/alkmaar" + path_of(news))
    assert found.alternates == {
        "nl": "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/",
        "ar": "http://alkmaar.localhost/ar/nieuws/fietsles-aan-het-kanaal/",
        "x-default": "http://alkmaar.localhost/nieuws/fietsles-aan-het-kanaal/",
    }


def test_an_unknown_host_name_points_at_the_sites_own(client_for, national_home):
    page = add_standard_page(national_home, "Over het programma")
    found = head(client_for("www.localhost"), path_of(page))
    assert found.canonical == "http://localhost/over-het-programma/"
    assert head(client_for("www.localhost"), "/").canonical == "http://localhost/"


def test_a_listing_keeps_its_page_number_but_not_its_filters(client_for, alkmaar):
    for n in range(14):  # two pages of twelve
        add_news(news_index(alkmaar), f"Nieuws {n}", themes=["groen"])
    client = client_for("alkmaar.localhost")
    base = "http://alkmaar.localhost/nieuws/"
    assert head(client, "/nieuws/").canonical == base
    assert head(client, "/nieuws/?pagina=1").canonical == base
    assert head(client, "/nieuws/?pagina=2").canonical == base + "?pagina=2"
    # Out of range shows the last page, and says so.
    assert head(client, "/nieuws/?pagina=99").canonical == base + "?pagina=2"
    assert head(client, "/nieuws/?pagina=x").canonical == base
    # A filtered selection, or anything else in the query, points at the listing itself.
    assert head(client, "/nieuws/?thema=groen&pagina=2").canonical == base
    assert head(client, "/nieuws/?utm_source=nieuwsbrief").canonical == base


def test_a_route_of_a_page_is_canonical_on_the_pages_own_host(client_for, alkmaar):
    post = add_post(board_of("alkmaar"), "Fietsen gezocht", body="Wie heeft er nog een fiets?")
    found = head(client_for("localhost"), f"/gemeenten/alkmaar/prikbord/{post.pk}/")
    assert found.canonical == f"http://alkmaar.localhost/prikbord/{post.pk}/"
    # A board post is described by itself, not by the board.
    assert found.meta["og:title"] == "Fietsen gezocht"
    assert found.meta["description"] == found.meta["og:description"]
    assert found.meta["description"] == "Wie heeft er nog een fiets?"
    month = head(client_for("alkmaar.localhost"), "/kalender/2026/12/")
    assert month.canonical == "http://alkmaar.localhost/kalender/2026/12/"


def test_views_outside_the_page_tree_have_their_address_without_query(client_for, alkmaar):
    found = head(client_for("alkmaar.localhost"), "/ar/accounts/login/?next=/ar/")
    assert found.canonical == "http://alkmaar.localhost/ar/accounts/login/"
    assert found.meta["og:site_name"] == "Aan de Slag Alkmaar"


def test_a_news_item_with_an_image_has_a_large_card(client_for, alkmaar):
    picture = image("Fietsen langs het kanaal", description="Twee fietsers langs het water")
    news = add_news(news_index(alkmaar), "Fietsles aan het kanaal", listing_image=picture)
    found = head(client_for("alkmaar.localhost"), path_of(news))
    assert found.meta["og:type"] == "article"
    assert found.meta["og:title"] == "Fietsles aan het kanaal"
    assert found.meta["og:site_name"] == "Aan de Slag Alkmaar"
    assert found.meta["og:locale"] == "nl_NL"
    assert found.meta["twitter:card"] == "summary_large_image"
    url = found.meta["og:image"]
    rendition = picture.renditions.get(filter_spec="fill-1200x630|format-jpeg|jpegquality-80")
    assert url == "http://alkmaar.localhost" + rendition.url
    assert url.endswith(".jpg")
    assert found.meta["og:image:width"] == str(rendition.width)
    assert found.meta["og:image:height"] == str(rendition.height)
    assert found.meta["og:image:alt"] == "Twee fietsers langs het water"
    assert found.meta["article:published_time"] == news.publication_date.isoformat()


def test_a_practice_example_is_an_article_and_a_standard_page_a_website(
    client_for, alkmaar, national_home
):
    practice = add_practice(practice_index(alkmaar), "Samen tuinieren")
    assert head(client_for("alkmaar.localhost"), path_of(practice)).meta["og:type"] == "article"
    page = add_standard_page(national_home, "Over het programma")
    found = head(client_for("localhost"), path_of(page))
    assert found.meta["og:type"] == "website"
    assert found.meta["twitter:card"] == "summary"
    assert "og:image" not in found.meta
    assert "article:published_time" not in found.meta


def test_the_home_page_goes_by_the_sites_name(client_for, alkmaar):
    found = head(client_for("alkmaar.localhost"), "/")
    assert found.meta["og:title"] == "Aan de Slag Alkmaar"
    assert found.canonical == "http://alkmaar.localhost/"


def test_the_description_is_what_the_editor_wrote_for_it(client_for, national_home):
    national_home.intro = "Vrijwilligerswerk samen met bewoners van het azc."
    national_home.save()
    long_intro = "<p>Bewoners van het <b>azc</b> &amp; buurtgenoten " + "werken samen " * 30
    pages = {
        "zoekmachine": add_standard_page(
            national_home,
            "Zoekmachine",
            search_description="Voor zoekmachines.",
            listing_summary="Voor overzichten.",
            intro="Een inleiding.",
        ),
        "overzicht": add_standard_page(
            national_home, "Overzicht", listing_summary="Voor overzichten.", intro="Inleiding."
        ),
        "inleiding": add_standard_page(national_home, "Inleiding", intro=long_intro),
        "leeg": add_standard_page(national_home, "Leeg", intro=""),
    }
    client = client_for("localhost")
    found = {name: head(client, path_of(page)) for name, page in pages.items()}
    assert found["zoekmachine"].meta["description"] == "Voor zoekmachines."
    assert found["overzicht"].meta["description"] == "Voor overzichten."
    # Without markup, cut after a whole word near 160 characters.
    cut = found["inleiding"].meta["description"]
    plain = ("Bewoners van het azc & buurtgenoten " + "werken samen " * 30).strip()
    assert 140 <= len(cut) <= 160 and cut.endswith("…")
    assert plain.startswith(cut[:-1]) and plain[len(cut) - 1] == " "
    # Nothing of its own: the site's description (its home page's intro).
    assert found["leeg"].meta["description"] == national_home.intro
    for page in found.values():
        assert page.meta["og:description"] == page.meta["description"]


def test_an_events_structured_data_stays_valid_schema_org(client_for, alkmaar):
    start = timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time()))
    start += timedelta(days=3, hours=19)
    event = add_event(
        calendar_of(alkmaar),
        "Samen koken",
        start,
        start + timedelta(hours=2),
        location_name="Buurthuis De Hoek",
        street="Kanaalkade 1",
        postcode="1811 AA",
        place="Alkmaar",
    )
    # On the national host too: the data names the event's own address.
    for client, path in [
        (client_for("alkmaar.localhost"), path_of(event)),
        (client_for("localhost"), "/gemeenten/alkmaar" + path_of(event)),
    ]:
        found = head(client, path)
        assert len(found.scripts) == 1
        data = json.loads(found.scripts[0])
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "Event"
        assert data["name"] == "Samen koken"
        assert datetime.fromisoformat(data["startDate"]) == start
        assert datetime.fromisoformat(data["endDate"]) == start + timedelta(hours=2)
        assert data["eventStatus"] == "https://schema.org/EventScheduled"
        assert data["location"]["@type"] == "Place"
        assert data["location"]["address"]["addressLocality"] == "Alkmaar"
        assert data["url"] == found.canonical == "http://alkmaar.localhost/kalender/samen-koken/"
        assert data["offers"]["url"] == data["url"]
