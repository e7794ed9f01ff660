"""What members may do, in one place: used by comments and the bulletin board."""

from allauth.account.models import EmailAddress


def is_verified_member(user):
    """Logged in, not blocked, and with a verified email address."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def block_member(user):
    """Block at once: an inactive user is logged out of every running session on the next
    request, because Django's authentication backends refuse inactive users."""
    user.is_active = False
    user.save(update_fields=["is_active"])


def display_name(user):
    """The name shown with a member's contributions; never the email address."""
    if user is None:
        return None
    profile = getattr(user, "profile", None)
    return (profile.display_name if profile else "") or user.username


def chosen_name(user):
    """The name a member chose (their profile's), or "" when they have none; used where a
    made-up username must never show, such as the account mails."""
    profile = getattr(user, "profile", None) if user is not None else None
    return profile.display_name if profile else ""


def mail_language(user):
    """The language a member's mails go in (their profile's), or None (Dutch) for staff
    without a profile."""
    profile = getattr(user, "profile", None) if user is not None else None
    return profile.language if profile else None


def municipality_for_request(request):
    """The municipality whose site the request is on (its home page), or None nationally."""
    from wagtail.models import Site

    from municipalities.models import MunicipalityHomePage

    site = Site.find_for_request(request)
    if site is None:
        return None
    return MunicipalityHomePage.objects.filter(pk=site.root_page_id).first()
