"""Failed logins: counted per account and per address, and logged.

allauth counts them (ACCOUNT_RATE_LIMITS["login_failed"], config/settings/base.py) in the
default cache, which production shares between every worker and server (Redis), so the limits
hold whichever worker a request reaches. They count per account, whether it is named by its
email address (the site's login) or its username (the admin's, whose form checks the password
through the same allauth adapter: AdminLoginForm). Every failed login, the member's on the site
and the editor's on /admin/login/ alike, is logged on the "aandeslag.security" logger with the
address it came from (the client's, behind ALLAUTH_TRUSTED_PROXY_COUNT proxies), and so is
every login the limits refuse.
"""

import logging

from allauth.account.adapter import get_adapter
from allauth.core.internal.httpkit import get_client_ip
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db.models import Q
from django.dispatch import receiver
from wagtail.admin.forms.auth import LoginForm

logger = logging.getLogger("aandeslag.security")

# How much of what was typed as the login a log line keeps.
LOGGED_LOGIN_LENGTH = 100


def attempted_login(credentials):
    """The account a login tried, as it is counted: lower case, whitespace trimmed."""
    login = credentials.get("email") or credentials.get("username") or credentials.get("login")
    return str(login or "").strip().lower()


def counted_as(credentials):
    """What failed logins of these credentials count against: the account they name, by email
    address or username, or, when they name none, what was typed (so guessing at accounts that
    do not exist is limited too, and tells nothing)."""
    login = attempted_login(credentials)
    account = (
        get_user_model()
        .objects.filter(Q(email__iexact=login) | Q(username__iexact=login))
        .values_list("pk", flat=True)
        .first()
    )
    return f"account:{account}" if account is not None else f"login:{login}"


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


class AdminLoginForm(LoginForm):
    """Wagtail's admin login form (WAGTAILADMIN_USER_LOGIN_FORM) with the password checked by
    allauth's adapter, so the admin's logins count in the same limits as the site's."""

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            try:
                self.user_cache = get_adapter(self.request).authenticate(
                    self.request, username=username, password=password
                )
            except ValidationError as refused:
                raise forms.ValidationError(
                    refused.messages, code="too_many_login_attempts"
                ) from refused
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data
