"""The one form renderer for the whole project (settings.FORM_RENDERER)."""

from django import forms
from django.forms.renderers import DjangoTemplates


class BoundField(forms.BoundField):
    """Labels without Django's trailing colon ("E-mailadres", not "E-mailadres:"), for our
    forms and allauth's alike; a label_suffix passed or set on a field still wins."""

    def label_tag(self, contents=None, attrs=None, label_suffix=None, tag=None):
        if label_suffix is None:
            label_suffix = self.field.label_suffix or ""
        return super().label_tag(contents, attrs, label_suffix, tag)


class FormRenderer(DjangoTemplates):
    bound_field_class = BoundField
