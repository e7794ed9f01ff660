"""The calendar (kalender): events as pages, their occurrences computed (events/recurrence.py),
with named routes for the calendar's views and an event's feed and sign-up form
(events/views.py); sign-ups (aanmeldingen) are plain models in events/places.py."""

from datetime import datetime, time

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from comments.models import CommentsMixin
from core import help_texts
from core.blocks import BaseStreamBlock
from core.feeds import FEED_ROUTE
from core.models import BasePage, ContentFields
from core.queries import page_ancestors, public_q
from core.routes import TwoDigitsConverter  # noqa: F401 - registers the routes' "two_digits"

from . import recurrence, rules, signups, views
from .forms import EventPageForm, RepeatPanel
from .jsonld import event_jsonld
from .places import MAX_GROUP_SIZE, SignUp, Slot

__all__ = [
    "MAX_GROUP_SIZE",
    "EventCalendarPage",
    "EventExclusion",
    "EventPage",
    "SignUp",
    "Slot",
]


class EventCalendarPage(RoutablePageMixin, BasePage):
    """The calendar of a site: upcoming list, month, day, archive and iCalendar feed."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.INDEX_INTRO)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kalender")
        verbose_name_plural = _("kalenders")

    def listed_events(self, scope):
        """The live, public events this calendar lists (before filters)."""
        return EventPage.listed(scope.locale_id, scope)

    # Routes, by name: links are built from the names (core.routes.subpage_url in Python,
    # {% routablepageurl %} in templates). Months and days are written with two digits.
    @path("", name="index")
    def index_route(self, request):
        return views.calendar_upcoming(self, request)

    @path("<int:year>/<two_digits:month>/", name="month")
    def month_route(self, request, year, month):
        return views.calendar_month(self, request, year, month)

    @path("<int:year>/<two_digits:month>/<two_digits:day>/", name="day")
    def day_route(self, request, year, month, day):
        return views.calendar_day(self, request, year, month, day)

    @path("archief/", name="archive")
    def archive_route(self, request):
        return views.calendar_archive(self, request)

    @path("ical/", name=FEED_ROUTE)
    def feed_route(self, request):
        return views.calendar_feed(self, request)


class EventPage(CommentsMixin, RoutablePageMixin, ContentFields, BasePage):
    """An activity: once, or repeating by a rule; optionally with sign-ups per occurrence."""

    intro = models.TextField(
        _("samenvatting"),
        max_length=500,
        help_text=help_texts.EVENT_INTRO,
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("beschrijving"),
        blank=True,
        help_text=help_texts.EVENT_BODY,
    )

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
        help_text=help_texts.ACCESSIBILITY,
    )
    registration_url = models.URLField(
        _("link om je aan te melden"),
        blank=True,
        help_text=_("Een aanmeldlink elders. Leeg en geen aanmelding via de site: vrije inloop."),
    )
    walk_in = models.BooleanField(_("vrije inloop"), default=False)

    # The repeat as one RFC 5545 RRULE value (events/rules.py); "" for an event that takes
    # place once. The editor sees friendly fields (events/forms.py), code the `repeat` parts.
    repeat_rule = models.CharField(_("herhaalregel"), max_length=200, blank=True, default="")
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
    # The rule is the same in every language (wagtail-localize would offer text to translate).
    override_translatable_fields = [SynchronizedField("repeat_rule")]

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
                # Form fields of EventPageForm that read and write `repeat_rule`.
                RepeatPanel("repeat_frequency"),
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
    def next_occurrence(self):
        """The next time it takes place (None once it is over); from the prefetched
        exclusions, no query."""
        found = self.upcoming(limit=1)
        return found[0] if found else None

    @property
    def is_repeating(self):
        return bool(self.repeat_rule)

    @property
    def repeat(self):
        """The parts of the repeat rule (events/rules.py), parsed once per rule text."""
        draft = getattr(self, "_repeat_draft", None)
        if draft is not None and draft[0] == self.repeat_rule:
            return draft[1]
        parsed = getattr(self, "_repeat_parsed", None)
        if parsed is None or parsed[0] != self.repeat_rule:
            parsed = (self.repeat_rule, rules.Repeat.parse(self.repeat_rule))
            self._repeat_parsed = parsed
        return parsed[1]

    @repeat.setter
    def repeat(self, value):
        first_weekday = recurrence.wall(self.start).weekday() if self.start else None
        self.repeat_rule = value.text(first_weekday)
        # Parts the rule cannot hold yet (weekdays before a frequency) wait here, so the
        # friendly attributes below can be set in any order.
        self._repeat_draft = (self.repeat_rule, value)

    def _set_repeat_part(self, name, value):
        self.repeat = self.repeat.with_parts(**{name: value})

    # The editor's friendly fields as attributes, read from and written to the rule:
    # EventPage(repeat_frequency="weekly", repeat_weekdays=[1, 3]) works as before.
    repeat_frequency = property(
        lambda self: self.repeat.frequency,
        lambda self, value: self._set_repeat_part("frequency", value or ""),
    )
    repeat_interval = property(
        lambda self: self.repeat.interval,
        lambda self, value: self._set_repeat_part("interval", value),
    )
    repeat_weekdays = property(
        lambda self: list(self.repeat.weekdays),
        lambda self, value: self._set_repeat_part("weekdays", value),
    )
    repeat_month_week = property(
        lambda self: self.repeat.month_week,
        lambda self, value: self._set_repeat_part("month_week", value or None),
    )
    repeat_until = property(
        lambda self: self.repeat.until_date,
        lambda self, value: self._set_repeat_part("until", value),
    )
    repeat_count = property(
        lambda self: self.repeat.count,
        lambda self, value: self._set_repeat_part("count", value or None),
    )

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
        return recurrence.upcoming(self, limit, now)

    @classmethod
    def listed(cls, locale_id, scope):
        """The live, public events in `scope` in one language: what a calendar, or a home
        page's agenda, lists before its filters."""
        return cls.objects.live().filter(public_q(), scope.items_q(cls), locale=locale_id)

    def get_context(self, request, *args, signup_form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        upcoming = self.upcoming(10, now)
        dates = signups.signup_dates(self, now, upcoming)
        if signup_form is None and dates:
            signup_form = signups.signup_form_for(self, request, dates)
        context.update(
            {
                "themes": list(self.themes.all()),
                "upcoming": upcoming,
                "next_occurrence": upcoming[0] if upcoming else None,
                "signup_dates": dates,
                "signup_form": signup_form,
                "jsonld": event_jsonld(self, upcoming[0] if upcoming else None, request),
                "calendar_page": page_ancestors(self)[-1],
            }
        )
        return context

    @path("", name="index")
    def index_route(self, request):
        return self.render(request)

    @path("ical/", name="ical")
    def ical_route(self, request):
        return views.event_ical(self, request)

    @path("aanmelden/", name="signup")
    def signup_route(self, request):
        return views.event_signup(self, request)


class EventExclusion(Orderable):
    """A date on which a repeating event does not take place."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exclusions")
    date = models.DateField(_("datum"))

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgezonderde datum")
        verbose_name_plural = _("uitgezonderde datums")
