from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_item(request):
    """From the admin's account page to two-factor authentication (members/two_factor.py)."""
    return {
        "url": reverse("mfa_index"),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Bij het inloggen ook een code uit een app op je telefoon vragen."),
    }
