"""What "uitlichten" and "landelijk uitlichten" do: a featured news item, blog or event leads
its site's home page; one featured nationally leads the national home, labelled with its
municipality; a featured instrument leads the national home."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from blog.models import BlogIndexPage, BlogPage
from practices.models import InstrumentIndexPage, InstrumentPage
from tests.factories import (
    add_event,
    add_instrument,
    add_news,
    calendar_of,
    image,
    instrument_index,
    municipality,
    national_home,
    news_index,
    person,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites(national_home):
    for slug in ("alkmaar", "arnhem", "utrecht"):
        municipality(slug)


def lead(client, host):
    """The home page's lead section: its card titles, and the section's HTML."""
    html = client(host).get("/").content.decode()
    match = re.search(r'<section class="section section--featured".*?</section>', html, re.S)
    if match is None:
        return [], ""
    section = match.group(0)
    titles = re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', section)
    # It is the first section of the page.
    assert re.search(r'<section class="section section--(\w+)"', html).group(1) == "featured"
    return titles, section


def test_featured_news_item_leads_its_sites_home(client_for):
    picture = image("Fietsles")
    add_news(
        news_index(municipality("alkmaar")),
        "Fietsles voor bewoners",
        days_ago=400,
        featured=True,
        listing_image=picture,
    )
    add_news(news_index(municipality("alkmaar")), "Gewoon bericht", days_ago=1)
    titles, section = lead(client_for, "alkmaar.localhost")
    assert titles == ["Fietsles voor bewoners"]
    assert picture.get_rendition("fill-400x225|format-webp").url in section
    # Featured locally only: not on another site's home, nor on the national one.
    assert lead(client_for, "arnhem.localhost")[0] == []
    assert "Fietsles voor bewoners" not in lead(client_for, "localhost")[1]


def test_nationally_featured_item_leads_the_national_home_labelled(client_for):
    add_news(
        news_index(municipality("alkmaar")),
        "Taalcafé draait een jaar",
        days_ago=300,
        featured_nationally=True,
    )
    titles, section = lead(client_for, "localhost")
    assert titles == ["Taalcafé draait een jaar"]
    assert '<span class="label">Alkmaar</span>' in section
    # Not featured on its own site: Alkmaar's home has no lead for it.
    assert lead(client_for, "alkmaar.localhost")[0] == []


def test_featured_event_leads_its_sites_home_with_its_next_date(client_for):
    start = timezone.now() + timedelta(days=60)
    add_event(
        calendar_of(municipality("arnhem")),
        "Fietstocht langs de Rijn",
        start,
        start + timedelta(hours=2),
        featured=True,
    )
    titles, section = lead(client_for, "arnhem.localhost")
    assert titles == ["Fietstocht langs de Rijn"]
    assert f'datetime="{timezone.localtime(start).date().isoformat()}' in section
    # An event that is over no longer leads.
    past = timezone.now() - timedelta(days=60)
    add_event(
        calendar_of(municipality("utrecht")),
        "Afgelopen feest",
        past,
        past + timedelta(hours=2),
        featured=True,
    )
    assert lead(client_for, "utrecht.localhost")[0] == []


def test_featured_blog_and_instrument_lead_the_national_home(client_for):
    blogs = BlogIndexPage.objects.child_of(national_home()).get()
    blogs.add_child(
        instance=BlogPage(
            title="Wat ik leerde",
            intro="Ervaring",
            featured=True,
            publication_date=timezone.localdate(),
        )
    )
    instruments = InstrumentIndexPage.objects.child_of(national_home()).get()
    instruments.add_child(
        instance=InstrumentPage(
            title="Checklist startbijeenkomst",
            kind="checklist",
            audience="gemeente",
            summary="Wat je regelt.",
            featured=True,
            publication_date=timezone.localdate() - timedelta(days=1),
        )
    )
    titles, _section = lead(client_for, "localhost")
    assert titles == ["Wat ik leerde", "Checklist startbijeenkomst"]


def test_instruments_offer_only_the_flag_that_means_something(client):

    client.force_login(person("landelijke-redactie"))
    instrument = add_instrument(instrument_index(national_home()), "Checklist startbijeenkomst")
    form = client.get(f"/admin/pages/{instrument.pk}/edit/").content.decode()
    assert 'name="featured"' in form
    assert 'name="show_on_all_sites"' not in form
    assert 'name="featured_nationally"' not in form
