"""What a page tells search engines and social media about itself, worked out in one place:
the meta description, the canonical link and the Open Graph and Twitter card tags.
templates/base.html only prints the PageMeta that page_meta returns.

- description: the page's search description (written for search engines), else its listing
  summary (whose help text promises editors it is used so), else its intro, as plain text cut
  at a word boundary near 160 characters; else the site's own description (its home page's,
  core.chrome).
- canonical: core.canonical (the page's own host and language, no query); a listing keeps its
  page number (?pagina=3) so every page of it stays indexable on its own, unless filters are
  active: a filtered selection points at the listing itself.
- Open Graph: og:url is the canonical URL; og:type is the page type's `og_type` ("article"
  for news, blogs and practice examples); og:image is the listing image at 1200x630.
"""

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import strip_tags

from .canonical import canonical_url, site_root_url
from .languages import locale_code, route_of
from .listing import PAGE_PARAMETER
from .routes import subpage_url

DESCRIPTION_LENGTH = 160
# Open Graph and Twitter's large card want 1.91:1; JPEG, which every link preview reads.
OG_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
# og:locale is language_TERRITORY: the territory where most readers of each language live.
OG_LOCALES = {
    "nl": "nl_NL",
    "en": "en_GB",
    "ar": "ar_AR",
    "uk": "uk_UA",
    "fa": "fa_IR",
    "ti": "ti_ER",
    "tr": "tr_TR",
}


@dataclass
class PageMeta:
    title: str = ""
    description: str = ""
    canonical: str = ""
    og_type: str = "website"
    locale: str = ""
    locale_alternates: list = field(default_factory=list)
    site_name: str = ""
    image_url: str = ""
    image_width: int | None = None
    image_height: int | None = None
    image_alt: str = ""
    published_time: str = ""
    modified_time: str = ""

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image_url else "summary"


def plain_text(value):
    """Text without markup or entities, its whitespace collapsed."""
    text = html.unescape(strip_tags(str(value or "")))
    return re.sub(r"\s+", " ", text).strip()


def shorten(text, limit=DESCRIPTION_LENGTH):
    """`text` cut at the last word boundary within `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"


def description_of(page):
    """The page's own description (see the module's docstring); "" when it has none."""
    for name in ("search_description", "listing_summary", "intro"):
        text = plain_text(getattr(page, name, ""))
        if text:
            return shorten(text)
    return ""


def _language_of(page):
    if page is None or getattr(page, "alias_of_id", None):
        return settings.LANGUAGE_CODE if page is not None else translation.get_language()
    return locale_code(page.locale_id) or settings.LANGUAGE_CODE


def _listing_page_number(context):
    """The number of the page of a listing being shown (clamped to the real last page), or
    None on a page that is no listing."""
    listing = context.get("listing")
    paginated = getattr(listing, "page", None) or context.get("listing_page")
    return getattr(paginated, "number", None)


def _has_filters(request):
    return any(value for key, value in request.GET.items() if key != PAGE_PARAMETER)


def canonical_for(request, page, context):
    """The canonical URL of what this request shows: a page or one of its routes, or a view
    outside the page tree (on the request's site, without its query)."""
    own_path = urlsplit(page.get_url(request) or "").path if getattr(page, "pk", None) else ""
    if not own_path or not request.path.startswith(own_path):
        # Accounts, comment and sign-up pages (even when they name the page they belong to).
        return urljoin(site_root_url(request) + "/", request.path)
    route = route_of(request, page)
    if route is None:
        url = canonical_url(page, request)
    else:
        name, args, kwargs = route
        url = subpage_url(page, name, *args, request=request, canonical=True, **kwargs)
    if url is None:
        return ""
    number = _listing_page_number(context)
    if number and number > 1 and not _has_filters(request):
        url += "?" + urlencode({PAGE_PARAMETER: number})
    return url


def _image(page, canonical):
    image = getattr(page, "listing_image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(OG_IMAGE_SPEC)
    except OSError:
        # A missing or unreadable original (Wagtail's SourceImageIOError, Pillow's
        # UnidentifiedImageError): the page shows without a preview image.
        return None
    return {
        "image_url": urljoin(canonical, rendition.url),
        "image_width": rendition.width,
        "image_height": rendition.height,
        "image_alt": image.default_alt_text,
    }


def _iso(moment):
    if not moment:
        return ""
    if hasattr(moment, "hour"):
        return timezone.localtime(moment).replace(microsecond=0).isoformat()
    return moment.isoformat()


def page_meta(request, page, chrome, context):
    """The PageMeta of this request. `context` may name a title and description of its own
    (`meta_title`, `meta_description`: a route that shows one item, such as a board post)."""
    language = _language_of(page)
    canonical = canonical_for(request, page, context)
    if context.get("meta_title"):
        title = context["meta_title"]
    elif page is None or (chrome is not None and chrome.is_home):
        # A site's home, and views outside the tree, go by the site's name.
        title = ""
    else:
        title = getattr(page, "seo_title", "") or page.title
    description = context.get("meta_description")
    description = shorten(plain_text(description)) if description else description_of(page)
    alternates = chrome.alternates if chrome is not None else []
    meta = PageMeta(
        title=plain_text(title) or (chrome.site_name if chrome else ""),
        description=description or (chrome.description if chrome else ""),
        canonical=canonical,
        og_type=getattr(page, "og_type", "website"),
        locale=OG_LOCALES.get(language, language),
        locale_alternates=[
            OG_LOCALES.get(code, code)
            for code, _url in alternates
            if code not in (language, "x-default")
        ],
        site_name=chrome.site_name if chrome else "",
    )
    if page is not None and canonical:
        found = _image(page, canonical)
        if found:
            meta.image_url = found["image_url"]
            meta.image_width = found["image_width"]
            meta.image_height = found["image_height"]
            meta.image_alt = found["image_alt"]
    if meta.og_type == "article":
        meta.published_time = _iso(
            getattr(page, "publication_date", None) or page.first_published_at
        )
        meta.modified_time = _iso(page.last_published_at)
    return meta
