from django.utils.translation import gettext as _

from core.listing import with_card_images
from core.queries import public_q
from core.sections import FEATURED_COUNT, Section, child_of_type
from municipalities.aggregation import label_items, scope_for

from .models import BlogPage, NewsIndexPage, NewsPage

HOME_NEWS_COUNT = 3


def featured_articles(home, count):
    """Featured news items and blogs for the home page's lead (core.sections)."""
    scope = scope_for(home)
    items = []
    for model in (NewsPage, BlogPage):
        featured = (
            model.objects.live()
            .filter(
                public_q(),
                scope.items_q(model),
                scope.featured_q(model),
                locale=scope.locale_id,
            )
            .order_by("-publication_date", "-first_published_at", "-pk")
        )
        items += with_card_images(featured, themes=False)[:count]
    return label_items(items, scope)


def latest_news(home, request, children):
    """The site's newest news items (the same selection as its news index)."""
    index = child_of_type(children, NewsIndexPage)
    scope = scope_for(home)
    items = list(
        with_card_images(
            NewsPage.objects.live()
            .filter(public_q(), scope.items_q(NewsPage), locale=scope.locale_id)
            .order_by("-publication_date", "-first_published_at", "-pk"),
            themes=False,
        )[: HOME_NEWS_COUNT + FEATURED_COUNT]
    )
    return Section(
        key="news",
        title=_("Laatste nieuws"),
        items=label_items(items, scope),
        limit=HOME_NEWS_COUNT,
        more_url=index.get_url(request) if index else "",
        more_label=_("Al het nieuws"),
        empty_text=_("Er is nog geen nieuws."),
    )
