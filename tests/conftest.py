"""Shared fixtures. Every test builds the few pages and people it needs with tests.factories;
these fixtures are the convenient entry points (the national home and a municipality are
built on demand, with their sections)."""

from contextlib import contextmanager

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from tests import factories


@pytest.fixture(scope="session", autouse=True)
def national_world(django_db_setup, django_db_blocker):
    """The national site and its sections (factories.national_home()), built once per test
    database and committed, as production always has it: every test's own world is built on
    top of it inside the test's transaction, and the rollback leaves it as it was. Building it
    in every test cost half a second each. A transactional test flushes it away first (see
    empty_before_transactional_tests) and builds what it needs itself; so does the demo."""
    with django_db_blocker.unblock():
        factories.national_home()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, national_world):
    """The seeded demo, for tests/test_seed_demo.py (which tests seed_demo itself) and the
    modules not yet moved onto the factories. Seeded once, the first time such a test runs, on
    an empty database (the national world flushed away: seed_demo builds its own); those tests
    run after every test that builds its own world (see the ordering below), so the demo is
    never in their way."""
    from django.core.management import call_command

    from demo.seeding import seed_demo

    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
        seed_demo(with_logins=True)


@pytest.fixture(scope="session", autouse=True)
def mail_through_the_queue(django_test_environment):
    """Django's test environment sends mail straight to the outbox (EMAIL_BACKEND); put the
    queue (core/mail_queue.py) back in front of it, so every test's mail is serialized into a
    task and delivered from it (at once, config/settings/test.py) as in production."""
    settings.EMAIL_BACKEND = "core.mail_queue.QueuedEmailBackend"


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker):
    """A transaction around a module's tests, for the world they share. A module-scoped
    fixture that asks for this one builds its pages once, inside `with module_world():` (the
    database open, in Dutch); every test then runs in a savepoint within (pytest-django's own
    transaction nests), which rolls back what the test changed, and at the end of the module
    the transaction rolls back the world. Only for modules without transactional tests (those
    need no transaction open). Tests look their pages up again (the factories do), so what one
    test changed in an object in memory never reaches the next."""
    from django.db import transaction

    @contextmanager
    def building():
        with django_db_blocker.unblock(), translation.override(settings.LANGUAGE_CODE):
            yield

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield building
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            _forget_caches()


def _forget_caches():
    from django.core.cache import caches

    from core.cache import process_values
    from core.page_cache import local_entries

    for each in caches.all():
        each.clear()
    local_entries.clear()
    process_values.clear()


@pytest.fixture
def empty_database(db):
    """An empty database, for what must start on one (generate_dataset refuses to fill a
    database with a site in it): the national world flushed away inside the test's
    transaction, which brings it back when it rolls back."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    yield
    # The flush made the content types anew, with other ids, and the process remembers those;
    # the rollback brought back the old ones.
    ContentType.objects.clear_cache()


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
    """The caches outlive a test's rolled-back transaction; start every test without them
    (the page cache's included)."""
    _forget_caches()
    yield
    _forget_caches()


@pytest.fixture(autouse=True)
def force_login_is_a_whole_login(monkeypatch):
    """A test's force_login(user) stands for a finished login. For a user with two-factor
    authentication (the factories give superusers and national editors an authenticator, as
    they must have one) a finished login includes the code, and members.two_factor keeps out
    of the admin a session that did not give it: so the shortcut records the password and the
    code in the session, as allauth's login records them. tests/test_two_factor.py logs in
    through the real forms instead."""
    from types import SimpleNamespace

    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator

    plain_force_login = Client.force_login

    def force_login(self, user, backend=None):
        plain_force_login(self, user, backend)
        authenticator = Authenticator.objects.filter(
            user_id=user.pk, type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None:
            return
        session = self.session
        request = SimpleNamespace(session=session)
        record_authentication(request, user, "password", username=user.get_username())
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def uncached_pages(settings):
    """Every page rendered anew (the anonymous page cache off, core/page_cache.py): for the
    tests that count what a render costs, which a cache hit would not show."""
    settings.PROGRAM_PAGE_CACHE = False


@pytest.fixture(autouse=True)
def empty_before_transactional_tests(request):
    """A transactional test (browser tests included) builds its world on an empty database:
    the flush of the transactional test before it leaves one. On a pytest-xdist worker the
    tests on the seeded demo may come just before it instead (their group ran there), and the
    demo stays once seeded: flush it away first."""
    # live_server asks for transactional_db only when it starts, so it is not among the names.
    transactional = _is_transactional(request.node) or "live_server" in request.fixturenames
    if not transactional or "demo_site" in request.fixturenames:
        return
    request.getfixturevalue("transactional_db")
    from django.core.management import call_command
    from wagtail.models import Page

    if Page.objects.filter(depth__gt=1).exists():
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def dutch_to_start():
    """A request under /ar/ leaves Arabic active in the thread (LocaleMiddleware does not undo
    it); every test starts in Dutch, as a management command or a new request would."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    return "transactional_db" in item.fixturenames or bool(
        marker and marker.kwargs.get("transaction")
    )


def _run_order(item):
    """Browser tests run last (after pytest-django's own ordering). Once Playwright has
    started, its event loop runs in the main thread until the session ends, and Django refuses
    ORM calls from there; a transactional test after them (the concurrent sign-ups) would fail.

    Before them the transactional tests, whose flush empties the database. Tests on the
    seeded demo run after the tests that build their own world (the seed stays in the
    database once made), and before the transactional tests that do not use it.

    Under pytest-xdist (make test) every worker collects and sorts the same way, and the
    loadgroup scheduler hands the tests out in this order (with --no-loadscope-reorder, in
    pyproject.toml; by default it hands out the largest group first), so the order holds per worker
    (each worker has its own database). The tests on the demo form one group (their
    xdist_group mark): one worker takes them all and seeds the demo once."""
    browser = item.nodeid.startswith("tests/browser/")
    transactional = _is_transactional(item)
    on_demo = "demo_site" in item.fixturenames
    return (browser, transactional, on_demo != transactional)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    items.sort(key=_run_order)
    if getattr(config.option, "loadgroup", False):
        # pytest-xdist names a test's group in its node id (test@group) before this hook;
        # a pytest whose node ids it cannot change would spread a group over the workers.
        ungrouped = [
            item.nodeid
            for item in items
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid
        ]
        if ungrouped:
            raise pytest.UsageError(
                f"--dist loadgroup does not group {ungrouped[0]}: pytest and pytest-xdist "
                "do not work together (see requirements-dev.txt)"
            )
        if config.option.loadscopereorder:
            raise pytest.UsageError(
                "--dist loadgroup needs --no-loadscope-reorder (pyproject.toml): the group of "
                "tests on the demo would run first, and the demo stays in the database"
            )
