"""Two-factor authentication (allauth's MFA: an authenticator app's codes and recovery codes).

- Anyone with an account may turn it on at /accounts/2fa/ (linked from the profile and from the
  admin's account page). Once on, every login asks for a code: allauth's own login and the
  admin's login form alike, which hands the password check to allauth's login flow
  (`AdminLoginView`), so its code step cannot be skipped by posting to Wagtail's form.
- Superusers and whoever may edit every site (a permission on the page tree's root, as the
  group "Landelijke redactie" has) must have it: `TwoFactorMiddleware` sends such a user who
  has none to set it up before any admin page opens.
- The middleware also keeps out of the admin a user with an authenticator whose session did
  not give a code (a login through any other form, e.g. Wagtail's front-end login): they are
  logged out and sent to the login, which asks for the code.
"""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import perform_password_login, record_authentication
from allauth.account.models import Login
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import LoginView
from wagtail.models import GroupPagePermission

from core.http import account_url, private

# Admin addresses that must stay open without a finished login or a second factor.
_OPEN_ADMIN_ROUTES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)


def must_use_two_factor(user):
    """Superusers and those who may edit the pages of every site."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(group__user=user, page__depth=1).exists()


def has_two_factor(user):
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def gave_code(request):
    """Did this session's login include a code (an app's code or a recovery code)?"""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def record_code_given(request, user, authenticator):
    """Turning the app on takes a code from it: the session has given one."""
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)


class AdminLoginView(LoginView):
    """Wagtail's admin login form (username and password) whose login is allauth's: the
    password is checked here, then allauth's login stages run (the code, for a user with
    two-factor authentication), and only they log the user in, back to `next`."""

    def form_valid(self, form):
        if form.cleaned_data.get("remember"):
            self.request.session.set_expiry(settings.SESSION_COOKIE_AGE)
        else:
            self.request.session.set_expiry(0)
        user = form.get_user()
        login = Login(
            user=user,
            # Staff accounts are made by an administrator, as before this form asked no
            # verified address; members log in on the site, where it is mandatory.
            email_verification=EmailVerificationMethod.NONE,
            redirect_url=self.get_success_url(),
        )
        credentials = {"username": form.cleaned_data.get("username")}
        return private(perform_password_login(self.request, credentials, login))


def _admin_path(request):
    return request.path.startswith(reverse("wagtailadmin_home"))


def _open_admin_route(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in _OPEN_ADMIN_ROUTES


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not _admin_path(request) or _open_admin_route(request):
            return None
        if has_two_factor(user):
            if gave_code(request):
                return None
            logout(request)
            messages.warning(
                request,
                _("Log opnieuw in: je account vraagt bij het inloggen ook om de code uit je app."),
            )
            return private(redirect(account_url(request.get_full_path(), "wagtailadmin_login")))
        if must_use_two_factor(user):
            messages.warning(
                request,
                _(
                    "Voor jouw account is tweestapsverificatie verplicht. Stel het hieronder in "
                    "met een app op je telefoon; daarna kun je verder in het beheer."
                ),
            )
            return private(redirect("mfa_activate_totp"))
        return None
