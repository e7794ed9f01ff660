"""The site search's results: what a site's /zoeken/ finds, with the counts of its facets, and
the page of results with what each result shows.

What a site covers is the listings' scope (municipalities.aggregation): a municipality's
search its own pages and posts plus the national items shown on all sites, the national
search everything. Pages are searched in the active language and in Dutch (the source of
what is not translated yet) and counted once, as their Dutch source, shown in the active
language (core.language_tree). The number of queries is the same whatever the number of hits.
"""

import hashlib
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from board.services import visible_posts
from core import search as engine
from core.cache import EVERYWHERE, MEMBER_CONTENT, cached
from core.language_tree import source_language
from core.languages import locale_id_of
from core.listing import in_order, with_card_images
from core.queries import public_q
from municipalities.aggregation import MunicipalityLabeller, label_items

from .kinds import PAGE_KINDS, POST, page_kind_of


def _tier_order(items):
    return {item.pk: position for position, item in enumerate(items)}


def _scope_q(model, scope):
    """The items of `model` this site shows; types without the "show on all sites" flag show
    only their own site's."""
    if any(field.name == "show_on_all_sites" for field in model._meta.fields):
        return scope.items_q(model)
    home = scope.national_home if scope.is_national else scope.municipality
    return Q(path__startswith=home.path)


def _page_rows(scope, terms, language):
    """Rows of the Dutch pages in scope that match, in their own or the active language."""
    dutch = locale_id_of(source_language())
    locales = {dutch, locale_id_of(language) or dutch}
    models = [kind.model for kind in PAGE_KINDS]
    candidates = (
        Page.objects.live()
        .filter(locale_id__in=locales)
        .type(*models)
        .only("pk", "translation_key", "content_type_id")
    )
    hits = engine.find(candidates, terms)
    rank = {}
    for item in hits:
        rank.setdefault(item.translation_key, len(rank))
    if not rank:
        return []
    found_types = {item.content_type_id for item in hits}
    labeller = MunicipalityLabeller()
    rows = []
    for model in models:
        if ContentType.objects.get_for_model(model).pk not in found_types:
            continue
        slug = page_kind_of(model).slug
        sources = (
            model.objects.live()
            .filter(public_q(), _scope_q(model, scope), locale_id=dutch)
            .filter(translation_key__in=list(rank))
            .values("pk", "path", "translation_key")
        )
        for source in sources:
            home = labeller.label_for_path(source["path"])
            rows.append(
                {
                    "pk": (slug, source["pk"]),
                    "rank": rank[source["translation_key"]],
                    "soort": {slug},
                    "gemeente": {home.slug} if home else set(),
                }
            )
    return rows


def _post_rows(scope, terms):
    hits = engine.find(POST.model.objects.only("pk"), terms)
    if not hits:
        return []
    rank = _tier_order(hits)
    posts = visible_posts().filter(pk__in=list(rank))
    if not scope.is_national:
        posts = posts.filter(board__path__startswith=scope.municipality.path)
    labeller = MunicipalityLabeller()
    rows = []
    for post in posts.values("pk", "board__path"):
        home = labeller.label_for_path(post["board__path"])
        rows.append(
            {
                "pk": (POST.slug, post["pk"]),
                "rank": rank[post["pk"]],
                "soort": {POST.slug},
                "gemeente": {home.slug} if home else set(),
            }
        )
    return rows


def search_site(scope, terms, language):
    """Everything the site of `scope` finds for `terms`, one row per result for the facets
    (core.facets; a row's "pk" is (kind slug, pk)): pages first (best first), then posts."""
    if not terms:
        return []

    def found():
        pages = sorted(_page_rows(scope, terms, language), key=lambda row: row["rank"])
        posts = sorted(_post_rows(scope, terms), key=lambda row: row["rank"])
        return pages + posts

    # A search reads the whole index (at the size of the country 200,000 rows, three times):
    # what it found is kept until the next publish or post, and for the day (posts expire by
    # date).
    site = scope.municipality or scope.national_home
    asked = hashlib.sha256("\x1f".join(terms).encode()).hexdigest()[:24]
    today = timezone.localdate().isoformat()
    return cached(
        ("search", site.pk, language, today, asked), found, scope=(EVERYWHERE, MEMBER_CONTENT)
    )


@dataclass
class Result:
    """One result as the list shows it."""

    item: object  # a page (in the active language) or a post
    kind: object  # search.kinds.Kind
    url: str
    title: str
    text: str  # what the excerpt is cut from
    date: object = None
    municipality: object = None  # the MunicipalityHomePage it belongs to, nationally
    national: bool = False  # a national item on a municipality's search
    is_page: bool = True


def _pages(keys, scope, request):
    """The pages of `keys` as results, one query per type shown (and their translations)."""
    pks = [pk for _slug, pk in keys]
    by_type = {}
    for kind in PAGE_KINDS:
        model = kind.model
        of_kind = [pk for slug, pk in keys if slug == kind.slug]
        if not of_kind:
            continue
        items = model.objects.filter(pk__in=of_kind)
        if hasattr(model, "listing_image"):
            items = with_card_images(items, themes=False)
        if hasattr(model, "exclusions"):
            items = items.prefetch_related("exclusions")
        items = items.defer_streamfields()
        by_type.update((item.pk, item) for item in items)
    sources = in_order(by_type.values(), pks)
    source_pks = [source.pk for source in sources]
    # Same positions, each Dutch page replaced by its translation where there is one.
    pages = label_items(sources, scope)
    results = {}
    for source_pk, page in zip(source_pks, pages, strict=True):
        kind = page_kind_of(type(page))
        occurrence = page.next_occurrence if hasattr(page, "next_occurrence") else None
        results[source_pk] = Result(
            item=page,
            kind=kind,
            url=page.get_url(request),
            title=page.listing_title or page.title,
            text=page.meta_description or "",
            date=occurrence.start if occurrence else getattr(page, "publication_date", None),
            municipality=getattr(page, "municipality_label", None),
            national=getattr(page, "national_label", False) and not scope.is_national,
        )
    return results


def _posts(pks, scope, request):
    posts = in_order(POST.model.objects.filter(pk__in=pks).select_related("board"), pks)
    labeller = MunicipalityLabeller()
    results = {}
    for post in posts:
        results[post.pk] = Result(
            item=post,
            kind=POST,
            url=post.board.post_url(post, request),
            title=post.title,
            text=post.body,
            date=post.created_at.date() if post.created_at else None,
            municipality=labeller.label_for_path(post.board.path) if scope.is_national else None,
            is_page=False,
        )
    return results


def results_for(keys, scope, request):
    """The results of one page of `keys` ((kind slug, pk)), in order."""
    page_keys = [key for key in keys if key[0] != POST.slug]
    post_pks = [pk for slug, pk in keys if slug == POST.slug]
    found = {}
    if page_keys:
        pages = _pages(page_keys, scope, request)
        found.update(((result.kind.slug, pk), result) for pk, result in pages.items())
    if post_pks:
        posts = _posts(post_pks, scope, request)
        found.update(((POST.slug, pk), result) for pk, result in posts.items())
    return [found[key] for key in keys if key in found]
