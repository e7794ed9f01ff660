"""What every public page shows around its content: which site, its menu, colours, footer links.

Built per site and language from the request's Wagtail Site and cached (core/cache.py); only the
"you are here" marks are worked out per request.
"""

from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Exists
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from wagtail.models import Page, Site

from .cache import cached, site_scope
from .colours import HEX_COLOUR
from .language_tree import in_current_language, source_page
from .languages import alternates, home_urls, language_links
from .mail import PROGRAM_NAME, site_name
from .meta import description_of
from .models import SiteSettings
from .queries import page_ancestors, remember_ancestors

DEFAULT_ACCENT = SiteSettings._meta.get_field("accent_colour").default


@dataclass
class MenuItem:
    title: str
    url: str
    path: str
    # The value of aria-current: "page" on the page itself, "true" inside its section.
    current: str = ""
    # The page's locale: a Dutch title in another language's menu is marked (content_lang).
    locale_id: int | None = None


@dataclass
class SiteChrome:
    site_name: str
    is_national: bool
    home_url: str
    home_current: str = ""
    # Whether the request's page is the site's root (worked out per request).
    is_home: bool = False
    root_pk: int | None = None
    root_depth: int | None = None
    national_url: str = ""
    accent_colour: str = DEFAULT_ACCENT
    logo: object = None
    menu: list = field(default_factory=list)
    contact_url: str = ""
    privacy_url: str = ""
    # The site's home in every language (core.languages.Homes), for the language switcher.
    language_homes: object = None
    # The switcher's links for this request (core.languages.LanguageLink), per request.
    languages: list = field(default_factory=list)
    # The current language's link (the switcher's label).
    language: object = None
    # (hreflang, absolute URL) pairs for <link rel="alternate">.
    alternates: list = field(default_factory=list)
    # The site's own description (its home page's, core.meta), for pages without one.
    description: str = ""

    @property
    def accent_hex(self):
        """The accent colour as its stylesheet's address names it (core.views.accent_stylesheet)."""
        return self.accent_colour.removeprefix("#").lower()


def _page_url(page, request):
    return page.get_url(request) if page is not None and page.live else ""


def _localized_root(site):
    root = site.root_page
    if translation.get_language() != settings.LANGUAGE_CODE:
        root = root.localized
    return root


def _empty_listings(children, ancestors):
    """The pks of the news, blog and practice indexes among a home's children that have nothing
    to list, asked in one query for them all: such an index stays out of the menu (an empty
    Blogs section is a dead end). The calendar and the board stay: they say there is nothing
    yet and invite to add something. Worked out only when the chrome is built (a cache miss);
    `ancestors` are the children's (the home's and the home), so no index asks."""
    checks = {}
    for child in children:
        if hasattr(child.specific_class, "has_listed_items"):
            index = remember_ancestors(child.specific_deferred, ancestors)
            checks[f"lists_{child.pk}"] = Exists(index.own_listed_items())
    if not checks:
        return set()
    found = Page.objects.filter(pk=children[0].pk).values(**checks).get()
    return {int(name.removeprefix("lists_")) for name, lists in found.items() if not lists}


def _build(site, request):
    national = site if site.is_default_site else Site.objects.filter(is_default_site=True).first()
    settings_by_site = {
        setting.site_id: setting
        for setting in SiteSettings.objects.filter(
            site_id__in={site.pk, national.pk if national else site.pk}
        ).select_related("logo", "contact_page", "privacy_page")
    }
    own = settings_by_site.get(site.pk) or SiteSettings(site=site)
    national_settings = (settings_by_site.get(national.pk) if national else None) or own

    root = _localized_root(site)
    # The Dutch home's sections, each in the active language where translated; the path is
    # the Dutch one, which the current page's source is compared with (build_site_chrome).
    home = site.root_page
    children = list(home.get_children().live().in_menu().exclude(view_restrictions__isnull=False))
    empty = _empty_listings(children, [*page_ancestors(home), home])
    children = [child for child in children if child.pk not in empty]
    paths = [child.path for child in children]
    menu = [
        MenuItem(child.title, child.get_url(request), path, locale_id=child.locale_id)
        for child, path in zip(in_current_language(children), paths, strict=True)
    ]
    accent = own.accent_colour if HEX_COLOUR.match(own.accent_colour or "") else DEFAULT_ACCENT
    return SiteChrome(
        site_name=site_name(site),
        is_national=site.is_default_site,
        home_url=root.get_url(request),
        root_pk=root.pk,
        root_depth=root.depth,
        national_url=f"{national.root_url}/" if national and not site.is_default_site else "",
        accent_colour=accent,
        logo=own.logo,
        menu=menu,
        contact_url=_page_url(own.contact_page or national_settings.contact_page, request),
        privacy_url=_page_url(own.privacy_page or national_settings.privacy_page, request),
        language_homes=home_urls(root, request),
        description=description_of(root.specific),
    )


def build_site_chrome(request, page=None):
    site = Site.find_for_request(request)
    if site is None:
        return SiteChrome(site_name=PROGRAM_NAME, is_national=True, home_url="/")
    chrome = cached(
        ("chrome", site.pk, translation.get_language()),
        lambda: _build(site, request),
        scope=site_scope(site.root_page_id),
    )
    path = source_page(page).path if page is not None and getattr(page, "pk", None) else ""
    is_root = page is not None and page.pk == chrome.root_pk
    languages = language_links(request, page, chrome.language_homes, is_home=is_root)
    return replace(
        chrome,
        home_current=_current(request, chrome.home_url, is_root, is_root),
        is_home=is_root,
        languages=languages,
        language=next((link for link in languages if link.current), None),
        alternates=alternates({link.code: link.absolute_url for link in languages if link.exists}),
        menu=[
            replace(
                item,
                current=_current(
                    request, item.url, path == item.path, bool(path) and path.startswith(item.path)
                ),
            )
            for item in chrome.menu
        ],
    )


def _current(request, url, is_page, in_section):
    """aria-current for a menu link: "page" when the request is for exactly that URL (not a
    sub-route such as the board's form), "true" anywhere else in its section."""
    if is_page and urlsplit(url).path == request.path:
        return "page"
    return "true" if in_section else ""


def page_title(title, chrome):
    """The <title>: "<title> | <site name>", or just the site name on the site's home page or
    when the title is the site name already. `title` is rendered (escaped) template output."""
    title = conditional_escape(str(title).strip())
    if chrome is None:
        return title
    name = conditional_escape(chrome.site_name)
    if chrome.is_home or not title or title == name:
        return name
    return format_html("{} | {}", title, name)
