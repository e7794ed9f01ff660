from django import forms
from django.utils.translation import gettext_lazy as _

from core.moderation.forms import TextLanguageField, active_language
from core.moderation.services import MAX_REASON_LENGTH, clean_reason
from core.text import clean_member_text

from . import services


class CommentTextField(forms.CharField):
    """Cleaned by services.clean_body: control characters (NUL included) are removed rather
    than refused, and the messages for empty and over-long text are ours."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        kwargs.setdefault("label", _("Je reactie"))
        kwargs.setdefault(
            "widget", forms.Textarea(attrs={"rows": 5, "maxlength": services.MAX_LENGTH})
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        return services.clean_body(super().to_python(value).replace("\x00", ""))


class TargetField(forms.CharField):
    """The hidden key of what a comment hangs under ("" is the page itself). Anything that
    cannot be a key (too long, other characters, NUL) is invalid; whether the key exists is
    for the page to say (services.comment_target)."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        # No stripping and no field validators: a key is exactly right or refused as a whole.
        value = "" if value is None else value
        if not services.is_target_key(value):
            raise forms.ValidationError(services.unknown_target_message(), code="invalid_target")
        return value


class CommentForm(forms.Form):
    body = CommentTextField()
    language = TextLanguageField()
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    target = TargetField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = active_language()

    def text_for_display(self):
        """What the textarea shows again: the member's text without control characters."""
        if self.is_bound:
            return clean_member_text(self.data.get("body", ""), strip=False)
        return self.initial.get("body", "")


class EditCommentForm(CommentForm):
    """Editing keeps a comment where it is: no target to send."""

    target = None


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom meld je deze reactie?"),
        required=False,
        max_length=MAX_REASON_LENGTH,
        help_text=_("Niet verplicht. Bijvoorbeeld: beledigend, reclame, persoonlijke gegevens."),
    )

    def clean_reason(self):
        return clean_reason(self.cleaned_data["reason"])
