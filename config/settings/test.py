"""Tests: `make test`. SQLite unless DATABASE_URL is set (CI sets PostgreSQL)."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PROGRAM_BASE_DOMAIN = "localhost"
PROGRAM_SITE_PORT = 80
PROGRAM_DEMO_LOGINS = True
ALLOWED_HOSTS = [".localhost", "localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail goes through the queue (core/mail_queue.py), run at once, into Django's outbox: a test sees
# the mail right after its request. Django's test environment sets EMAIL_BACKEND to the outbox
# itself; tests/conftest.py puts the queue back in front. tests/test_mail_queue.py and the
# browser journey with the mail server down use the database backend and the real worker.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    **TASKS,  # noqa: F405
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="aandeslag-test-media-")
WAGTAILADMIN_BASE_URL = "http://localhost"
