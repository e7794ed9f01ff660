"""The browser test harness: Debian's Chromium driven by pytest-playwright against
pytest-django's live server.

The live server needs a transactional database, which is flushed after every test, so each
browser test builds its small world again with the factories (world.py).
Wagtail picks the Site by host name and Chromium resolves every *.localhost name to the
loopback address, so the national site is at http://localhost:<port>/ and a municipality at
http://<slug>.localhost:<port>/.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.world import build_world

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _require_chromium():
    """Without the browser, CI must go red; a developer's machine just skips."""
    if CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK):
        return
    message = (
        f"{CHROMIUM} not found: the browser tests need Debian's Chromium "
        "(apt-get install chromium); Playwright's own browser downloads are not used."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session", autouse=True)
def chromium_available():
    """Checked before anything else in a browser test, so a missing browser costs no building."""
    _require_chromium()


@pytest.fixture(scope="package", autouse=True)
def allow_orm_beside_playwright(chromium_available, django_db_setup):
    """Playwright's sync API runs an event loop in the main thread, so Django would refuse
    every ORM call from a test or fixture with SynchronousOnlyOperation.

    Set for this package only, not at import: other tests start `manage.py check --deploy`
    in a subprocess, which inherits the environment and rejects the variable (async.E001).
    Depending on django_db_setup makes the test database outlive Playwright, so it is torn
    down after the event loop has stopped."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, chromium_available):
    """pytest-playwright's launch options, pointed at the system Chromium."""
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture
def world(live_server):
    """The pages every browser test may visit, built again for this test (the previous test's
    flush removed them)."""
    return build_world()


@pytest.fixture
def site_url(live_server, world):
    """site_url("alkmaar", "/gemeenten/") is that path on the live server under that
    municipality's host; site_url(None, path) is the national site."""
    port = urlsplit(live_server.url).port

    def build(slug=None, path="/"):
        host = "localhost" if slug is None else f"{slug}.localhost"
        return f"http://{host}:{port}{path}"

    return build
