"""News and blogs: the indexes and their articles."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from blog.models import BlogIndexPage, BlogPage, NewsIndexPage, NewsPage
from tests.factories.core import theme


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    """The one news index of a home (made once, found after)."""

    class Meta:
        model = NewsIndexPage
        django_get_or_create = ("parent",)

    title = "Nieuws"
    slug = "nieuws"
    show_in_menus = True


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage
        django_get_or_create = ("parent",)

    title = "Blogs"
    slug = "blogs"
    show_in_menus = True


class ArticleFactory(wagtail_factories.PageFactory):
    # Blank: Wagtail makes the slug from the title, unique among the siblings.
    slug = ""
    title = factory.Sequence(lambda n: f"Bericht {n}")
    intro = factory.LazyAttribute(lambda o: f"Inleiding bij {o.title}.")
    publication_date = factory.LazyFunction(timezone.localdate)


class NewsPageFactory(ArticleFactory):
    class Meta:
        model = NewsPage


class BlogPageFactory(ArticleFactory):
    class Meta:
        model = BlogPage


def news_index(home):
    return NewsIndexPageFactory(parent=home)


def blog_index(home):
    return BlogIndexPageFactory(parent=home)


def _article(factory_class, index, title, days_ago, themes, fields):
    fields.setdefault("publication_date", timezone.localdate() - timedelta(days=days_ago))
    return factory_class(
        parent=index, title=title, themes=[theme(slug) for slug in themes], **fields
    )


def add_news(index, title, *, days_ago=0, themes=(), **fields):
    return _article(NewsPageFactory, index, title, days_ago, themes, fields)


def add_blog(index, title, *, days_ago=0, themes=(), **fields):
    return _article(BlogPageFactory, index, title, days_ago, themes, fields)
