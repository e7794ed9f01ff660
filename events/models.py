"""The calendar (kalender): events as pages, their occurrences computed (events/recurrence.py),
and sign-ups (aanmeldingen) as plain models with a database-level guard against overbooking."""

from datetime import datetime, time

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from comments.models import CommentsMixin
from core.blocks import BaseStreamBlock
from core.feeds import FEED_ROUTE
from core.models import BasePage, ContentFields

from . import recurrence
from .fields import WeekdaysField
from .forms import EventPageForm

MAX_GROUP_SIZE = 20


class EventCalendarPage(RoutablePageMixin, BasePage):
    """The calendar of a site: upcoming list, month, day, archive and iCalendar feed."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kalender")
        verbose_name_plural = _("kalenders")

    @path("")
    def upcoming_route(self, request):
        from .views import calendar_upcoming

        return calendar_upcoming(self, request)

    @path("<int:year>/<int:month>/")
    def month_route(self, request, year, month):
        from .views import calendar_month

        return calendar_month(self, request, year, month)

    @path("<int:year>/<int:month>/<int:day>/")
    def day_route(self, request, year, month, day):
        from .views import calendar_day

        return calendar_day(self, request, year, month, day)

    @path("archief/")
    def archive_route(self, request):
        from .views import calendar_archive

        return calendar_archive(self, request)

    @path("ical/", name=FEED_ROUTE)
    def feed_route(self, request):
        from .views import calendar_feed

        return calendar_feed(self, request)


class EventPage(CommentsMixin, RoutablePageMixin, ContentFields, BasePage):
    """An activity: once, or repeating by a rule; optionally with sign-ups per occurrence."""

    class Frequency(models.TextChoices):
        NONE = "", _("Niet herhalen")
        DAILY = "daily", _("Dagelijks")
        WEEKLY = "weekly", _("Wekelijks")
        MONTHLY = "monthly", _("Maandelijks")

    class MonthWeek(models.IntegerChoices):
        FIRST = 1, _("de eerste")
        SECOND = 2, _("de tweede")
        THIRD = 3, _("de derde")
        FOURTH = 4, _("de vierde")
        LAST = -1, _("de laatste")

    intro = models.TextField(
        _("samenvatting"),
        max_length=500,
        help_text=_("Eén of twee zinnen: getoond in de kalender en als beschrijving."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("beschrijving"), blank=True)

    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    all_day = models.BooleanField(
        _("hele dag"), default=False, help_text=_("De tijden worden dan genegeerd.")
    )

    location_name = models.CharField(_("naam locatie"), max_length=200, blank=True)
    street = models.CharField(_("straat en huisnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Voor een online activiteit.")
    )
    organiser = models.CharField(_("organisator"), max_length=200, blank=True)
    is_free = models.BooleanField(_("gratis"), default=True)
    price = models.DecimalField(
        _("kosten (euro)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Alleen als de activiteit niet gratis is."),
    )
    accessibility = models.TextField(
        _("toegankelijkheid"),
        blank=True,
        max_length=1000,
        help_text=_("Bijvoorbeeld: rolstoeltoegankelijk, invalidentoilet, prikkelarm."),
    )
    registration_url = models.URLField(
        _("link om je aan te melden"),
        blank=True,
        help_text=_("Een aanmeldlink elders. Leeg en geen aanmelding via de site: vrije inloop."),
    )
    walk_in = models.BooleanField(_("vrije inloop"), default=False)

    repeat_frequency = models.CharField(
        _("herhalen"), max_length=10, choices=Frequency.choices, blank=True, default=""
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("om de hoeveel"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("1 = elke dag/week/maand, 2 = om de week, ..."),
    )
    repeat_weekdays = WeekdaysField(_("op"), help_text=_("Leeg: de weekdag van de eerste keer."))
    repeat_month_week = models.SmallIntegerField(
        _("maandelijks op"),
        choices=MonthWeek.choices,
        null=True,
        blank=True,
        help_text=_(
            "Bijvoorbeeld de tweede woensdag van de maand. Leeg: dezelfde dag van de maand."
        ),
    )
    repeat_until = models.DateField(_("herhalen tot en met"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        _("aantal keer"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("Of een einddatum, of een aantal keer; geen van beide: doorlopend."),
    )
    # When the last occurrence ends; NULL for an open-ended repeat. Lets a calendar fetch just
    # the events that overlap its window. Kept by save().
    series_end = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)

    signup_capacity = models.PositiveSmallIntegerField(
        _("aantal plaatsen"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_(
            "Plaatsen per keer (bij een herhalende activiteit: per datum). Leeg: geen "
            "aanmelding via de site."
        ),
    )
    waiting_list = models.BooleanField(
        _("wachtlijst"), default=True, help_text=_("Aanmelden als het vol is, op een wachtlijst.")
    )
    no_dutch_needed = models.BooleanField(
        _("geen Nederlands nodig"), default=False, help_text=_("Getoond als label.")
    )

    base_form_class = EventPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat_frequency"),
                FieldPanel("repeat_interval"),
                FieldPanel("repeat_weekdays"),
                FieldPanel("repeat_month_week"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                InlinePanel("exclusions", heading=_("Uitgezonderde datums"), label=_("datum")),
            ],
            heading=_("Herhaling"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("location_name"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("place")]),
                FieldPanel("online_url"),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("accessibility"),
                FieldPanel("no_dutch_needed"),
            ],
            heading=_("Praktisch"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("walk_in"),
                FieldPanel("registration_url"),
                FieldPanel("signup_capacity"),
                FieldPanel("waiting_list"),
            ],
            heading=_("Meedoen"),
        ),
        FieldPanel("listing_image", heading=_("Afbeelding")),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    promote_panels = BasePage.promote_panels_without_image
    settings_panels = (
        BasePage.settings_panels + ContentFields.flag_panels + CommentsMixin.comments_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("location_name"),
        index.SearchField("place"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventCalendarPage"]
    subpage_types = []
    card_template = "events/card.html"

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    @property
    def meta_description(self):
        return self.search_description or self.intro

    @property
    def next_occurrence(self):
        """The next time it takes place (None once it is over); from the prefetched
        exclusions, no query."""
        found = self.upcoming(limit=1)
        return found[0] if found else None

    @property
    def is_repeating(self):
        return bool(self.repeat_frequency)

    @property
    def takes_signups(self):
        return self.signup_capacity is not None

    @property
    def address_line(self):
        place = " ".join(part for part in (self.postcode, self.place) if part)
        return ", ".join(part for part in (self.location_name, self.street, place) if part)

    def normalise_times(self):
        """All-day events run from midnight to midnight (Amsterdam); the end is the start of
        their last day."""
        if self.all_day and self.start and self.end:
            start_day = recurrence.wall(self.start).date()
            end_day = recurrence.wall(self.end).date()
            self.start = recurrence.aware(datetime.combine(start_day, time()))
            self.end = recurrence.aware(datetime.combine(end_day, time()))

    def save(self, *args, **kwargs):
        self.normalise_times()
        if self.start and self.end:
            self.series_end = recurrence.series_end(self)
        super().save(*args, **kwargs)

    def occurrences(self, window_start, window_end, now=None):
        return recurrence.occurrences(self, window_start, window_end, now)

    def upcoming(self, limit=10, now=None):
        from .calendar import upcoming_occurrences_of

        return upcoming_occurrences_of(self, limit, now)

    def get_context(self, request, *args, **kwargs):
        from .views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request, kwargs.get("signup_form")))
        return context

    @path("")
    def event_route(self, request):
        return self.render(request)

    @path("ical/")
    def ical_route(self, request):
        from .views import event_ical

        return event_ical(self, request)

    @path("aanmelden/")
    def signup_route(self, request):
        from .views import event_signup

        return event_signup(self, request)


class EventExclusion(Orderable):
    """A date on which a repeating event does not take place."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exclusions")
    date = models.DateField(_("datum"))

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgezonderde datum")
        verbose_name_plural = _("uitgezonderde datums")


class Slot(models.Model):
    """The places of one occurrence that takes sign-ups. `taken` counts the people with a
    confirmed place; the database refuses `taken > capacity` (a CHECK constraint), and a place
    is only ever taken by a conditional UPDATE (events/signups.py), which PostgreSQL serialises
    per row: two people can never both get the last place. Kept after its sign-ups are
    deleted (30 days on) for the counters."""

    event = models.ForeignKey(
        EventPage, verbose_name=_("activiteit"), on_delete=models.CASCADE, related_name="slots"
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
