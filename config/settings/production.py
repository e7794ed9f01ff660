"""Production: everything from the environment, and no start without the essentials."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def _required(name):
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set in the environment for production (see README.md)."
        )
    return value


SECRET_KEY = _required("SECRET_KEY")
DATABASES = {"default": env.db_url_config(_required("DATABASE_URL"))}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
# An unreachable database fails a request (503, core/views.py) and /healthz within seconds,
# not after the operating system's TCP timeout (minutes); `?connect_timeout=` in DATABASE_URL
# wins. For PostgreSQL (libpq's connect_timeout).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=3)
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set for production, e.g. '.aandeslag.nl' for the base "
        "domain and every municipality host."
    )
DEBUG = False
PROGRAM_DEMO_LOGINS = False
PROGRAM_SITE_PORT = env.int("PROGRAM_SITE_PORT", default=443)

# HTTPS everywhere, on every municipality host too.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
BEHIND_TLS_PROXY = env.bool("BEHIND_TLS_PROXY", default=False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind nginx every request comes from nginx's address: the login limits per address count the
# client's own (X-Forwarded-For, set by the one proxy we run) instead.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1 if BEHIND_TLS_PROXY else 0)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# One login for every municipality host, e.g. ".aandeslag.nl".
SESSION_COOKIE_DOMAIN = env("SESSION_COOKIE_DOMAIN", default=None)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# X_FRAME_OPTIONS is SAMEORIGIN (base.py), which Django's W019 asks about.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAILADMIN_BASE_URL = _required("WAGTAILADMIN_BASE_URL")

# One cache for every worker and server: what one worker invalidates (core/cache.py), the others
# stop reading, and allauth's rate limits count every request. Redis when REDIS_URL is set,
# otherwise tables in the database (`migrate` creates them, see core/apps.py).
if env("REDIS_URL", default=""):
    # Redis down or unreachable: every read misses and every write is dropped (logged), so
    # pages render uncached and no request fails (core/redis_cache.py, docs/deploy.md); each
    # call waits at most these timeouts for an unreachable Redis (seconds, on the LAN).
    _REDIS_OPTIONS = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_CONNECT_TIMEOUT", default=0.25),
        "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT", default=0.5),
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "aandeslag",
            "OPTIONS": _REDIS_OPTIONS,
        },
        "renditions": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "aandeslag-renditions",
            "OPTIONS": _REDIS_OPTIONS,
        },
        "pages": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "aandeslag-pages",
            "OPTIONS": _REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "aandeslag_cache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "aandeslag_cache_renditions",
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "aandeslag_cache_pages",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
