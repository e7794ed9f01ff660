"""A member's profile shows in the directory and by their name under their comments and posts:
a change purges the pages of their municipality's site and of the national site (the anonymous
page cache, core/page_purge.py).

Turning on an authenticator app takes a code from it, so the session has given its second
factor (members/two_factor.py) and stays in the admin."""

from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.page_cache import Target, areas, locate
from core.page_purge import purge

from .models import Profile
from .two_factor import record_code_given


@receiver(post_save, sender=Profile)
@receiver(post_delete, sender=Profile)
def purge_member_pages(sender, instance, **kwargs):
    known = areas()
    targets = {Target(known.national)}
    home = instance.municipality if instance.municipality_id else None
    if home is not None:
        targets.add(Target(locate(home.url_path, known)[0]))
    purge(targets)


@receiver(authenticator_added)
def code_given_on_activation(sender, request, user, authenticator, **kwargs):
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_code_given(request, user, authenticator)
