"""Reading listing parameters from the query string without ever failing, and paginating.

Rules (the same on every listing): a page number that is not a number gives page 1, one past
the end gives the last page; a filter value we do not know is ignored; text is cleaned.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

MAX_TEXT_LENGTH = 100


def clean_text(value):
    """Free text made safe to filter on: printable characters only (PostgreSQL refuses NUL),
    white space folded, at most MAX_TEXT_LENGTH long."""
    printable = "".join(char if char.isprintable() else " " for char in value or "")
    return " ".join(printable.split())[:MAX_TEXT_LENGTH]


def choice(request, name, allowed):
    """The query parameter if it is one of `allowed` (a collection of strings), else ""."""
    value = request.GET.get(name, "")
    return value if value in allowed else ""


def page_number(request, name="pagina"):
    value = request.GET.get(name, "")
    try:
        number = int(value)
    except ValueError:
        return 1
    return max(number, 1)


@dataclass
class Listing:
    page: object  # django.core.paginator.Page
    query: dict  # the active filters, for links that keep them

    def url_for_page(self, number):
        return "?" + urlencode({**self.query, "pagina": number})

    @property
    def filter_query(self):
        return urlencode(self.query)


def paginate(request, items, per_page, query):
    """A page of `items`: out-of-range numbers give the last page, never an error."""
    paginator = Paginator(items, per_page)
    number = min(page_number(request), paginator.num_pages)
    return Listing(page=paginator.page(number), query={k: v for k, v in query.items() if v})


# Renditions a card uses (templates/components/card.html); prefetched with the listing.
CARD_RENDITIONS = ["fill-400x225|format-webp", "fill-800x450|format-webp"]


def with_card_images(items, themes=True):
    """Listing images joined in, their card renditions prefetched (one query), and unless told
    otherwise the themes (one more) for a page of items."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_RENDITIONS)
    )
    items = items.select_related("listing_image").prefetch_related(
        Prefetch("listing_image__renditions", queryset=renditions)
    )
    return items.prefetch_related("themes") if themes else items


def in_order(items, pks):
    """The items of a queryset in the order of `pks`."""
    by_pk = {item.pk: item for item in items}
    return [by_pk[pk] for pk in pks if pk in by_pk]
