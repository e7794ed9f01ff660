from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """Our user model, in place from the first migration: member accounts and profiles
    (the members issue) extend it without swapping the model later."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
