"""What the site search finds, by kind: the slug of the type facet (?soort=), its label, and
the model. Pages are searched in one query over all their types; bulletin board posts are
member content, searched apart (search.results)."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    model_label: str

    @cached_property
    def model(self):
        return apps.get_model(self.model_label)


POST = Kind("prikbord", _("Prikbord"), "board.Post")
PAGE_KINDS = (
    Kind("nieuws", _("Nieuws"), "blog.NewsPage"),
    Kind("blog", pgettext_lazy("search type", "Blog"), "blog.BlogPage"),
    Kind("praktijkvoorbeeld", _("Praktijkvoorbeeld"), "practices.PracticeExamplePage"),
    Kind("instrument", _("Instrument"), "practices.InstrumentPage"),
    Kind("activiteit", _("Activiteit"), "events.EventPage"),
    Kind("pagina", _("Pagina"), "home.StandardPage"),
)
KINDS = (*PAGE_KINDS, POST)


def page_kind_of(model):
    return next(kind for kind in PAGE_KINDS if kind.model is model)
