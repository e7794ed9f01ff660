"""A member's profile shows in the directory and by their name under their comments and posts:
a change purges the pages of their municipality's site and of the national site (the anonymous
page cache, core/page_purge.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.page_cache import Target, areas, locate
from core.page_purge import purge

from .models import Profile


@receiver(post_save, sender=Profile)
@receiver(post_delete, sender=Profile)
def purge_member_pages(sender, instance, **kwargs):
    known = areas()
    targets = {Target(known.national)}
    home = instance.municipality if instance.municipality_id else None
    if home is not None:
        targets.add(Target(locate(home.url_path, known)[0]))
    purge(targets)
