"""Development: `make run`. SQLite, console email, demo logins."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
PROGRAM_SITE_PORT = env.int("PROGRAM_SITE_PORT", default=8000)
PROGRAM_DEMO_LOGINS = True
# Mail is sent at once, in the request (printed on the console unless EMAIL_URL says otherwise):
# `make run` needs no worker. Production queues it in the database (config/settings/base.py).
TASKS = {
    **TASKS,  # noqa: F405
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
