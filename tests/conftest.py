"""Shared fixtures. Every test builds the few pages and people it needs with tests.factories;
these fixtures are the convenient entry points (the national home and a municipality are
built on demand, with their sections)."""

import pytest
from django.test import Client

from tests import factories


@pytest.fixture
def national_home(db):
    return factories.national_home()


@pytest.fixture
def national_site(db):
    return factories.national_site()


@pytest.fixture
def municipality(db):
    """municipality("alkmaar"): that municipality's home, provisioned on first use."""
    return factories.municipality


@pytest.fixture
def site_for(db):
    """site_for("alkmaar"): the Site provisioning made for that municipality."""
    return factories.municipality_site


@pytest.fixture
def client_for():
    """A test client whose requests go to one host, e.g. client_for("alkmaar.localhost")."""

    def make(host):
        return Client(HTTP_HOST=host)

    return make


@pytest.fixture(autouse=True)
def clear_cache():
    """The cache outlives a test's rolled-back transaction; start every test without it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last (after pytest-django's own ordering). Once Playwright has
    started, its event loop runs in the main thread until the session ends, and Django refuses
    ORM calls from there; a transactional test after them (the concurrent sign-ups) would fail."""
    items.sort(key=lambda item: item.nodeid.startswith("tests/browser/"))
