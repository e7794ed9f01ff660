"""Faults, against a real gunicorn with the production settings: the database going away
(through a loopback proxy the test cuts, tests/tcp_proxy.py: the machine's PostgreSQL itself
keeps running) and Redis going away (a redis-server of the test's own, killed), and
GET /healthz reporting both for a load balancer.

- Database down: a page stored in the page cache before still serves; any other page answers
  503 with the static error page (no traceback, its stylesheet served); /healthz says 503 and
  which part is down; once the proxy passes connections again the same server serves
  everything again, no restart.
- Redis down: pages render uncached, a member logs in (allauth's rate limits would refuse it),
  /healthz says 200 with the cache down; once Redis is back pages are cached again.

The server reads the test database, so the tests are transactional (the data is committed
and the flush after each test removes it)."""

import re
import shutil
import socket
import subprocess
import time

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from bench.environment import site_environment
from bench.run import collect_static
from bench.server import Server, free_port
from tests import factories
from tests.tcp_proxy import TcpProxy, require

# One worker takes them all under pytest-xdist: they share collectstatic's folder.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("faults")]

REDIS_SERVER = shutil.which("redis-server")
HOST = "alkmaar.localhost"
DEADLINE = 30


class RedisServer:
    """A redis-server of the test's own on a free loopback port, without persistence."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as probe:
                    probe.sendall(b"PING\r\n")
                    if probe.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def redis_server():
    require(REDIS_SERVER, "redis-server not found (apt-get install redis-server)")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def static_files():
    """Production settings serve static files from collectstatic's manifest (WhiteNoise).
    The first fixture of every test here: without PostgreSQL nothing else is made."""
    require(
        connection.vendor == "postgresql",
        "the fault tests need PostgreSQL (DATABASE_URL=postgres://...)",
    )
    collect_static("postgres://unused@127.0.0.1/unused")


def database_url(port):
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    return f"postgres://{user}@127.0.0.1:{port}/{settings['NAME']}"


def start_gunicorn(tmp_path, database, redis_url):
    environment = site_environment(database, page_cache=True)
    environment.update(
        {"REDIS_URL": redis_url, "MEDIA_ROOT": str(tmp_path / "media"), "LOG_LEVEL": "CRITICAL"}
    )
    server = Server(environment, workers=2, log_path=tmp_path / "gunicorn.log")
    server.start()
    return server


def get(server, path, host=HOST, **kwargs):
    return requests.get(
        f"http://127.0.0.1:{server.port}{path}",
        headers={"Host": host, **kwargs.pop("headers", {})},
        allow_redirects=False,
        timeout=DEADLINE,
        **kwargs,
    )


def poll(check, message):
    """check() until it returns something true, or fail after DEADLINE seconds."""
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(message)


@pytest.fixture
def world():
    home = factories.municipality("alkmaar")
    index = factories.news_index(home)
    cached = factories.add_news(index, "Moestuin bij het AZC geopend")
    other = factories.add_news(index, "Fietsles voor nieuwe bewoners")
    amira = factories.member("lid-amira")
    # Hashed as production checks it (the test settings hash with MD5, which it does not know).
    hasher = PBKDF2PasswordHasher()
    amira.password = hasher.encode(factories.PASSWORD, hasher.salt())
    amira.save(update_fields=["password"])
    return {"cached": cached.url_path, "other": other.url_path, "member": "lid-amira"}


def page_path(world, name):
    # /home/gemeenten/alkmaar/nieuws/x/ -> /nieuws/x/ on Alkmaar's own host.
    return "/" + world[name].split("/alkmaar/", 1)[1]


def test_database_down_serves_cached_pages_503_for_the_rest_and_recovers(
    tmp_path, static_files, redis_server, world
):
    proxy = TcpProxy("127.0.0.1", connection.settings_dict["PORT"] or 5432)
    server = start_gunicorn(tmp_path, database_url(proxy.port), redis_server.url)
    try:
        cached, other = page_path(world, "cached"), page_path(world, "other")
        first = get(server, cached)
        assert first.status_code == 200
        assert "Moestuin bij het AZC geopend" in first.text
        assert get(server, cached).headers["X-Page-Cache"] == "hit"
        assert get(server, "/healthz").json() == {"database": "ok", "cache": "ok"}

        proxy.cut()

        # On both workers (each has its own connection, now broken): the stored page is served.
        for _ in range(4):
            response = get(server, cached)
            assert response.status_code == 200
            assert response.headers["X-Page-Cache"] == "hit"
            assert "Moestuin bij het AZC geopend" in response.text

        # A page not in the page cache: 503 with the static error page, in Dutch.
        for _ in range(4):
            response = get(server, other)
            assert response.status_code == 503
            assert response.headers["Retry-After"]
            assert response.headers["Cache-Control"] == "no-store"
            assert "<h1>Er ging iets mis</h1>" in response.text
            assert "Probeer het over een paar minuten opnieuw." in response.text
            assert "Traceback" not in response.text
            assert "OperationalError" not in response.text
        # Its stylesheet is served without the database too.
        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)">', response.text)[1]
        assert get(server, stylesheet).status_code == 200

        health = get(server, "/healthz")
        assert health.status_code == 503
        assert health.json() == {"database": "down", "cache": "ok"}
        assert health.headers["Cache-Control"] == "no-store"

        # A database host that accepts connections and never answers: the connect timeout of
        # the production settings answers (without it, the request would hang until gunicorn
        # killed its worker).
        proxy.hang()
        health = get(server, "/healthz")
        assert health.status_code == 503
        assert health.json() == {"database": "down", "cache": "ok"}
        assert get(server, cached).status_code == 200

        proxy.restore()

        # The same server, not restarted: every worker reconnects by itself.
        poll(lambda: get(server, "/healthz").status_code == 200, "/healthz stayed 503")
        for _ in range(4):
            response = get(server, other)
            assert response.status_code == 200
            assert "Fietsles voor nieuwe bewoners" in response.text
            health = get(server, "/healthz")
            assert health.status_code == 200
            assert health.json() == {"database": "ok", "cache": "ok"}
    finally:
        server.stop()
        proxy.close()


def log_in(server, email, password):
    """allauth's login form on Alkmaar's host, as a browser fills it in: the session cookie."""
    form = get(server, "/accounts/login/")
    assert form.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)[1]
    response = requests.post(
        f"http://127.0.0.1:{server.port}/accounts/login/",
        data={"login": email, "password": factories.PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Host": HOST},
        cookies={"csrftoken": form.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=DEADLINE,
    )
    assert response.status_code == 302, response.text
    return response.cookies.get("sessionid")


def test_redis_down_renders_uncached_keeps_logins_working_and_recovers(
    tmp_path, static_files, redis_server, world
):
    server = start_gunicorn(
        tmp_path, database_url(connection.settings_dict["PORT"] or 5432), redis_server.url
    )
    try:
        cached = page_path(world, "cached")
        assert get(server, cached).status_code == 200
        assert get(server, cached).headers["X-Page-Cache"] == "hit"

        redis_server.stop()

        for _ in range(4):
            response = get(server, cached)
            assert response.status_code == 200
            assert "Moestuin bij het AZC geopend" in response.text
            # Rendered anew: nothing can say whether the stored copy is still current.
            assert response.headers["X-Page-Cache"] == "miss"
        health = get(server, "/healthz")
        assert health.status_code == 200
        assert health.json() == {"database": "ok", "cache": "down"}

        # A member logs in (allauth's rate limits cannot count, and do not refuse) and is
        # recognised on the next page.
        session = log_in(server, "lid-amira@reacties.test", factories.PASSWORD)
        assert session
        profile = get(server, "/accounts/profiel/", cookies={"sessionid": session})
        assert profile.status_code == 200
        assert "Amira" in profile.text

        redis_server.start()

        poll(lambda: get(server, "/healthz").json()["cache"] == "ok", "the cache stayed down")
        poll(
            lambda: get(server, cached).headers["X-Page-Cache"] == "hit",
            "pages were not cached again",
        )
    finally:
        server.stop()
