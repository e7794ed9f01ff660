"""A set of weekdays stored as "0,2,4" (Monday is 0, as in Python and dateutil) and edited as
checkboxes."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

WEEKDAYS = [
    (0, _("maandag")),
    (1, _("dinsdag")),
    (2, _("woensdag")),
    (3, _("donderdag")),
    (4, _("vrijdag")),
    (5, _("zaterdag")),
    (6, _("zondag")),
]


def parse_weekdays(value):
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = value.split(",")
    days = sorted({int(day) for day in value})
    if any(day < 0 or day > 6 for day in days):
        raise ValueError(f"not a weekday: {value!r}")
    return days


class WeekdaysField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 13)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return parse_weekdays(value)

    def to_python(self, value):
        return parse_weekdays(value)

    def get_prep_value(self, value):
        return ",".join(str(day) for day in parse_weekdays(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            label=self.verbose_name,
            help_text=self.help_text,
            choices=WEEKDAYS,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        # The form field checks the choices; a list is never one of them as a whole.
        pass
