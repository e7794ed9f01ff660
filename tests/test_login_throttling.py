"""Failed logins are limited per account and per address, whichever host they are tried on,
logged, and counted in the cache every worker shares (members/login_attempts.py)."""

import logging
import os
import uuid

import pytest
import redis
from django.conf import settings
from django.core.cache import caches
from django.test import Client, override_settings

from tests.factories import PASSWORD, member, municipality, national_home, person
from tests.test_cache_shared import redis_reachable

pytestmark = pytest.mark.django_db

REFUSED = "Te veel mislukte inlogpogingen. Probeer het over vijf minuten opnieuw"
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def log_in(host, email, password, address="192.0.2.10"):
    client = Client(HTTP_HOST=host, REMOTE_ADDR=address)
    response = client.post("/accounts/login/", {"login": email, "password": password})
    return client, response


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def sites():
    national_home()
    municipality("alkmaar")
    municipality("arnhem")
    return ["alkmaar.localhost", "arnhem.localhost", "localhost"]


def test_five_wrong_passwords_lock_the_account_on_every_host_and_are_logged(sites, caplog):
    amira = member("lid-amira")
    caplog.set_level(logging.WARNING, logger="aandeslag.security")
    for attempt in range(5):
        # Spread over the municipality hosts and the national one: one account, one count.
        client, response = log_in(sites[attempt % 3], amira.email, "niet-mijn-wachtwoord")
        assert response.status_code == 200
        assert REFUSED not in response.content.decode()
        assert not logged_in(client)

    client, response = log_in("alkmaar.localhost", amira.email, PASSWORD)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not logged_in(client)

    failed = [r for r in caplog.records if r.getMessage().startswith("Failed login")]
    refused = [r for r in caplog.records if r.getMessage().startswith("Login refused")]
    assert len(failed) == 5
    assert all(amira.email in r.getMessage() and "192.0.2.10" in r.getMessage() for r in failed)
    assert len(refused) == 1

    # Another member on the same sites is not affected.
    other = member("lid-bashir")
    client, response = log_in("alkmaar.localhost", other.email, PASSWORD, address="192.0.2.99")
    assert response.status_code == 302
    assert logged_in(client)


def test_a_right_password_after_a_few_mistakes_still_logs_in(sites):
    amira = member("lid-amira")
    for _ in range(3):
        log_in("alkmaar.localhost", amira.email, "bijna-goed")
    client, response = log_in("alkmaar.localhost", amira.email, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_ten_failures_from_one_address_stop_that_address_only(sites):
    people = [member(f"lid-{n}") for n in range(11)]
    for someone in people[:10]:
        log_in("alkmaar.localhost", someone.email, "fout", address="198.51.100.7")
    # The eleventh account from the same address is refused, even with its right password...
    client, response = log_in(
        "arnhem.localhost", people[10].email, PASSWORD, address="198.51.100.7"
    )
    assert REFUSED in response.content.decode()
    assert not logged_in(client)
    # ...and the same account from another address logs in.
    client, response = log_in(
        "arnhem.localhost", people[10].email, PASSWORD, address="198.51.100.8"
    )
    assert response.status_code == 302
    assert logged_in(client)


def test_a_forged_forwarded_for_header_is_not_believed_without_a_proxy(sites):
    amira = member("lid-amira")
    for n in range(5):
        client = Client(HTTP_HOST="alkmaar.localhost", REMOTE_ADDR="192.0.2.10")
        client.post(
            "/accounts/login/",
            {"login": amira.email, "password": "fout"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )
    client, response = log_in("alkmaar.localhost", amira.email, PASSWORD)
    assert REFUSED in response.content.decode()


@pytest.mark.skipif(
    not redis_reachable() and os.environ.get("CI") != "true", reason="no Redis on this machine"
)
def test_the_counts_live_in_the_shared_cache(sites):
    """With production's Redis, the count is in Redis, where every other worker reads it: a
    client that reaches Redis on its own connection finds it, and after the in-process cache
    connections are dropped the account is still refused."""
    prefix = f"throttle-{uuid.uuid4().hex[:8]}"
    shared = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
    }
    amira = member("lid-amira")
    with override_settings(CACHES=shared):
        for _ in range(5):
            log_in("alkmaar.localhost", amira.email, "fout")
        keys = redis.Redis.from_url(REDIS_URL).keys(f"{prefix}:*")
        assert keys, "nothing counted in Redis"
        caches["default"].close()
        client, response = log_in("arnhem.localhost", amira.email, PASSWORD)
        assert REFUSED in response.content.decode()
        assert not logged_in(client)
        caches["default"].clear()


def test_the_admin_login_counts_in_the_same_limits_by_username_or_address(sites, caplog):
    """An editor's account is the same account on /admin/login/ (username) and on the site's
    login (email address): failures on both count together, and are logged."""
    caplog.set_level(logging.WARNING, logger="aandeslag.security")
    editor = person("redactie-alkmaar")
    editor.email = "redactie@alkmaar.example.nl"
    editor.save()
    admin = Client(HTTP_HOST="alkmaar.localhost", REMOTE_ADDR="192.0.2.20")
    for _ in range(3):
        response = admin.post("/admin/login/", {"username": editor.username, "password": "fout"})
        assert response.status_code == 200
        assert REFUSED not in response.content.decode()
    for _ in range(2):
        log_in("alkmaar.localhost", editor.email, "fout", address="192.0.2.20")

    response = admin.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert admin.get("/admin/").status_code == 302
    failed = [r for r in caplog.records if r.getMessage().startswith("Failed login")]
    assert len(failed) == 5
    assert sum(editor.username in r.getMessage() for r in failed) == 3
