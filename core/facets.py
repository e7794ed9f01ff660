"""Faceted filtering over a small in-memory table of rows, one query for the whole listing.

Each row is a dict with "pk", the sort keys and, per facet, a set of values. A facet's counts
are computed with every *other* selected filter applied, so they say how many items a click
on that value would show. Listings here hold hundreds of items, not millions; past that,
this moves to the search backend's own facets.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode


def matches(row, selected, skip=None):
    return all(value in row[name] for name, value in selected.items() if value and name != skip)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)


def build_facet(rows, name, label, labels, selected, base_query):
    """Options with counts for one facet; each option's URL toggles that value in the query
    string and keeps the other filters (and drops the page number)."""
    counts = Counter()
    for row in rows:
        if matches(row, selected, skip=name):
            counts.update(row[name])
    return facet_of(counts, name, label, labels, selected, base_query)


def facet_of(counts, name, label, labels, selected, base_query):
    """The facet with these counts ({value: number of items})."""
    facet = Facet(name=name, label=label)
    for value, text in labels:
        if not counts.get(value) and selected.get(name) != value:
            continue
        is_selected = selected.get(name) == value
        query = {**base_query, name: "" if is_selected else value}
        facet.options.append(
            FacetOption(
                value=value,
                label=text,
                count=counts.get(value, 0),
                selected=is_selected,
                url="?" + urlencode({k: v for k, v in query.items() if v}),
            )
        )
    return facet


class FacetTable:
    """The rows of a listing too long to walk for every count (thousands of practice examples
    nationally): per facet and value the set of its items' keys, and the keys in each sort
    order, so a count is a set intersection and the results a walk down one order."""

    def __init__(self, rows, facet_names, orders):
        self.keys = frozenset(row["pk"] for row in rows)
        self.by_value = {}
        for name in facet_names:
            index = {}
            for row in rows:
                for value in row[name]:
                    index.setdefault(value, set()).add(row["pk"])
            self.by_value[name] = {value: frozenset(keys) for value, keys in index.items()}
        self.orders = {
            order: [row["pk"] for row in sorted(rows, key=key)] for order, key in orders.items()
        }

    def matching(self, selected, within=None, skip=None):
        """The keys of the items with every selected value (but `skip`'s), among `within`."""
        keys = self.keys if within is None else self.keys & within
        for name, value in selected.items():
            if value and name != skip:
                keys = keys & self.by_value[name].get(value, frozenset())
        return keys

    def facet(self, name, label, labels, selected, base_query, within=None):
        """build_facet() over the table, its counts by intersections."""
        candidates = self.matching(selected, within, skip=name)
        counts = {value: len(keys & candidates) for value, keys in self.by_value[name].items()}
        return facet_of(counts, name, label, labels, selected, base_query)

    def results(self, selected, order, within=None):
        """The keys of the matching items, in the order named."""
        keys = self.matching(selected, within)
        return [key for key in self.orders[order] if key in keys]


def filter_rows(rows, selected):
    return [row for row in rows if matches(row, selected)]


def group_rows(value_rows, facet_names):
    """Fold values_list() rows (one per combination of many-to-many values) into one dict per
    item: {"pk", ..., facet: set(values)}. `value_rows` are dicts from .values()."""
    items = {}
    for value_row in value_rows:
        row = items.get(value_row["pk"])
        if row is None:
            row = {
                key: value
                for key, value in value_row.items()
                if key not in facet_names and not key.startswith("facet_")
            }
            for name in facet_names:
                row[name] = set()
            items[value_row["pk"]] = row
        for name in facet_names:
            if value_row.get(name):
                row[name].add(value_row[name])
    return list(items.values())
