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
    facet = Facet(name=name, label=label)
    for value, text in labels:
        if not counts[value] and selected.get(name) != value:
            continue
        is_selected = selected.get(name) == value
        query = {**base_query, name: "" if is_selected else value}
        facet.options.append(
            FacetOption(
                value=value,
                label=text,
                count=counts[value],
                selected=is_selected,
                url="?" + urlencode({k: v for k, v in query.items() if v}),
            )
        )
    return facet


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
