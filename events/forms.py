"""The editor's event form (the repeat rule as friendly fields; checks dates and repeats) and
the public sign-up form."""

import functools
from datetime import datetime, time
from types import SimpleNamespace

from django import forms
from django.core.validators import MaxValueValidator
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin import compare
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import AdminDateInput

from core.text import clean_member_text, is_blank

from . import recurrence, rules
from .fields import WEEKDAYS

# The friendly fields and the parts of the rule (events/rules.py) they stand for.
REPEAT_PARTS = {
    "repeat_frequency": "frequency",
    "repeat_interval": "interval",
    "repeat_weekdays": "weekdays",
    "repeat_month_week": "month_week",
    "repeat_until": "until",
    "repeat_count": "count",
}
FREQUENCIES = [
    ("", _("Niet herhalen")),
    ("daily", _("Dagelijks")),
    ("weekly", _("Wekelijks")),
    ("monthly", _("Maandelijks")),
]
MONTH_WEEKS = [
    (1, _("de eerste")),
    (2, _("de tweede")),
    (3, _("de derde")),
    (4, _("de vierde")),
    (-1, _("de laatste")),
]


def _date(value):
    return formats.date_format(value, "j F Y")


class RepeatPanel(FieldPanel):
    """The first friendly repeat field; when revisions are compared, it shows the stored rule
    (the friendly fields are no model fields, so Wagtail would compare nothing)."""

    class BoundPanel(FieldPanel.BoundPanel):
        def get_comparison(self):
            field = self.panel.model._meta.get_field("repeat_rule")
            return [functools.partial(compare.FieldComparison, field)]


class EventPageForm(WagtailAdminPageForm):
    """Shows the stored repeat rule (`EventPage.repeat_rule`, one RRULE) as friendly fields and
    writes it back from them. Refuses an end before the start, a repeat that does not start on
    its own pattern, and excluded dates on which the repeat does not fall, each with a message
    at the field."""

    repeat_frequency = forms.ChoiceField(label=_("herhalen"), choices=FREQUENCIES, required=False)
    repeat_interval = forms.IntegerField(
        label=_("om de hoeveel"),
        initial=1,
        min_value=1,
        max_value=52,
        help_text=_("1 = elke dag/week/maand, 2 = om de week, ..."),
    )
    repeat_weekdays = forms.TypedMultipleChoiceField(
        label=_("op"),
        help_text=_("Leeg: de weekdag van de eerste keer."),
        choices=WEEKDAYS,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    repeat_month_week = forms.TypedChoiceField(
        label=_("maandelijks op"),
        choices=[("", "---------"), *MONTH_WEEKS],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_(
            "Bijvoorbeeld de tweede woensdag van de maand. Leeg: dezelfde dag van de maand."
        ),
    )
    repeat_until = forms.DateField(
        label=_("herhalen tot en met"), required=False, widget=AdminDateInput
    )
    repeat_count = forms.IntegerField(
        label=_("aantal keer"),
        required=False,
        min_value=1,
        max_value=500,
        help_text=_("Of een einddatum, of een aantal keer; geen van beide: doorlopend."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        repeat = self.instance.repeat
        self.initial.update(
            repeat_frequency=repeat.frequency,
            repeat_interval=repeat.interval,
            repeat_weekdays=list(repeat.weekdays),
            repeat_month_week=repeat.month_week,
            repeat_until=repeat.until_date,
            repeat_count=repeat.count,
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if not start or not end:
            return cleaned
        parts = {part: cleaned.get(name) for name, part in REPEAT_PARTS.items()}
        repeat = rules.Repeat().with_parts(**parts)
        if cleaned.get("all_day"):
            start_day, end_day = recurrence.wall(start).date(), recurrence.wall(end).date()
            if end_day < start_day:
                self.add_error("end", _("De laatste dag ligt vóór de eerste dag."))
                return cleaned
        elif end <= start:
            self.add_error("end", _("Het einde moet na het begin liggen."))
            return cleaned
        if not repeat.frequency:
            self.instance.repeat_rule = ""
            self._check_exclusions(None, repeating=False)
            return cleaned
        if repeat.until and repeat.count:
            self.add_error(
                "repeat_count", _("Kies een einddatum óf een aantal keer, niet allebei.")
            )
            return cleaned
        first_day = recurrence.wall(start).date()
        if repeat.until and repeat.until_date < first_day:
            self.add_error("repeat_until", _("De einddatum ligt vóór de eerste keer."))
            return cleaned
        if repeat.month_week and repeat.frequency != "monthly":
            self.add_error(
                "repeat_month_week", _("Dit geldt alleen voor een maandelijkse herhaling.")
            )
            return cleaned
        event = SimpleNamespace(
            start=start,
            end=end,
            all_day=cleaned.get("all_day"),
            repeat_rule=repeat.text(first_day.weekday()),
            repeat=repeat,
        )
        rule = recurrence.build_rule(event)
        first = rule.after(datetime.combine(first_day, time()), inc=True)
        if first is None or first.date() != first_day:
            message = _("De eerste keer valt niet op het herhaalpatroon.")
            if first is not None:
                message = _(
                    "De eerste keer valt niet op het herhaalpatroon. Volgens het patroon is "
                    "de eerste keer op %(date)s."
                ) % {"date": _date(first.date())}
            self.add_error("start", message)
            return cleaned
        self.instance.repeat_rule = event.repeat_rule
        self._check_exclusions(event, repeating=True)
        return cleaned

    def _check_exclusions(self, event, repeating):
        formset = self.formsets.get("exclusions")
        if formset is None or not formset.is_valid():
            return
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            day = data.get("date")
            if day is None or data.get("DELETE"):
                continue
            if not repeating:
                form.add_error(
                    "date", _("Alleen een herhalende activiteit kan uitgezonderde datums hebben.")
                )
            elif not recurrence.falls_on(event, day):
                form.add_error(
                    "date",
                    _("Op %(date)s valt geen herhaling van deze activiteit.")
                    % {"date": _date(day)},
                )
        if any(form.errors for form in formset.forms):
            self.add_error(None, _("Controleer de uitgezonderde datums."))


class SignUpForm(forms.Form):
    """Sign up for one occurrence, without an account. Asks no more than is needed to take
    part: a first name, one way to reach you, how many people; never nationality or status."""

    occurrence = forms.ChoiceField(label=_("Datum"), widget=forms.RadioSelect)
    first_name = forms.CharField(label=_("Voornaam"), max_length=100)
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    phone = forms.CharField(
        label=_("Telefoonnummer"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    people = forms.IntegerField(label=_("Met hoeveel personen?"), min_value=1, initial=1)
    group_names = forms.CharField(
        label=_("Voornamen van de groep (niet verplicht)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Meld je een groep aan, bijvoorbeeld vanuit een AZC? Alleen voornamen."),
    )
    consent = forms.BooleanField(
        label=_("Ik ga akkoord met de privacyverklaring."),
        error_messages={
            "required": _(
                "Je kunt je alleen aanmelden als je akkoord gaat met de privacyverklaring."
            )
        },
    )
    # Left empty by people; bots fill every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, choices=(), max_people=20, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["occurrence"].choices = choices
        if len(choices) == 1:
            self.fields["occurrence"].initial = choices[0][0]
        self.fields["people"].max_value = max_people
        self.fields["people"].validators.append(MaxValueValidator(max_people))
        self.fields["people"].widget.attrs.update({"min": 1, "max": max_people})
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_first_name(self):
        name = clean_member_text(self.cleaned_data["first_name"], one_line=True)
        if is_blank(name):
            raise forms.ValidationError(_("Vul een voornaam in."))
        return name

    def clean_phone(self):
        phone = clean_member_text(self.cleaned_data["phone"], one_line=True)
        if phone and not all(char.isdigit() or char in "+-() " for char in phone):
            raise forms.ValidationError(_("Een telefoonnummer bevat alleen cijfers, + en -."))
        return phone

    def clean_group_names(self):
        return clean_member_text(self.cleaned_data["group_names"], one_line=True)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and not self.has_error("email"):
            self.add_error(
                "email",
                _("Vul een e-mailadres of een telefoonnummer in, zodat we je kunnen bereiken."),
            )
        if cleaned.get("website"):
            raise forms.ValidationError(_("Je aanmelding kon niet worden verwerkt."))
        return cleaned
