"""Failed logins: counted per account and per address, and logged.

allauth counts them (ACCOUNT_RATE_LIMITS["login_failed"], config/settings/base.py) in the
default cache, which production shares between every worker and server (Redis), so the limits
hold whichever worker a request reaches. Every failed login, the member's on the site and the
editor's on /admin/login/ alike, is logged on the "aandeslag.security" logger with the address
it came from (the client's, behind ALLAUTH_TRUSTED_PROXY_COUNT proxies), and so is every login
the limits refuse.
"""

import logging

from allauth.core.internal.httpkit import get_client_ip
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ImproperlyConfigured
from django.dispatch import receiver

logger = logging.getLogger("aandeslag.security")

# How much of what was typed as the login a log line keeps.
LOGGED_LOGIN_LENGTH = 100


def attempted_login(credentials):
    """The account a login tried, as it is counted: lower case, whitespace trimmed."""
    login = credentials.get("email") or credentials.get("username") or credentials.get("login")
    return str(login or "").strip().lower()


def client_address(request):
    if request is None:
        return "-"
    try:
        return get_client_ip(request) or "-"
    except ImproperlyConfigured:  # fewer forwarded-for addresses than proxies configured
        return request.META.get("REMOTE_ADDR") or "-"


def log_refused(request, credentials):
    logger.warning(
        "Login refused, too many failed attempts: account %r from %s",
        attempted_login(credentials)[:LOGGED_LOGIN_LENGTH],
        client_address(request),
    )


@receiver(user_login_failed, dispatch_uid="members.login_attempts.log_failed")
def log_failed(sender, credentials, request=None, **kwargs):
    """Django sends this for every failed authenticate(): allauth's login and Wagtail's."""
    logger.warning(
        "Failed login: account %r from %s",
        attempted_login(credentials)[:LOGGED_LOGIN_LENGTH],
        client_address(request),
    )
