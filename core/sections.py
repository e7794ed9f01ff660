"""Home page sections contributed by the domain apps (latest news, featured practice examples,
and, with the calendar, upcoming events). Home pages ask for them without importing those
apps, so dependencies keep pointing one way: apps register here in their AppConfig.ready().
"""

from dataclasses import dataclass, field

from .cache import cached, site_scope

_providers = []


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


def register_home_section(order, provider):
    """provider(home, request, children) returns a Section or None; lower order comes first."""
    _providers.append((order, provider))
    _providers.sort(key=lambda entry: entry[0])


def home_children(home):
    """The home page's live child pages (their specific class known), cached in the home's own
    scope: the section indexes of a site change only when its pages are published or moved."""
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
    return [section for section in sections if section is not None]
