"""Sign-ups (aanmeldingen) as plain models: the places of each occurrence that takes sign-ups,
with a database-level guard against overbooking, and who signed up. The event pages are in
events/models.py, whose routes build on this module (so it never imports them)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

MAX_GROUP_SIZE = 20


class Slot(models.Model):
    """The places of one occurrence that takes sign-ups. `taken` counts the people with a
    confirmed place; the database refuses `taken > capacity` (a CHECK constraint), and a place
    is only ever taken by a conditional UPDATE (events/signups.py), which PostgreSQL serialises
    per row: two people can never both get the last place. Kept after its sign-ups are
    deleted (30 days on) for the counters."""

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        related_name="slots",
    )
    starts_at = models.DateTimeField(_("begint om"))
    ends_at = models.DateTimeField(_("eindigt om"))
    capacity = models.PositiveIntegerField(_("plaatsen"))
    taken = models.PositiveIntegerField(_("bezet"), default=0)
    # Confirmed sign-ups (groups, not people): the "matches" counter on the home pages.
    matches = models.PositiveIntegerField(_("aanmeldingen"), default=0)

    class Meta:
        verbose_name = _("datum met aanmeldingen")
        verbose_name_plural = _("datums met aanmeldingen")
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["event", "starts_at"], name="one_slot_per_occurrence"),
            models.CheckConstraint(
                condition=Q(taken__lte=F("capacity")), name="slot_never_overbooked"
            ),
        ]

    def __str__(self):
        return f"{self.event_id} @ {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def free(self):
        return max(self.capacity - self.taken, 0)


class SignUp(models.Model):
    """Someone (or a group) signed up for one occurrence. Personal data is kept no longer than
    30 days after the occurrence (`manage.py purge_signups`)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING = "waiting", _("op de wachtlijst")
        CANCELLED = "cancelled", _("geannuleerd")

    slot = models.ForeignKey(
        Slot, verbose_name=_("datum"), on_delete=models.CASCADE, related_name="signups"
    )
    first_name = models.CharField(_("voornaam"), max_length=100)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    people = models.PositiveSmallIntegerField(
        _("aantal personen"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)],
    )
    group_names = models.TextField(_("voornamen van de groep"), blank=True, max_length=1000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_signups",
    )
    language = models.CharField(max_length=10, default="nl")
    consented_at = models.DateTimeField(_("toestemming gegeven op"))
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("van de wachtlijst op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("geannuleerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.first_name} ({self.people})"
