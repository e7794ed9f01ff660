"""What Django needs to know of the languages it does not ship: Tigrinya's name in itself and
its script direction (LANG_INFO), for get_language_info and the language switcher. Its date
formats are in config/formats/ti/ and its plural rule in locale/ti's catalogue header.

Django's own catalogues translate the month and weekday names the date filter prints; for a
language they lack, ours must. The names are listed here exactly as django.utils.dates marks
them, so that makemessages puts them in every catalogue of ours."""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db.models.signals import post_delete, post_migrate, post_save
from django.urls import Resolver404, reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_noop, pgettext_lazy
from wagtail.models import Locale

from .canonical import canonical_url, site_root_url
from .routes import subpage_url

EXTRA_LANG_INFO = {
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
}


def register_languages():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget-locales-saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget-locales-deleted")
    # flush (between transactional tests) and migrate announce themselves with post_migrate.
    post_migrate.connect(forget_locales, dispatch_uid="forget-locales-migrate")


@dataclass(frozen=True)
class LanguageLink:
    """One language in the switcher: named in itself, with the page's URL in that language."""

    code: str
    name: str
    url: str
    bidi: bool
    current: bool
    # Whether the page itself exists in that language (an hreflang alternate), rather than the
    # switcher falling back to that language's home.
    exists: bool
    # Where search engines know it (core.canonical): on the page's own host.
    absolute_url: str = ""


def alternates(existing):
    """(hreflang, absolute URL) pairs for hreflang alternates, in the head of a page
    (core.chrome) and in the sitemap (core.sitemaps): every language the page exists in
    (`existing`, {code: its canonical URL in that language}), in the order of
    settings.LANGUAGES, and x-default for the Dutch source; nothing when the page exists in
    one language only."""
    if len(existing) < 2:
        return []
    pairs = [(code, existing[code]) for code, _name in settings.LANGUAGES if code in existing]
    if settings.LANGUAGE_CODE in existing:
        pairs.append(("x-default", existing[settings.LANGUAGE_CODE]))
    return pairs


_LOCALE_CODES = {}


def _locale_codes():
    """{locale id: language code}: the few locales are read once and forgotten whenever one
    changes (forget_locales)."""
    if not _LOCALE_CODES:
        _LOCALE_CODES.update(Locale.objects.values_list("pk", "language_code"))
    return _LOCALE_CODES


def locale_code(locale_id):
    """The language code of a Locale by id, without a query per listed item."""
    if locale_id is None:
        return None
    codes = _locale_codes()
    if locale_id not in codes:
        forget_locales()
        codes = _locale_codes()
    return codes.get(locale_id)


def locale_id_of(code):
    """The id of the Locale of a language code (None when there is none)."""
    return next((pk for pk, known in _locale_codes().items() if known == code), None)


def forget_locales(**kwargs):
    _LOCALE_CODES.clear()


def content_lang(obj):
    """lang (and dir) attributes for an element that prints the content of `obj` (a page, or
    the language code a member gave their text: "" when they gave none), when that content is
    in another language than the page around it: a Dutch page served as the fallback under
    /ar/ is marked lang="nl" dir="ltr", so a screen reader reads it with a Dutch voice and it
    runs left to right. Empty when the languages agree."""
    if isinstance(obj, str):
        code = obj if obj in dict(settings.LANGUAGES) else None
    # An alias (wagtail-localize makes them of untranslated parents) shows its Dutch source.
    elif getattr(obj, "alias_of_id", None):
        code = settings.LANGUAGE_CODE
    else:
        code = locale_code(getattr(obj, "locale_id", None))
    if code is None:
        return ""
    current = translation.get_language()
    if code == current:
        return ""
    attributes = f' lang="{code}"'
    bidi = translation.get_language_info(code)["bidi"]
    if bidi != translation.get_language_bidi():
        attributes += f' dir="{"rtl" if bidi else "ltr"}"'
    return attributes


def prefix_root(code):
    """The root URL of a language on the request's site: "/" for Dutch, "/ar/" for Arabic."""
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


@dataclass(frozen=True)
class Homes:
    """The site's home in every language (part of the cached site chrome): its live
    translation, else the language's prefix, where Wagtail serves the Dutch home."""

    urls: dict
    # The languages the home exists in: the switcher's "same page" on the home itself.
    translated: frozenset


def home_urls(root, request):
    live = {
        home.locale.language_code: home
        for home in root.get_translations(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    }
    return Homes(
        urls={
            code: url_in(live[code], code, request) if code in live else prefix_root(code)
            for code, _name in settings.LANGUAGES
        },
        translated=frozenset(live),
    )


def url_in(page, code, request=None):
    """The page's URL with `code` active: a Dutch page is under the active language's prefix
    (core.language_tree), so its own Dutch URL is asked for in Dutch."""
    with translation.override(code):
        return page.get_url(request)


def _page_translation_urls(request, page):
    """({language: URL}, {language: canonical URL}) of the live translations of a Wagtail page,
    on the same route of a routable page (/kalender/2026/12/ in Dutch is /ar/kalender/2026/12/
    in Arabic). The URL is for links on this host, the canonical one for hreflang alternates."""
    route = route_of(request, page)
    urls = {}
    canonical = {}
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    )
    for other in translations:
        code = other.locale.language_code
        with translation.override(code):
            if route is None:
                urls[code] = other.get_url(request)
                canonical[code] = canonical_url(other, request)
            else:
                name, args, kwargs = route
                urls[code] = subpage_url(other.specific, name, *args, request=request, **kwargs)
                canonical[code] = subpage_url(
                    other.specific, name, *args, request=request, canonical=True, **kwargs
                )
    return urls, canonical


def route_of(request, page):
    """(name, args, kwargs) of the routable page's sub-route this request is on, or None on
    the page itself (or a page without routes)."""
    own = page.get_url(request) or ""
    if not hasattr(page, "get_resolver") or not own or not request.path.startswith(own):
        return None
    rest = request.path[len(own) :]
    if not rest:
        return None
    try:
        match = page.get_resolver().resolve("/" + rest)
    except Resolver404:
        return None
    if not match.url_name:
        return None
    return match.url_name, match.args, match.kwargs


def language_links(request, page, homes, is_home=False):
    """The switcher's links for this request: the same page in each language where it exists,
    else that language's home (`homes`, a Homes). Views outside Wagtail's tree (accounts,
    sign-ups) exist in every language: Django's translate_url gives their address there."""
    canonical = {}
    if is_home:
        urls = {code: homes.urls[code] for code in homes.translated}
    elif page is not None and getattr(page, "pk", None) and hasattr(page, "get_translations"):
        urls, canonical = _page_translation_urls(request, page)
    else:
        urls = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
    # The home and views outside the tree are on this site: its own root URL, not whatever
    # host name the request used.
    root_url = site_root_url(request)
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        url = urls.get(code) or homes.urls[code]
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                absolute_url=canonical.get(code) or urljoin(root_url + "/", url),
                bidi=info["bidi"],
                current=code == current,
                exists=code in urls,
            )
        )
    return links


# As in django/utils/dates.py: the names, three-letter month names ("b"), abbreviations ("D",
# "N") and the alternative (genitive) month names ("E").
DATE_NAMES = [
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
    gettext_noop("Mon"),
    gettext_noop("Tue"),
    gettext_noop("Wed"),
    gettext_noop("Thu"),
    gettext_noop("Fri"),
    gettext_noop("Sat"),
    gettext_noop("Sun"),
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
    gettext_noop("jan"),
    gettext_noop("feb"),
    gettext_noop("mar"),
    gettext_noop("apr"),
    gettext_noop("may"),
    gettext_noop("jun"),
    gettext_noop("jul"),
    gettext_noop("aug"),
    gettext_noop("sep"),
    gettext_noop("oct"),
    gettext_noop("nov"),
    gettext_noop("dec"),
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
