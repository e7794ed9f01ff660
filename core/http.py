"""The one way to mark a response private, to send a visitor to the login page, and to refuse.

- private(response) / @private_view: what differs per member (their forms with a CSRF token,
  their own items, anything a logged-in member sees) is never kept by a browser or a shared
  cache (Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private).
- login_redirect(request), account_url(next_url): to the login page (or a link to it), and
  back to where the visitor was (or `next_url`) afterwards. A view only for members as a whole
  takes Django's @login_required (re-exported here), which builds the same address with the
  slashes of `next` unescaped.
- refuse(request, template, context): a page that says why something cannot be done (403
  unless told otherwise), private. A request for something that is not there stays a 404, and
  services raise PermissionDenied for Django's plain 403.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

__all__ = ["account_url", "login_redirect", "login_required", "private", "private_view", "refuse"]


def private(response):
    add_never_cache_headers(response)
    return response


def private_view(view):
    """A view whose every response is private()."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return private(view(request, *args, **kwargs))

    return wrapped


def account_url(next_url, route="account_login"):
    """The address of the login page (or of another account page, e.g. "account_signup")
    that leads back to `next_url` afterwards."""
    return f"{reverse(route)}?{urlencode({'next': next_url})}"


def login_redirect(request, next_url=None):
    """To the login page; afterwards back to `next_url`, by default the current address."""
    return private(HttpResponseRedirect(account_url(next_url or request.get_full_path())))


def refuse(request, template, context, status=403):
    """A page that says why (context["message"]), instead of a bare error."""
    return private(TemplateResponse(request, template, context, status=status))
