"""RSS 2.0 for any listing, built on Django's syndication framework, and the one way to
build a listing's feed address."""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from .routes import subpage_url
from .site_roots import CanonicalAddresses

# The name of the route that serves a listing's feed (RSS, or iCalendar for the calendar).
FEED_ROUTE = "feed"


class ListingFeed(Feed):
    """The items a listing page shows, as RSS, with absolute links on the right host. Made
    for pages (title, intro or listing summary, themes, first publication); a listing of other
    things overrides the item_* methods that differ."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page, items, request):
        super().__init__()
        self.index_page = index_page
        self.items_list = items
        self.request = request
        self.canonical = CanonicalAddresses()

    def title(self):
        site = Site.find_for_request(self.request)
        site_name = site.site_name if site else ""
        return " | ".join(part for part in (self.index_page.title, site_name) if part)

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return getattr(self.index_page, "intro", "") or self.index_page.title

    def items(self):
        return self.items_list

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "intro", "") or item.listing_summary

    def item_link(self, item):
        # The canonical address: an item lives on its own site's host, whichever feed lists it.
        return item.get_full_url(self.canonical)

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


def feed_url(index_page, request, filters, route=FEED_ROUTE):
    """The absolute address of a listing's feed (its route named `route`), keeping the
    listing's active filters (a dict, empty values left out)."""
    query = urlencode({key: value for key, value in filters.items() if value})
    return subpage_url(index_page, route, request=request, full=True) + (
        f"?{query}" if query else ""
    )
