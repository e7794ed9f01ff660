"""Settings shared by every environment; everything configurable comes from the environment."""

import os
from pathlib import Path

import environ

from config.machine_translation import machine_translator

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# --- Core ---------------------------------------------------------------------------------------
# base.py only carries a development key; production.py refuses to start without SECRET_KEY.
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[".localhost", "localhost", "127.0.0.1"])

# The host every site hangs off: the national site is served on it, each municipality
# on <slug>.<base domain>. Never written as a literal anywhere else.
PROGRAM_BASE_DOMAIN = env("PROGRAM_BASE_DOMAIN", default="localhost")
# The port the public sites are reached on; Wagtail builds absolute URLs from it
# (443 gives https:// links, 80 plain http://, anything else http://host:port).
PROGRAM_SITE_PORT = env.int("PROGRAM_SITE_PORT", default=80)
# Whether seed_demo may create demo logins with printed passwords (dev and tests only).
PROGRAM_DEMO_LOGINS = False
# The anonymous page cache (core/page_cache.py); PAGE_CACHE=false serves every page uncached
# (what `make bench` compares against).
PROGRAM_PAGE_CACHE = env.bool("PAGE_CACHE", default=True)
# BENCH=true serves /bench/ceiling/, a trivial 1 KB view through the whole middleware stack:
# the ceiling `make bench` measures every page against. Never on in production.
PROGRAM_BENCH = env.bool("BENCH", default=False)

INSTALLED_APPS = [
    # Our apps, in dependency order: core builds on nothing of ours, domain apps on core.
    "core",
    "members",
    "home",
    "municipalities",
    "comments",
    "blog",
    "practices",
    "events",
    "board",
    "search",
    "demo",
    # Wagtail and translation.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Background tasks (Wagtail's own, and every mail: core/mail_queue.py).
    "django_tasks",
    "django_tasks_db",
    # Accounts.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its sitemap template, for core.sitemaps (wagtail.contrib.sitemaps).
    "django.contrib.sitemaps",
    # Content-Security-Policy (its checks; the middleware is core.security's).
    "csp",
]

MIDDLEWARE = [
    # GET /healthz for a load balancer, before the host check and the https redirect
    # (core/health.py).
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy and Permissions-Policy on every response (core/security.py): before
    # the page cache, so a page served from it carries them too.
    "core.security.ContentSecurityPolicyMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Anonymous public pages from the cache (core/page_cache.py): after CSRF, so a page served
    # from the cache gets the visitor's own token and cookie.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Superusers and national editors have two-factor authentication before any admin page;
    # an account with it reaches the admin only through a login that asked for the code.
    "members.two_factor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
# A SQLite file in development; PostgreSQL whenever DATABASE_URL says so (CI, production).
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A persistent connection is checked before a request reuses it (a restarted database).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts -----------------------------------------------------------------------------------
AUTH_USER_MODEL = "members.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Members sign in on the site (allauth); editors may use /admin/login/ as before, whose login
# is allauth's too (members.two_factor.AdminLoginView: the code step of two-factor
# authentication). Wagtail's front-end login (private pages) is allauth's login.
LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

# django-allauth: one account for every site, email only, verified before posting.
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"
# What the moderation kernel (core.moderation) asks about members and municipalities.
MODERATION_ADAPTER = "members.moderation.ModerationAdapter"

# Labels without a trailing colon on every form (core.forms.BoundField).
FORM_RENDERER = "core.forms.FormRenderer"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Our own mails and messages (templates/account/): the site's name is in every subject, and a
# member is called by the name they chose, never the username allauth makes up.
ACCOUNT_USER_DISPLAY = "members.services.display_name"
# Tell members when their password or email address changes (a mail to the old address).
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
# Two-factor authentication (members/two_factor.py): an authenticator app's codes and recovery
# codes, no security keys. Who must have it: superusers and the national editors.
MFA_ADAPTER = "members.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Aan de Slag"
# A code of the period before or after counts too: a phone's clock a few seconds off.
MFA_TOTP_TOLERANCE = 1
# Staff accounts are made by an administrator and need no verified address; members cannot
# log in before they confirmed theirs (ACCOUNT_EMAIL_VERIFICATION), so allauth's check adds
# nothing for them.
MFA_ALLOW_UNVERIFIED_EMAIL = True
# Rate limits (allauth's, members/login_attempts.py): failed logins at most 5 per account in 5
# minutes and 10 a minute from one address; sign-ups, password resets and confirmation mails
# keep allauth's own limits. They count in the default cache, which production shares between
# its workers (Redis or the database, config/settings/production.py). A refused login is told
# so in the member's language, and logged.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
# The admin's login form checks passwords through the same limits.
WAGTAILADMIN_USER_LOGIN_FORM = "members.login_attempts.AdminLoginForm"
# How many proxies in front of the app may be believed about the client's address
# (X-Forwarded-For); 0 in development, where there are none.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# --- Browser security headers (core/security.py) ---------------------------------------------
# The public pages run no inline script or style: only this origin, plus the players of the
# click-to-load video block (core/video.py). CSP_MEDIA_ORIGINS adds where media are served from
# when that is another host (S3-compatible storage or its CDN, docs/deploy.md).
_MEDIA_ORIGINS = env.list("CSP_MEDIA_ORIGINS", default=[])
_VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *_MEDIA_ORIGINS],
        "manifest-src": ["'self'"],
        "frame-src": _VIDEO_PLAYERS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail's preview shows a page in a frame of the admin, on the same origin.
        "frame-ancestors": ["'self'"],
    }
}
# The Wagtail admin's own policy: nothing from another host either, but Wagtail's own templates
# still run inline scripts (the page explorer, inline panels, date pickers) and set style
# attributes (wagtail/wagtail#1288), so the admin allows inline code. It shows staff only, and
# what members write reaches it escaped as everywhere. Its previews read images from blob:.
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_MEDIA_ORIGINS],
    "frame-src": ["'self'", *_VIDEO_PLAYERS],
}
# Browser features no page uses, off for every page and whatever it frames (the video players
# get fullscreen and picture-in-picture).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
    "fullscreen": ["self", *(f'"{origin}"' for origin in _VIDEO_PLAYERS)],
    "picture-in-picture": ["self", *(f'"{origin}"' for origin in _VIDEO_PLAYERS)],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview panel shows a page in a same-origin frame, so the clickjacking header is
# SAMEORIGIN rather than DENY, as the policy's frame-ancestors 'self'.
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Cookies: never readable by scripts, never sent along by other sites' forms (Lax keeps a
# member logged in when they follow a link from a mail); production adds Secure.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Languages ----------------------------------------------------------------------------------
# Dutch is the source language and has unprefixed URLs; other languages live under /<code>/.
LANGUAGE_CODE = "nl"
# The newcomers' languages; each name is written in the language itself (the switcher shows it
# so). Arabic and Farsi run right to left (Django's LANGUAGES_BIDI).
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("fa", "فارسی"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Django knows no Tigrinya: its name, script direction and date formats are ours
# (core/languages.py, config/formats/ti/); its plural rule is in locale/ti's catalogue.
FORMAT_MODULE_PATH = ["config.formats"]
WAGTAIL_I18N_ENABLED = True
# A new translation of a page starts as a draft (wagtail-localize would publish it at once, in
# Dutch, whoever asked): it is published as any page is, by who may publish it or through review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Machine translation in the translation editor: off unless MACHINE_TRANSLATOR names a
# provider (config/machine_translation.py; README, "Languages").
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

# --- Static files and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Email --------------------------------------------------------------------------------------
# EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.nl:587 (django-environ syntax).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Aan de Slag <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Every mail is queued (core/mail_queue.py): EMAIL_BACKEND turns it into a task on the "mail"
# task backend, and the worker delivers it with EMAIL_DELIVERY_BACKEND, EMAIL_URL's backend.
EMAIL_DELIVERY_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_BACKEND = "core.mail_queue.QueuedEmailBackend"
# A mail server that hangs would hold the worker for ever without one (seconds).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
# Seconds before each next attempt after a temporary failure: 1, 5, 15 and 30 minutes, then 1, 2,
# 4, 8 and 12 hours; the tenth failed attempt gives the mail up (about 28 hours in all).
MAIL_RETRY_DELAYS = [60, 300, 900, 1800, 3600, 7200, 14400, 28800, 43200]

# --- Background tasks (django-tasks) -----------------------------------------------------------
# "default" is what Wagtail enqueues on (search index and reference index updates, focal points,
# deleting replaced files, frontend cache purges): it stays immediate, as it was before any TASKS
# setting, so that work never silently waits for a worker that dev and tests do not run, and a
# publish is searchable and purged at once. Only mail gets a backend of its own: the database
# (django-tasks-db), run by `manage.py db_worker --backend mail` beside gunicorn (README,
# "Deploy"); dev and tests run it immediately instead (config/settings/dev.py, test.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# --- Cache --------------------------------------------------------------------------------------
# One process in development and tests; production shares one cache between its workers.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 2_000},
    },
}

# How many large values of core.cache.cached(..., in_process=True) each worker keeps in its own
# memory (a practice index's facet table, a few MB at the size of the country).
CACHE_PROCESS_VALUES = env.int("CACHE_PROCESS_VALUES", default=32)

# --- The anonymous page cache (core/page_cache.py, purged by core/page_purge.py) ---------------
# Whole pages live in their own cache, so they can never push out the versions and rate limits
# of the default one; their versions live in the default cache with the others.
PAGE_CACHE_ALIAS = "pages"
# How long a stored page is served at most: what time alone changes (the calendar's
# "upcoming", an expired board post) shows within this many seconds.
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=600)
# How many of the pages it served last each worker keeps in its own memory, in front of the
# shared cache (at 30 kB a page, 300 are 9 MB a worker).
PAGE_CACHE_LOCAL_ENTRIES = env.int("PAGE_CACHE_LOCAL_ENTRIES", default=300)
# What public pages tell a CDN or Varnish in front (s-maxage, purged on every change) and
# browsers (max-age 0: they ask again every time, so a visitor sees a change at once, and are
# answered from the page cache).
PAGE_CACHE_S_MAXAGE = env.int("PAGE_CACHE_S_MAXAGE", default=300)
PAGE_CACHE_BROWSER_MAX_AGE = env.int("PAGE_CACHE_BROWSER_MAX_AGE", default=0)
# A CDN or Varnish in front, purged by Wagtail's frontend cache invalidation with the addresses
# core/page_purge.py works out (docs/deploy.md): FRONTEND_CACHE_VARNISH_URL for Varnish (or any
# cache that takes HTTP PURGE), or CloudFront's distribution id.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_VARNISH_URL", default=""):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_VARNISH_URL"),
    }
if env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
# core/page_purge.py gives every language's address itself (Dutch has no prefix, which
# Wagtail's own expansion would miss).
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Wagtail ------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Aan de Slag"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://localhost:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every upload in the admin is also checked by what its bytes are (core/uploads.py); SVG stays
# out of WAGTAILIMAGES_EXTENSIONS: it can carry script.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.upload_forms.DocumentForm"
# Documents always through Wagtail's serve view (also with object storage), which sends
# X-Content-Type-Options: nosniff and Content-Security-Policy: default-src 'none'; and always
# as a download (Content-Disposition: attachment), PDFs too: nothing an editor uploads runs
# in the site's origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# PostgreSQL's full-text search with the Dutch configuration (stemming, stop words) for the
# Dutch sources; SQLite's FTS5 in development, which ignores it. search.engine adds word
# starts and word parts. After changing the configuration: manage.py update_index.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin is for project teams: Dutch, and English for who needs it.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES[:2]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' avatars are their uploaded photo or Wagtail's own default image: never a Gravatar,
# which would send a hash of every editor's email address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
