"""Practice examples and instruments with their indexes."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from practices.models import (
    InstrumentIndexPage,
    InstrumentPage,
    PracticeExamplePage,
    PracticeIndexPage,
)
from tests.factories.core import theme


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PracticeIndexPage
        django_get_or_create = ("parent",)

    title = "Praktijkvoorbeelden"
    slug = "praktijkvoorbeelden"
    show_in_menus = True


class InstrumentIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InstrumentIndexPage
        django_get_or_create = ("parent",)

    title = "Instrumenten"
    slug = "instrumenten"
    show_in_menus = True


class PracticeExamplePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PracticeExamplePage

    # Blank: Wagtail makes the slug from the title, unique among the siblings.
    slug = ""
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    summary = factory.LazyAttribute(lambda o: f"Samenvatting van {o.title}.")
    publication_date = factory.LazyFunction(timezone.localdate)


class InstrumentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InstrumentPage

    # Blank: Wagtail makes the slug from the title, unique among the siblings.
    slug = ""
    title = factory.Sequence(lambda n: f"Instrument {n}")
    kind = InstrumentPage.Kind.CHECKLIST
    audience = InstrumentPage.Audience.MUNICIPALITY
    summary = factory.LazyAttribute(lambda o: f"Samenvatting van {o.title}.")
    publication_date = factory.LazyFunction(timezone.localdate)


def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


def instrument_index(home):
    return InstrumentIndexPageFactory(parent=home)


def add_practice(index, title, *, themes=("groen",), municipalities=(), days_ago=0, **fields):
    fields.setdefault("publication_date", timezone.localdate() - timedelta(days=days_ago))
    return PracticeExamplePageFactory(
        parent=index,
        title=title,
        themes=[theme(slug) for slug in themes],
        involved_municipalities=list(municipalities),
        **fields,
    )


def add_instrument(index, title, *, themes=("groen",), practice_examples=(), **fields):
    return InstrumentPageFactory(
        parent=index,
        title=title,
        themes=[theme(slug) for slug in themes],
        practice_examples=list(practice_examples),
        **fields,
    )
