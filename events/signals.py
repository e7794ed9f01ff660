from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from core.page_purge import purge_page

from .models import EventPage
from .places import SignUp
from .signups import sync_capacity


@receiver(page_published, sender=EventPage)
def follow_capacity(sender, instance, **kwargs):
    """Future dates follow a changed capacity; places that open up go to the waiting list."""
    sync_capacity(instance)


@receiver(post_save, sender=SignUp)
def purge_event_pages(sender, instance, **kwargs):
    """A place taken or given back: the event's page (places left), its calendar and the home
    pages' counters show it (core/page_purge.py)."""
    purge_page(instance.slot.event)
