"""The browser-facing security policy of every response: the Content-Security-Policy (public
pages and the Wagtail admin each under their own, config/settings/base.py) and the
Permissions-Policy.

The other headers come from Django itself (SecurityMiddleware's HSTS, nosniff and
Referrer-Policy; XFrameOptionsMiddleware). The public pages carry no inline script or style at
all (a site's accent colour is a stylesheet of its own, core.views.accent_stylesheet).
"""

from functools import cached_property

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy, default_config
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy on the admin's addresses.

    Both policies are fixed, so their headers are built once per process; a view that changes
    its policy with django-csp's decorators (or asks for a nonce) still gets django-csp's own
    per-response build."""

    @cached_property
    def admin_prefix(self):
        return reverse("wagtailadmin_home")

    @cached_property
    def headers(self):
        return {
            False: build_policy(),
            True: build_policy(config=default_config(settings.CONTENT_SECURITY_POLICY_ADMIN)),
        }

    def process_response(self, request, response):
        if getattr(response, "_csp_exempt", False) or HEADER in response:
            return response
        admin = request.path_info.startswith(self.admin_prefix)
        tailored = any(
            getattr(response, name, None) is not None
            for name in ("_csp_config", "_csp_update", "_csp_replace")
        ) or isinstance(getattr(request, "_csp_nonce", None), str)
        if not tailored:
            response[HEADER] = self.headers[admin]
            return response
        if admin and getattr(response, "_csp_config", None) is None:
            response._csp_config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN)
        return super().process_response(request, response)


class PermissionsPolicyMiddleware:
    """Permissions-Policy: the browser features no page of ours uses are off, for every page
    and for anything it frames (settings.PERMISSIONS_POLICY)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.value)
        return response
