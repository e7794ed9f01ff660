"""Shared fixtures. The demo (national site and all 21 municipalities) is seeded once per
test session; every database test runs inside a transaction on top of it."""

import pytest
from django.test import Client
from wagtail.models import Site

from demo.seeding import seed_demo


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        seed_demo(with_logins=True)


@pytest.fixture
def national_site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def site_for(db):
    def find(slug):
        return Site.objects.get(root_page__slug=slug, is_default_site=False)

    return find


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
