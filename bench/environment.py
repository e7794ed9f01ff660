"""The environment the benchmark runs the site in: production settings (config/settings/
production.py) on loopback addresses, the Redis database of the benchmark, and BENCH=true for
the ceiling view (core/bench_views.py)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/aandeslag_bench"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
# Sites are <slug>.localhost; wrk and the test client send that Host to 127.0.0.1.
BASE_DOMAIN = "localhost"


def site_environment(database_url, *, page_cache=False):
    """os.environ plus what production settings need to serve the benchmark's database."""
    environment = dict(os.environ)
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "benchmark-only-not-a-secret",
            "DATABASE_URL": database_url,
            "ALLOWED_HOSTS": f".{BASE_DOMAIN},{BASE_DOMAIN},127.0.0.1",
            "PROGRAM_BASE_DOMAIN": BASE_DOMAIN,
            "PROGRAM_SITE_PORT": "80",
            "WAGTAILADMIN_BASE_URL": f"http://{BASE_DOMAIN}",
            # Plain HTTP on the loopback: no redirect to https.
            "SECURE_SSL_REDIRECT": "false",
            "REDIS_URL": REDIS_URL,
            "BENCH": "true",
            "PAGE_CACHE": "true" if page_cache else "false",
            "LOG_LEVEL": "ERROR",
        }
    )
    return environment


def manage(*arguments):
    """The command line of a manage.py command."""
    return [PYTHON, str(ROOT / "manage.py"), *arguments]
