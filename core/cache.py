"""A cache for what every page shows around its content (site settings, menus, vocabularies).

Everything is keyed on one "structure version" that is bumped whenever a page is published,
unpublished, moved or deleted, or a site, its settings or a theme changes (core/signals.py).
Stale entries then simply stop being read; nothing has to find and delete them.
"""

from django.core.cache import cache

VERSION_KEY = "aandeslag:structure-version"
TIMEOUT = 60 * 60 * 24


def structure_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_structure_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def cached(key, build):
    """The cached value for key (a tuple), built by build() on a miss."""
    full_key = "aandeslag:" + ":".join(str(part) for part in (structure_version(), *key))
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, TIMEOUT)
    return value
