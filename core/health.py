"""`GET /healthz` for a load balancer: is this app server fit to serve?

Answered by the first middleware, before anything else looks at the request: no host check
(a load balancer may ask on an IP address or any municipality's host), no redirect to https
(it asks the app server over plain HTTP), no session, CSRF, language, page cache or Wagtail
routing, and never cached (`Cache-Control: no-store`). The body is a small JSON object:

    {"database": "ok", "cache": "ok"}

- database: a `SELECT 1` on the default connection (a new connection is bounded by the
  connect timeout of config/settings/production.py). Down: 503, take this server out of the
  pool; nothing but the pages still in the page cache can be served without it.
- cache: a value written to and read back from every configured cache (Redis in production).
  Down: still 200, with "cache": "down". Every app server shares the one Redis, so answering
  503 would take the whole pool out of service at once and turn a slowdown into an outage:
  without Redis the pages render from the database, uncached (core/redis_cache.py), and the
  load balancer should keep sending traffic. Alert on the body (or on the logs) instead.
"""

import json
import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

PATH = "/healthz"
OK = "ok"
DOWN = "down"

_PROBE_KEY = "aandeslag:healthz"


def database_state():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("Health check: the database is unreachable", exc_info=True)
        return DOWN
    return OK


def cache_state():
    """OK when every cache keeps what is written to it. Redis' client ignores its connection
    errors (production settings), so a failed write shows as a value not read back."""
    for alias in settings.CACHES:
        store = caches[alias]
        token = secrets.token_hex(8)
        try:
            store.set(_PROBE_KEY, token, 30)
            kept = store.get(_PROBE_KEY) == token
        except Exception:  # noqa: BLE001 - any backend's failure means "down", never a 500
            logger.warning("Health check: cache %r failed", alias, exc_info=True)
            kept = False
        if not kept:
            return DOWN
    return OK


def health_response(request):
    state = {"database": database_state(), "cache": cache_state()}
    response = HttpResponse(
        json.dumps(state),
        status=200 if state["database"] == OK else 503,
        content_type="application/json",
    )
    response["Cache-Control"] = "no-store"
    if request.method == "HEAD":
        response.content = b""
    return response


class HealthCheckMiddleware:
    """The first middleware: answers GET/HEAD /healthz itself (the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") == PATH and request.method in ("GET", "HEAD"):
            return health_response(request)
        return self.get_response(request)
