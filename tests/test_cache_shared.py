"""Production's cache is one for every worker: what one process invalidates, another stops
reading (two real processes with the production settings), and `migrate` creates the tables of
the database cache that production uses without REDIS_URL."""

import json
import os
import socket
import subprocess
import sys
import uuid
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from core.cache import EVERYWHERE
from tests.test_settings_production import PRODUCTION_ENV, run_manage

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_reachable():
    address = urlparse(REDIS_URL)
    try:
        with socket.create_connection((address.hostname, address.port or 6379), timeout=0.5):
            return True
    except OSError:
        return False


def production_env(tmp_path, backend):
    env = {k: v for k, v in os.environ.items() if k not in {*PRODUCTION_ENV, "REDIS_URL"}}
    env.update(PRODUCTION_ENV)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    if backend == "redis":
        env["REDIS_URL"] = REDIS_URL
    return env


class Worker:
    """One long-lived process with the production settings (tests/cache_worker.py)."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.cache_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=settings.BASE_DIR,
            env=env,
        )

    def ask(self, **command):
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(self.process.stderr.read())
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.parametrize(
    "backend",
    [
        "database",
        pytest.param(
            "redis",
            marks=pytest.mark.skipif(not redis_reachable(), reason="no Redis server reachable"),
        ),
    ],
)
def test_a_change_made_through_one_worker_is_seen_by_another(tmp_path, backend):
    env = production_env(tmp_path, backend)
    if backend == "database":
        made = subprocess.run(
            [sys.executable, "manage.py", "createcachetable"],
            capture_output=True,
            text=True,
            cwd=settings.BASE_DIR,
            env=env,
            timeout=120,
        )
        assert made.returncode == 0, made.stderr
    source = tmp_path / "menu.txt"
    source.write_text("menu before the publish")
    run = uuid.uuid4().hex  # entries of earlier runs on the same Redis are never read
    alkmaar = {"get": ["chrome", run, "alkmaar"], "scope": "home-alkmaar", "source": str(source)}
    arnhem = {"get": ["chrome", run, "arnhem"], "scope": "home-arnhem", "source": str(source)}
    one, other = Worker(env), Worker(env)
    try:
        assert one.ask(**alkmaar) == "menu before the publish"
        assert one.ask(**arnhem) == "menu before the publish"
        # The other worker reads what the first one cached: it does not build it again.
        source.write_text("menu after the publish")
        assert other.ask(**arnhem) == "menu before the publish"

        # An Alkmaar publish handled by the other worker (what core/signals.py bumps for it).
        assert other.ask(bump=["home-alkmaar", EVERYWHERE]) == "ok"
        assert one.ask(**alkmaar) == "menu after the publish"
        assert one.ask(**arnhem) == "menu before the publish"  # Arnhem's entry stays

        assert one.ask(bump=["global"]) == "ok"
        assert other.ask(**arnhem) == "menu after the publish"
    finally:
        one.close()
        other.close()


def test_production_shares_its_cache_redis_when_set_else_the_database():
    code = (
        "from django.conf import settings; "
        "print(*(settings.CACHES[name]['BACKEND'] for name in ('default', 'renditions')))"
    )
    without = run_manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert without.returncode == 0, without.stderr
    backends = without.stdout.strip().splitlines()[-1].split()
    assert backends == ["django.core.cache.backends.db.DatabaseCache"] * 2

    with_redis = run_manage("shell", "-c", code, env={**PRODUCTION_ENV, "REDIS_URL": REDIS_URL})
    assert with_redis.returncode == 0, with_redis.stderr
    backends = with_redis.stdout.strip().splitlines()[-1].split()
    assert backends == ["core.redis_cache.RedisCache"] * 2


@pytest.mark.django_db
def test_migrate_creates_the_database_cache_tables():
    database_caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "test_cache_made_by_migrate",
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "test_renditions_made_by_migrate",
        },
    }
    with override_settings(CACHES=database_caches):
        call_command("migrate", verbosity=0)
        tables = connection.introspection.table_names()
        assert {"test_cache_made_by_migrate", "test_renditions_made_by_migrate"} <= set(tables)

        from django.core.cache import caches

        caches["default"].set("written", "read back")
        assert caches["default"].get("written") == "read back"
