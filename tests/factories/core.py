"""Themes and images."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale

from core.models import Theme

THEME_NAMES = {"werk-en-participatie": "Werk en participatie"}


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    slug = "groen"
    name = factory.LazyAttribute(lambda o: THEME_NAMES.get(o.slug, o.slug.capitalize()))
    locale = factory.LazyFunction(Locale.get_default)


def theme(slug):
    """The theme with this slug, made the first time a test names it."""
    return ThemeFactory(slug=slug)


class ImageFactory(wagtail_factories.ImageFactory):
    title = "Testbeeld"
    file = factory.LazyFunction(get_test_image_file)
    collection = factory.LazyFunction(Collection.get_first_root_node)


def image(title="Testbeeld", **fields):
    return ImageFactory(title=title, **fields)
