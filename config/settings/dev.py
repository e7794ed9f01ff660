"""Development: `make run`. SQLite, console email, demo logins."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
PROGRAM_SITE_PORT = env.int("PROGRAM_SITE_PORT", default=8000)
PROGRAM_DEMO_LOGINS = True
