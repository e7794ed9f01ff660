"""Tests: `make test`. SQLite unless DATABASE_URL is set (CI sets PostgreSQL)."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PROGRAM_BASE_DOMAIN = "localhost"
PROGRAM_SITE_PORT = 80
PROGRAM_DEMO_LOGINS = True
ALLOWED_HOSTS = [".localhost", "localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="aandeslag-test-media-")
WAGTAILADMIN_BASE_URL = "http://localhost"
