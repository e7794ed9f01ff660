"""The small world the browser tests look at, built with tests.factories for every test (the
live server's transactional database is flushed after each one).

The national site with its sections and a standard page, Alkmaar with its sections, one page of
every public page type, and what the listings' facets count. Nothing here comes from the demo;
the titles are test data. A test that needs more (members, posts, comments) makes it itself."""

from dataclasses import dataclass

from wagtail.models import Page

from practices.models import InstrumentPage
from tests.factories import (
    add_blog,
    add_event,
    add_instrument,
    add_news,
    add_practice,
    add_standard_page,
    add_wandelclub,
    at,
    blog_index,
    calendar_of,
    instrument_index,
    municipality,
    national_home,
    national_site,
    news_index,
    next_weekday,
    path_of,
    practice_index,
)

NATIONAL_NEWS = "Nieuwe gemeenten doen mee met Aan de Slag"
ALKMAAR_NEWS = "Buurttuin in Alkmaar krijgt hulp van nieuwe groep"
BLOG = "Wat ik leerde als vrijwilliger bij Aan de Slag"
NATIONAL_PRACTICE = "Aan de Slag - vrijwilligerswerk door AZC-bewoners"
GARDEN_PRACTICE = "Samen tuinieren in de buurttuin"
COOKING = "Kookavond met buren"


@dataclass
class World:
    national_url: str
    news_item: str
    blog_post: str
    practice: str
    garden_practice: str
    instrument: str
    event: str
    join_page: Page


def build_world():
    """The national site and Alkmaar with one page of each type; paths are on their own site."""
    home = national_home()
    add_standard_page(home, "Over het programma", slug="over-het-programma", show_in_menus=True)
    add_standard_page(home, "Contact", slug="contact", show_in_menus=True)
    add_news(news_index(home), NATIONAL_NEWS, themes=["werk"], show_on_all_sites=True)
    blog = add_blog(blog_index(home), BLOG, themes=["werk"])
    national = add_practice(practice_index(home), NATIONAL_PRACTICE, themes=["werk"], days_ago=3)
    add_practice(
        practice_index(home),
        "Taalcafé in de bibliotheek",
        themes=["taal"],
        summary="Elke week Nederlands oefenen met vrijwilligers.",
        days_ago=5,
    )
    instrument = add_instrument(
        instrument_index(home),
        "Checklist voor een eerste klus",
        themes=["werk"],
        kind=InstrumentPage.Kind.CHECKLIST,
        practice_examples=[national],
    )

    alkmaar = municipality("alkmaar")
    join = add_standard_page(alkmaar, "Meedoen", slug="meedoen", show_in_menus=True)
    news = add_news(news_index(alkmaar), ALKMAAR_NEWS, themes=["groen"])
    garden = add_practice(
        practice_index(alkmaar),
        GARDEN_PRACTICE,
        themes=["groen"],
        summary="Bewoners van het azc en buren onderhouden samen een moestuin.",
        municipalities=[alkmaar],
        days_ago=1,
    )
    add_practice(
        practice_index(alkmaar),
        "Fruitbomen planten langs de dijk",
        themes=["groen"],
        summary="Een dag planten met de natuurvereniging.",
        municipalities=[alkmaar],
        days_ago=2,
    )
    calendar = calendar_of(alkmaar)
    walk = add_wandelclub(calendar)
    cooking_day = next_weekday(4)
    add_event(
        calendar,
        COOKING,
        at(cooking_day.year, cooking_day.month, cooking_day.day, 18),
        at(cooking_day.year, cooking_day.month, cooking_day.day, 21),
        themes=["ontmoeting"],
        location_name="Buurthuis De Horst",
        place="Alkmaar",
    )
    return World(
        national_url=f"{national_site().root_url}/",
        news_item=path_of(news),
        blog_post=path_of(blog),
        practice=path_of(national),
        garden_practice=path_of(garden),
        instrument=path_of(instrument),
        event=path_of(walk),
        join_page=join,
    )
