"""Home page sections contributed by the domain apps (latest news, featured practice examples,
and, with the calendar, upcoming events). Home pages ask for them without importing those
apps, so dependencies keep pointing one way: apps register here in their AppConfig.ready().
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .cache import cached, site_scope, subtree_scope
from .language_tree import source_page
from .listing import CARD_RENDITIONS

_providers = []
_featured_sources = []

# How many featured items lead a home page.
FEATURED_COUNT = 3


@dataclass
class Section:
    key: str
    title: str
    items: list = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""
    empty_text: str = ""
    # How the section is drawn: cards by default; an app may bring its own template.
    template: str = "components/home_section_cards.html"
    # Set on a section of pages that may also lead the home page ("Uitgelicht"): the provider
    # fetches FEATURED_COUNT more than it shows, and home_sections leaves out the led ones,
    # so no item shows twice and the section stays full.
    limit: int | None = None


def register_home_section(order, provider):
    """provider(home, request, children) returns a Section or None; lower order comes first."""
    _providers.append((order, provider))
    _providers.sort(key=lambda entry: entry[0])


def home_children(home):
    """The home page's live child pages (their specific class known), cached in the home's own
    scope: the section indexes of a site change only when its pages are published or moved."""
    # The Dutch home's sections: every language has them all (core.language_tree).
    home = source_page(home)
    return cached(
        ("home-children", home.pk),
        lambda: list(
            home.get_children().live().select_related("content_type").defer_streamfields()
        ),
        scope=site_scope(home.pk),
    )


def child_of_type(children, model):
    return next((child for child in children if child.specific_class is model), None)


def home_sections(home, request):
    children = home_children(home)
    sections = (provider(home, request, children) for _order, provider in _providers)
    sections = [section for section in sections if section is not None]
    led = {item.pk for section in sections if section.key == "featured" for item in section.items}
    for section in sections:
        if section.limit is not None:
            section.items = [item for item in section.items if item.pk not in led][: section.limit]
    return sections


def register_featured_source(source):
    """source(home, count) returns at most `count` live items of one app that lead `home`'s
    page (see Scope.featured_q), labelled with their origin, their card images joined in."""
    _featured_sources.append(source)


def featured_lead(home, request, children):
    """The items editors featured, newest first, as the first section of a home page.
    Built on a cache miss only (per structure version and day), so a warm home page spends
    no query on it; the card renditions are made before caching, so none is looked up later."""

    def build():
        items = [item for source in _featured_sources for item in source(home, FEATURED_COUNT)]
        items.sort(key=lambda item: (item.publication_date or date.min, item.pk), reverse=True)
        items = items[:FEATURED_COUNT]
        for item in items:
            if item.listing_image is not None:
                item.listing_image.get_renditions(*CARD_RENDITIONS)
        return items

    items = cached(
        ("home-featured", home.pk, translation.get_language(), timezone.localdate().isoformat()),
        build,
        scope=subtree_scope(home.pk),
    )
    if not items:
        return None
    return Section(
        key="featured",
        title=_("Uitgelicht"),
        items=items,
        template="components/home_section_lead.html",
    )
