"""Where an item shows up: aggregation over the page tree.

A national listing shows the live items that descend from the national home (every
municipality's too, each labelled with its municipality). A municipality listing shows the
items under its own home, plus national items flagged "show on all sites".
"""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page

from core.cache import EVERYWHERE, GLOBAL, cached
from core.language_tree import in_current_language, source_page
from core.queries import page_ancestors

from .models import MunicipalityHomePage, MunicipalityIndexPage


@dataclass
class Scope:
    national_home: Page
    municipality: MunicipalityHomePage | None = None
    # The national site's own sections (the national home's children but the municipalities'
    # index) as (tree path, content type id), or None when there is no municipalities' index.
    national_sections: tuple | None = None
    # Listings select Dutch pages (shown in the active language: core.language_tree).
    locale_id: int | None = None

    @property
    def is_national(self):
        return self.municipality is None

    def national_only_q(self, model):
        """Pages of `model` of the national site itself, not of a municipality: under one of
        the national home's own sections that may hold them (a news item lies under a news
        index, by the page types' parent types). Said as "under the national home but not under
        the municipalities" it matches the whole tree first, and PostgreSQL reads every page;
        with every section in it PostgreSQL spends longer planning the query (about 10 ms with
        a dozen sections) than running it."""
        if self.national_sections is None:
            return Q(path__startswith=self.national_home.path)
        holders = holder_type_ids(model)
        condition = Q(pk__in=[])
        for path, content_type in self.national_sections:
            if content_type in holders:
                condition |= Q(path__startswith=path)
        return condition

    def items_q(self, model, involved=None):
        """A Q for the pages of `model` this listing shows. `involved` is a many-to-many to
        MunicipalityHomePage (e.g. PracticeExamplePage.involved_municipalities): items that
        name this municipality show up here too."""
        national = Q(path__startswith=self.national_home.path)
        if self.is_national:
            return national
        local = Q(path__startswith=self.municipality.path)
        if involved is not None:
            # By their tree paths, not by a join: in an OR with the other tree paths PostgreSQL
            # reads these items by the path index, across a join it reads every item.
            local |= Q(path__in=self.naming_this_municipality(involved))
        return local | (self.national_only_q(model) & Q(show_on_all_sites=True))

    def naming_this_municipality(self, involved):
        """The tree paths of the pages whose many-to-many `involved` names this municipality."""
        through = involved.through
        own, other = involved.field.m2m_field_name(), involved.field.m2m_reverse_field_name()
        return cached(
            ("naming-municipality", through._meta.label, self.municipality.pk),
            lambda: list(
                through.objects.filter(**{other: self.municipality.pk})
                .order_by(f"{own}__path")
                .values_list(f"{own}__path", flat=True)
            ),
            scope=EVERYWHERE,  # any municipality's item may name this one
        )

    def municipality_choices(self):
        """The municipalities a listing of this scope lets you filter by: every one on a
        national listing, none on a municipality's (it shows only its own)."""
        return MunicipalityLabeller().homes if self.is_national else []

    def featured_q(self, model, national_flag=True):
        """A Q for the items that lead this site's home page. Locally: those flagged
        "uitlichten" (the site's own, and national items shown on all sites). Nationally:
        those flagged "landelijk uitlichten" anywhere (when the type has that flag), and
        national items flagged "uitlichten"."""
        if not self.is_national:
            return Q(featured=True)
        own = Q(featured=True) & self.national_only_q(model)
        return own | Q(featured_nationally=True) if national_flag else own


def national_sections(national_home):
    """(tree path, content type id) of the national home's children but the municipalities'
    index (None without one): one query, cached."""

    def build():
        index_type = ContentType.objects.get_for_model(MunicipalityIndexPage).pk
        children = list(Page.objects.child_of(national_home).values_list("path", "content_type_id"))
        if all(content_type != index_type for _path, content_type in children):
            return None
        return tuple(child for child in children if child[1] != index_type)

    return cached(("national-sections-typed", national_home.pk), build, scope=GLOBAL)


def holder_type_ids(model):
    """The content type ids of the page models a page of `model` may lie under (from Django's
    cache of content types)."""
    return {ContentType.objects.get_for_model(holder).pk for holder in holder_models(model)}


@lru_cache
def holder_models(model):
    """The page models a page of `model` may lie under: its parent types, theirs, and so on
    (Wagtail enforces them on every page created or moved)."""
    found, todo = set(), [model]
    while todo:
        for parent in todo.pop().allowed_parent_page_models():
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return frozenset(found)


def scope_for(page):
    """The scope of a listing page: its municipality, if it lies under one; else national.
    A translated listing page has its Dutch source's scope."""
    page = source_page(page)
    ancestors = [*page_ancestors(page), page]
    national_home = ancestors[0]
    municipality = next(
        (ancestor for ancestor in ancestors if ancestor.specific_class is MunicipalityHomePage),
        None,
    )
    return Scope(
        national_home, municipality, national_sections(national_home), locale_id=page.locale_id
    )


class MunicipalityLabeller:
    """Labels items with the municipality they belong to, from the cached list of homes."""

    def __init__(self):
        self.homes = cached(
            ("municipality-homes",),
            lambda: list(
                MunicipalityHomePage.objects.live()
                .filter(locale__language_code=settings.LANGUAGE_CODE)
                .only("title", "slug", "path", "depth")
                .order_by("title")
            ),
            scope=GLOBAL,  # a change to a municipality's home bumps GLOBAL
            # 342 pages: unpickling them took 3-4 ms of every listing, home and search.
            in_process=True,
        )
        # Found by the tree path's prefix of a home's length (they all have one depth).
        self.by_path = {home.path: home for home in self.homes}
        self.path_lengths = sorted({len(path) for path in self.by_path})

    def label_for_path(self, path):
        """The municipality whose tree `path` lies in (its home's path or below), or None."""
        for length in self.path_lengths:
            home = self.by_path.get(path[:length])
            if home is not None:
                return home
        return None


def label_items(items, scope, path=None, everywhere=False):
    """Mark each item with what a card shows of its origin: on a national listing the
    municipality it belongs to (or national); on a municipality's, only "national" for
    national items. `path(item)` gives the tree path the item lives under (by default its
    own, for pages); `everywhere` labels as on a national listing (a list of one member's
    items from every site). Uses the cached list of municipality homes: no queries."""
    labeller = MunicipalityLabeller()
    for item in items:
        item_path = path(item) if path else item.path
        home = labeller.label_for_path(item_path)
        if scope.is_national or everywhere:
            item.municipality_label = home
            item.national_label = home is None
        else:
            item.municipality_label = None
            item.national_label = not item_path.startswith(scope.municipality.path)
    # Shown in the active language: the translations of the labelled Dutch pages.
    return in_current_language(items, carry=("municipality_label", "national_label"))
