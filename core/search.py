"""How the sites find things: one search, used by /zoeken/ (the search app) and by the
listings that take a ?q= (practice examples, instruments, the directory: core.listing's
SearchFilter).

Wagtail's database backend does the work: PostgreSQL full-text search with the Dutch
configuration in production and CI (settings: WAGTAILSEARCH_BACKENDS), SQLite's FTS5 in
development. A Dutch reader means more than whole words, so a query is answered in three
tiers, each ranked after the one before:

1. whole words, stemmed ("tuinen" finds "tuin");
2. words that start with the query's (Wagtail's autocomplete: "tuin" finds "tuinieren");
3. words that contain it, the parts of compound words ("tuin" finds "buurttuin",
   "vrijwilliger" finds "vrijwilligerswerk"): a substring match on the index's plain text,
   served on PostgreSQL by pg_trgm trigram indexes (search/migrations).

A model is searchable once it is indexed (wagtail.search.index.Indexed with search_fields).

Every tier is one query whatever the number of hits, capped at HITS_PER_TIER.
"""

import re

from django.db import connection
from django.db.models import Q
from wagtail.search.backends import get_search_backend

from core.text import clean_member_text

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# Shorter words are too common to look for inside other words ("de" is in "vrijwilligerswerk").
MIN_PART_LENGTH = 3
HITS_PER_TIER = 500

_WORD = re.compile(r"[^\W_]+")


def clean_query(raw):
    """The query as the visitor typed it, made safe to show and search: one line, no control
    characters, at most MAX_QUERY_LENGTH characters."""
    return clean_member_text(raw or "", one_line=True, max_length=MAX_QUERY_LENGTH)


def terms_of(query):
    """The words of a query, lower case: operators, quotes and punctuation are not words, so
    a query of only those has none."""
    return _WORD.findall(query.casefold())[:MAX_TERMS]


def _index_text_fields():
    """The search index's plain-text columns (PostgreSQL keeps its tsvectors beside them)."""
    if connection.vendor == "postgresql":
        return "title_text", "body_text"
    return "title", "body"


def _whole_words(queryset, text):
    return get_search_backend().search(text, queryset, operator="and")


def _word_starts(queryset, text):
    return get_search_backend().autocomplete(text, queryset, operator="and")


def _word_parts(queryset, terms):
    parts = [term for term in terms if len(term) >= MIN_PART_LENGTH]
    if not parts:
        return queryset.none()
    title, body = _index_text_fields()
    condition = Q()
    for term in parts:
        condition &= Q(**{f"index_entries__{title}__icontains": term}) | Q(
            **{f"index_entries__{body}__icontains": term}
        )
    return queryset.filter(condition).order_by("pk")


def find(queryset, terms, limit=HITS_PER_TIER):
    """The objects of `queryset` (an indexed model's) that match every one of `terms`, best
    first: whole words, then word starts, then word parts; each object once."""
    if not terms:
        return []
    text = " ".join(terms)
    found = {}
    for tier in (_whole_words(queryset, text), _word_starts(queryset, text)):
        for item in tier[:limit]:
            found.setdefault(item.pk, item)
    for item in _word_parts(queryset, terms)[:limit]:
        found.setdefault(item.pk, item)
    return list(found.values())


def find_pks(model, query):
    """The pks of `model`'s objects that match the free text `query`, best first (a listing
    then keeps those of its own selection)."""
    return [item.pk for item in find(model.objects.only("pk"), terms_of(clean_query(query)))]
