"""A cache for what every page shows around its content (site settings, menus, vocabularies),
shared by every worker (Redis or the database cache in production, see config/settings).

Every entry is stored under a version per *scope*, and a change bumps the versions of the scopes
it touches (core/signals.py); stale entries then simply stop being read, nothing has to find and
delete them. The scopes:

- GLOBAL: sites, site settings, themes, view restrictions, page moves, and every page of the
  national site itself (outside the municipalities), since those show up on every site. Every
  entry depends on it, whatever its own scope.
- one scope per municipality (its home page's tree, in every language): a change under a
  municipality's home bumps that scope and EVERYWHERE, never another municipality's.
- EVERYWHERE: what aggregates the whole tree (national listings, national counters); bumped by a
  change under any municipality. The default, so an entry that names no scope is never stale.
- a named scope of its own (e.g. sign-up counters, MEMBER_CONTENT), bumped only by whoever
  names it. An entry may depend on several scopes (a tuple).

A draft save (a revision, without publishing) bumps nothing: the public sees none of it. A
version is a random token, not a counter: a lost or evicted version key can never bring back
entries stored under an older one, and two workers bumping at once both end in a new version.
"""

import secrets
import threading
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction

PREFIX = "aandeslag"
TIMEOUT = 60 * 60 * 24

GLOBAL = "global"
EVERYWHERE = "everywhere"
# Bumped by every change to member content (bulletin board posts, comments; core/signals.py),
# which bumps no page's scope.
MEMBER_CONTENT = "member-content"


# The versions and entries read during one request, so a page asks the shared cache for each
# once (with the database cache, every read is a query). Outside a request nothing is kept.
_request_versions = ContextVar("aandeslag_cache_versions", default=None)
_request_values = ContextVar("aandeslag_cache_values", default=None)


def _start_request(**kwargs):
    _request_versions.set({})
    _request_values.set({})


def _end_request(**kwargs):
    _request_versions.set(None)
    _request_values.set(None)


request_started.connect(_start_request, dispatch_uid="aandeslag-cache-versions-start")
request_finished.connect(_end_request, dispatch_uid="aandeslag-cache-versions-end")


class ProcessMemory:
    """Values kept in this process's memory, the least recently used out beyond the number in
    settings.<limit_setting>. For what is costly to read from the shared cache (a large value
    is unpickled on every read): stored under keys that name their versions, so a bump by any
    worker makes them unreadable here too."""

    def __init__(self, limit_setting):
        self.limit_setting = limit_setting
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        limit = getattr(settings, self.limit_setting)
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > limit:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


# Large values of cached(..., in_process=True).
process_values = ProcessMemory("CACHE_PROCESS_VALUES")


def _version_key(scope):
    return f"{PREFIX}:version:{scope}"


def scope_versions(*scopes):
    """The current version of exactly these scopes, read in one round trip (none for the scopes
    already read in this request). A scope never used before gets a new version."""
    known = _request_versions.get()
    wanted = list(dict.fromkeys(scopes))
    missing = [scope for scope in wanted if known is None or scope not in known]
    result = {scope: known[scope] for scope in wanted if scope not in missing}
    if missing:
        keys = {scope: _version_key(scope) for scope in missing}
        found = cache.get_many(keys.values())
        for scope, key in keys.items():
            version = found.get(key)
            if version is None:
                # First use (or evicted): a new version; if another worker just made one, use it.
                version = secrets.token_hex(6)
                if not cache.add(key, version, None):
                    version = cache.get(key, version)
            result[scope] = version
        if known is not None:
            known.update(result)
    return {scope: result[scope] for scope in wanted}


def versions(*scopes):
    """The current version of each scope (GLOBAL always among them), read in one round trip
    together with EVERYWHERE's (which most entries of a request also need)."""
    current = scope_versions(GLOBAL, EVERYWHERE, *scopes)
    return {scope: current[scope] for scope in dict.fromkeys((GLOBAL, *scopes))}


def full_key(key, scope=EVERYWHERE):
    """The cache key under which cached(key, ..., scope) is stored right now. `scope` is a
    scope's name or a tuple of them (stale when any of them is bumped)."""
    scopes = scope if isinstance(scope, tuple) else (scope,)
    current = versions(*scopes)
    stamp = ".".join(current[name] for name in dict.fromkeys((GLOBAL, *scopes)))
    return f"{PREFIX}:{stamp}:" + ":".join(str(part) for part in key)


def cached(key, build, scope=EVERYWHERE, still_valid=None, in_process=False):
    """The cached value for key (a tuple), built by build() on a miss. `scope` says which changes
    make it stale (see the module docstring): GLOBAL, EVERYWHERE, site_scope(...), or a name.
    `still_valid(value)`, if given, may reject a stored value that time has made stale (it is
    then built again). `in_process` keeps the value in this process's memory as well
    (process_values), for a large value that would be slow to unpickle on every request."""
    stored_key = full_key(key, scope)
    seen = _request_values.get()
    value = seen.get(stored_key) if seen is not None else None
    if value is None and in_process:
        value = process_values.get(stored_key)
    if value is None:
        value = cache.get(stored_key)
        if value is not None and in_process:
            process_values.put(stored_key, value)
    if value is not None and still_valid is not None and not still_valid(value):
        value = None
    if value is None:
        value = build()
        cache.set(stored_key, value, TIMEOUT)
        if in_process:
            process_values.put(stored_key, value)
    if seen is not None:
        seen[stored_key] = value
    return value


def _write_new_versions(scopes):
    new = {scope: secrets.token_hex(6) for scope in scopes}
    cache.set_many({_version_key(scope): version for scope, version in new.items()}, None)
    known = _request_versions.get()
    if known is not None:
        known.update(new)  # the rest of this request reads the new versions


def bump(*scopes):
    """Make every entry of these scopes stale, now and again when the transaction commits: a
    worker that rebuilt an entry in between read the data from before the commit."""
    scopes = tuple(dict.fromkeys(scopes))
    _write_new_versions(scopes)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _write_new_versions(scopes))


def bump_structure_version(**kwargs):
    """Make everything stale (what the benchmark does after its rolled-back run)."""
    bump(GLOBAL)


# --- Municipality scopes ------------------------------------------------------------------------
# A page model with `cache_scope_root = True` (the municipality home) has a scope of its own for
# its tree, shared by its translations (named after its translation key).


def scope_root_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if getattr(model, "cache_scope_root", False)]


def _scope_roots():
    """[(page pk, tree path, scope name)] of every scope root page, in every language."""

    def build():
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        content_types = ContentType.objects.get_for_models(*scope_root_models()).values()
        return [
            (pk, path, f"home-{translation_key}")
            for pk, path, translation_key in Page.objects.filter(
                content_type__in=content_types
            ).values_list("pk", "path", "translation_key")
        ]

    # Scope root pages change, move or go only with a GLOBAL bump (see scopes_changed_by).
    return cached(("cache-scope-roots",), build, scope=GLOBAL)


def _scope_of_root(page_id):
    return next((scope for pk, _path, scope in _scope_roots() if pk == page_id), None)


def site_scope(root_page_id):
    """The scope of what a site (or home page) shows of its own pages: its menu, its sections.
    A municipality's scope; for the national site GLOBAL (its own pages bump GLOBAL)."""
    return _scope_of_root(root_page_id) or GLOBAL


def subtree_scope(root_page_id):
    """The scope of what lies anywhere under a home page: a municipality's scope, or for the
    national home EVERYWHERE (municipalities included)."""
    return _scope_of_root(root_page_id) or EVERYWHERE


def scopes_changed_by(page):
    """The scopes a public change to `page` makes stale: under a municipality its scope and
    EVERYWHERE; the municipality's home itself (its name and place show on every site) or a
    national page GLOBAL."""
    if getattr(page.specific_class, "cache_scope_root", False):
        return (GLOBAL,)
    path = page.path or ""
    scope = next(
        (scope for _pk, root_path, scope in _scope_roots() if path.startswith(root_path)), None
    )
    return (scope, EVERYWHERE) if scope else (GLOBAL,)
