from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage
from .signups import sync_capacity


@receiver(page_published, sender=EventPage)
def follow_capacity(sender, instance, **kwargs):
    """Future dates follow a changed capacity; places that open up go to the waiting list."""
    sync_capacity(instance)
