"""GET /healthz for a load balancer (core/health.py), outside the site; what it says when the
database or Redis is down is in tests/test_faults.py, on a real server.

Not in tests/test_faults.py: that module is one pytest-xdist group of transactional tests, and
a test that is not transactional would bring the group's flushes ahead of the other tests."""

import pytest


@pytest.mark.django_db
def test_healthz_answers_on_any_host_over_plain_http_outside_the_site(
    client, settings, django_assert_num_queries
):
    """What a load balancer gets, whatever host it names and even where https is enforced:
    one query (the database check), no page routing, no cookie, never stored."""
    settings.SECURE_SSL_REDIRECT = True
    with django_assert_num_queries(1):
        response = client.get("/healthz", HTTP_HOST="10.20.30.40")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert "X-Page-Cache" not in response
