"""News and blogs: editor content per site, aggregated over the page tree."""

from urllib.parse import urlencode

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from comments.models import CommentsMixin
from core import help_texts
from core.blocks import BaseStreamBlock
from core.feeds import FEED_ROUTE, ListingFeed, feed_url
from core.listing import (
    ListingFilterSet,
    MunicipalityFilter,
    ThemeFilter,
    paginate,
    with_card_images,
)
from core.models import BasePage, ContentFields
from core.queries import public_q
from municipalities.aggregation import label_items, scope_for

FEED_LENGTH = 20


class ArticleFilters(ListingFilterSet):
    thema = ThemeFilter()
    gemeente = MunicipalityFilter()


class ArticleIndexPage(RoutablePageMixin, BasePage):
    """A listing of one kind of article (news or blog) with theme and municipality filters
    in the query string, pagination and an RSS feed. Subclasses set `article_model`."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.INDEX_INTRO)
    per_page = 12

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    def article_model(self):
        raise NotImplementedError

    def listed_items(self, scope):
        """The live, public articles this index lists (before filters)."""
        return (
            self.article_model()
            .objects.live()
            .filter(public_q(), scope.items_q(self.article_model()), locale=scope.locale_id)
        )

    def own_listed_items(self):
        """The articles this index lists in its own scope (before filters)."""
        return self.listed_items(scope_for(self))

    def has_listed_items(self):
        """Whether the index lists anything; an empty one stays out of the menu (core/chrome)."""
        return self.own_listed_items().exists()

    def listing_state(self, request):
        """The filtered items and the filters: everything a listing or its feed shows."""
        scope = scope_for(self)
        items = self.listed_items(scope).order_by("-publication_date", "-first_published_at", "-pk")
        filters = ArticleFilters(
            request,
            items,
            locale_id=scope.locale_id,
            municipalities=scope.municipality_choices(),
        )
        return {
            "scope": scope,
            "themes": filters.themes,
            "municipalities": filters.municipalities,
            "filters": filters.values,
            "items": with_card_images(filters.qs),
        }

    @path("", name="index")
    def index_route(self, request):
        state = self.listing_state(request)
        filters = state["filters"]
        listing = paginate(
            request,
            state["items"].defer_streamfields(),
            self.per_page,
            filters,
            count_key=(self.pk, urlencode(sorted(filters.items()))),
        )
        label_items(listing.page.object_list, state["scope"])
        context = {
            **state,
            "listing": listing,
            "items": listing.page.object_list,
            "feed_url": feed_url(self, request, state["filters"]),
        }
        return self.render(request, context_overrides=context)

    @path("rss/", name=FEED_ROUTE)
    def feed_route(self, request):
        state = self.listing_state(request)
        items = label_items(list(state["items"][:FEED_LENGTH]), state["scope"])
        return ListingFeed(self, items, request)(request)


class ArticlePage(CommentsMixin, ContentFields, BasePage):
    """A dated article with an intro, themes and a body; members can comment."""

    og_type = "article"

    intro = models.TextField(
        _("inleiding"),
        max_length=500,
        help_text=help_texts.ARTICLE_INTRO,
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("inhoud"), blank=True, help_text=help_texts.BODY
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("intro"),
        FieldPanel("listing_image", heading=_("Afbeelding")),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    promote_panels = BasePage.promote_panels_without_image
    settings_panels = (
        BasePage.settings_panels + ContentFields.flag_panels + CommentsMixin.comments_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = list(self.themes.all())
        return context


class NewsIndexPage(ArticleIndexPage):
    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = ["blog.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    def article_model(self):
        return NewsPage


class NewsPage(ArticlePage):
    parent_page_types = ["blog.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")


class BlogIndexPage(ArticleIndexPage):
    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("blogoverzicht")
        verbose_name_plural = _("blogoverzichten")

    def article_model(self):
        return BlogPage


class BlogPage(ArticlePage):
    author_name = models.CharField(_("naam auteur"), max_length=200, blank=True)
    author_role = models.CharField(_("rol auteur"), max_length=200, blank=True)
    author_photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("foto auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = ArticlePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("author_name"), FieldPanel("author_role"), FieldPanel("author_photo")],
            heading=_("Auteur"),
        )
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")
