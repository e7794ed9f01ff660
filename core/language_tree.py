"""Every language sees the whole Dutch page tree.

Dutch is the source: editors write every page in Dutch, and translate pages into the other
content languages with wagtail-localize. A translation lives in its language's own tree, with the
same slugs as its Dutch source (slugs are synchronised, not translated), so a page has the same
address in every language but for the prefix: /nieuws/fietsles/ in Dutch, /ar/nieuws/fietsles/
in Arabic.

A page not yet translated is still there in every language, at that language's address, with
its Dutch text (marked lang="nl" by core.languages.content_lang): within a language every link,
menu, listing, form and feed stays in that language. Three things make that so, without copying
the tree into every language:

- URLs: a Dutch page's URL, built while another language is active, carries that language's
  prefix (Page.get_url_parts, wrapped by install_language_urls: menus, breadcrumbs and rich
  text links hold plain Page objects, so a subclass's override would miss them).
- Routing: under a prefix, a path is followed in the language's tree and, where that tree has no
  such page (yet), in the Dutch one; a Dutch page found that way is served as its translation
  when it has a live one (BasePage.route).
- Listings: items are selected, filtered, sorted and paginated on the Dutch pages (their
  translations share the Dutch dates and places), then each shown item is replaced by its live
  translation where one exists (in_current_language): a language's listing shows its own
  translations and the Dutch source of the rest, never both.

What members add (comments, board posts, sign-ups) belongs to the Dutch source page, so every
language shows the same ones (source_page).
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from .languages import locale_code, locale_id_of, prefix_root


def source_language():
    return settings.LANGUAGE_CODE


def is_source(page):
    return locale_code(page.locale_id) == source_language()


def source_page(page):
    """The Dutch source of a translated page (itself when Dutch, or when it has none); what
    members add to a page (comments, posts, sign-ups) belongs to it. Remembered on the page."""
    if is_source(page):
        return page
    source = getattr(page, "_source_page", None)
    if source is None:
        source = (
            type(page)
            .objects.filter(
                translation_key=page.translation_key,
                locale_id=locale_id_of(source_language()),
            )
            .first()
            or page
        )
        page._source_page = source
    return source


def _other_language():
    """The active language when it is not the source's (None in Dutch)."""
    current = translation.get_language()
    if current is None or current == source_language() or locale_id_of(current) is None:
        return None
    return current


def language_url_parts(page, parts):
    """Wagtail's URL parts of `page`, its path under the active language's prefix when the page
    is Dutch and another language is active."""
    if parts is None:
        return None
    site_id, root_url, page_path = parts
    current = _other_language()
    if page_path is None or current is None or not is_source(page):
        return parts
    return site_id, root_url, prefix_root(current) + page_path.lstrip("/")


def install_language_urls():
    """Wrap Wagtail's Page.get_url_parts (once, at start-up) so that every page URL, whatever
    builds it, follows language_url_parts. Wagtail has no hook for this."""
    from wagtail.models import Page

    if getattr(Page.get_url_parts, "follows_language", False):
        return
    wagtail_url_parts = Page.get_url_parts

    def get_url_parts(self, request=None):
        return language_url_parts(self, wagtail_url_parts(self, request))

    get_url_parts.follows_language = True
    Page.get_url_parts = get_url_parts


def child_in_language(page, slug):
    """The child of `page` with this slug as the active language shows it: in the language's
    tree, else (not translated yet) in the Dutch one, served as its live translation if it has
    one. None when neither tree has it."""
    child = page.get_children().filter(slug=slug).first()
    if child is None and not is_source(page):
        source = source_page(page)
        if source is not page:
            child = source.get_children().filter(slug=slug).first()
    current = _other_language()
    if child is not None and current is not None and is_source(child):
        translated = (
            child.get_translations()
            .filter(locale_id=locale_id_of(current), live=True, alias_of__isnull=True)
            .first()
        )
        child = translated or child
    return child


def deepest_dutch_page_along(page, path_components):
    """In Dutch, the deepest page of the Dutch tree along `path_components` below `page`, as its
    own type, with the components left over; in two queries however deep (Wagtail's routing
    takes two a level). None when this does not apply: another language (see
    child_in_language), a page outside the Dutch tree, no child with the first slug, or a
    routable page on the way whose own routes take the rest of the path, as Wagtail's routing
    would have let it (RoutablePageMixin tries its routes before its children)."""
    from django.urls import Resolver404
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    if _other_language() is not None or not is_source(page):
        return None
    url_paths, url_path = [], page.url_path
    for component in path_components:
        url_path += f"{component}/"
        url_paths.append(url_path)
    # By slug too (a page's URL path ends in its slug): Wagtail indexes the slug, not the URL
    # path, and on the national site the tree path alone reads every page of the country.
    found = {
        (url_path, depth): (pk, content_type_id)
        for pk, url_path, depth, content_type_id in Page.objects.filter(
            slug__in=set(path_components), url_path__in=url_paths, path__startswith=page.path
        ).values_list("pk", "url_path", "depth", "content_type_id")
    }
    chain = []
    for index, url_path in enumerate(url_paths):
        step = found.get((url_path, page.depth + index + 1))
        if step is None:
            break
        chain.append(step)
    if not chain:
        return None
    for index, (_pk, content_type_id) in enumerate(chain[:-1]):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and issubclass(model, RoutablePageMixin):
            rest = "/" + "".join(f"{component}/" for component in path_components[index + 1 :])
            try:
                model.get_resolver().resolve(rest)
            except Resolver404:
                continue
            chain = chain[: index + 1]
            break
    pk, content_type_id = chain[-1]
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    deepest = (model or Page).objects.get(pk=pk)
    return deepest, path_components[len(chain) :]


def translations_by_key(pages, code):
    """{translation_key: live public translation into `code`} of Dutch `pages` (each its own
    type's query, with what a card shows prefetched)."""
    from .listing import with_card_images
    from .queries import public_q

    keys_by_model = defaultdict(list)
    for page in pages:
        keys_by_model[type(page)].append(page.translation_key)
    found = {}
    for model, keys in keys_by_model.items():
        translated = model.objects.live().filter(
            public_q(),
            translation_key__in=keys,
            locale_id=locale_id_of(code),
            alias_of__isnull=True,
        )
        if hasattr(model, "listing_image"):
            translated = with_card_images(translated, themes=hasattr(model, "themes"))
        found.update((page.translation_key, page) for page in translated)
    return found


def in_current_language(items, carry=()):
    """Replace, in the list `items`, every Dutch page by its live translation into the active
    language where one exists; the attributes named in `carry` (labels worked out on the Dutch
    page) go along. Nothing to do (and no query) in Dutch."""
    current = _other_language()
    if current is None:
        return items
    from wagtail.models import Page

    dutch = [item for item in items if isinstance(item, Page) and is_source(item)]
    if not dutch:
        return items
    translated = translations_by_key(dutch, current)
    for position, item in enumerate(items):
        if isinstance(item, Page) and item.translation_key in translated:
            translation_ = translated[item.translation_key]
            for name in carry:
                if hasattr(item, name):
                    setattr(translation_, name, getattr(item, name))
            items[position] = translation_
    return items
