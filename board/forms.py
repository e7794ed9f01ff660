"""The member's post form, the contact form, the report form."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import themes_for
from core.moderation.forms import TextLanguageField, active_language
from core.text import is_blank

from . import services
from .images import normalise_post_image
from .posts import Post

TASK_FIELDS = [
    "organisation",
    "task",
    "when",
    "weekly",
    "meeting_point",
    "group_size_min",
    "group_size_max",
    "no_dutch_needed",
]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PostForm(forms.ModelForm):
    """Plain text everywhere (shown escaped, links nofollow ugc); a volunteer task has its own
    fields, checked only when that kind is chosen."""

    themes = forms.ModelMultipleChoiceField(
        label=_("Thema's"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    language = TextLanguageField()
    # A plain file field: our own checks (size first, then type, then pixels) come before
    # anything opens the file (board/images.py).
    image = forms.FileField(
        label=_("Afbeelding (niet verplicht)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("JPEG, PNG of WebP, hoogstens 5 MB."),
    )
    # Left empty by people; bots fill every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)
    # The kind whose own fields (TASK_FIELDS) the form shows only when it is chosen.
    task_kind = Post.Kind.TASK.value
    task_kind_label = Post.Kind.TASK.label

    class Meta:
        model = Post
        fields = [
            "kind",
            "title",
            "body",
            "language",
            "themes",
            "image",
            "image_alt",
            "date",
            "place",
            "expires_on",
            *TASK_FIELDS,
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "body": forms.Textarea(attrs={"rows": 8}),
            "task": forms.Textarea(attrs={"rows": 3}),
            "date": DateInput(),
            "expires_on": DateInput(),
        }
        help_texts = {
            "image_alt": _("Wat staat er op de afbeelding? Voor wie hem niet kan zien."),
            "expires_on": _("Standaard 30 dagen, hoogstens 90 dagen vanaf vandaag."),
        }

    def __init__(self, *args, locale_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        themes = themes_for(locale_id) if locale_id else []
        self.fields["themes"].queryset = Post.themes.field.related_model.objects.filter(
            pk__in=[theme.pk for theme in themes]
        )
        self.fields["kind"].choices = Post.Kind.choices
        if not self.instance.pk:
            self.fields["expires_on"].initial = services.default_expiry()
            self.initial["language"] = active_language()
        self.fields["expires_on"].widget.attrs["max"] = services.latest_expiry().isoformat()
        for name in ("group_size_min", "group_size_max"):
            self.fields[name].widget.attrs.update({"min": 1, "max": 50})

    def clean_title(self):
        # One line: a title goes into email subjects and feed titles.
        title = " ".join(services.clean_text(self.cleaned_data["title"], max_length=120).split())
        if is_blank(title):
            raise forms.ValidationError(_("Geef je bericht een titel."))
        return title

    def clean_body(self):
        body = services.clean_text(self.cleaned_data["body"])
        if is_blank(body):
            raise forms.ValidationError(_("Je bericht is leeg. Schrijf eerst iets."))
        return body

    def clean_task(self):
        return services.clean_text(self.cleaned_data.get("task", ""), max_length=1000)

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and hasattr(image, "content_type"):  # a new upload, not the stored file
            return normalise_post_image(image)
        return image

    def clean_expires_on(self):
        expires_on = self.cleaned_data["expires_on"]
        today = timezone.localdate()
        if expires_on < today:
            raise forms.ValidationError(_("Deze datum ligt in het verleden."))
        if expires_on > services.latest_expiry(today):
            raise forms.ValidationError(
                _("Een bericht blijft hoogstens 90 dagen staan; kies een eerdere datum.")
            )
        return expires_on

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(_("Je bericht kon niet worden verwerkt."))
        for name in ("organisation", "when", "meeting_point", "place", "image_alt"):
            if cleaned.get(name):
                cleaned[name] = services.clean_text(cleaned[name], max_length=200)
        texts = [cleaned.get(name, "") for name in ("title", "body", "task")]
        try:
            services.check_links(*texts)
        except forms.ValidationError as error:
            self.add_error("body", error)
        if cleaned.get("kind") == Post.Kind.TASK:
            self._clean_task(cleaned)
        else:
            for name in TASK_FIELDS:
                cleaned[name] = Post._meta.get_field(name).get_default()
        if cleaned.get("image") and not cleaned.get("image_alt"):
            self.add_error("image_alt", _("Beschrijf kort wat er op de afbeelding staat."))
        return cleaned

    def _clean_task(self, cleaned):
        if not cleaned.get("organisation"):
            self.add_error("organisation", _("Welke organisatie zoekt er hulp?"))
        if not cleaned.get("task"):
            self.add_error("task", _("Beschrijf wat er moet gebeuren."))
        if not cleaned.get("when") and not cleaned.get("weekly") and not cleaned.get("date"):
            self.add_error("when", _("Vul in wanneer: een datum, datums of elke week."))
        low, high = cleaned.get("group_size_min"), cleaned.get("group_size_max")
        if low and high and low > high:
            self.add_error("group_size_max", _("Het maximum is kleiner dan het minimum."))

    def post_fields(self):
        """The cleaned values to store, without themes and the honeypot."""
        return {
            name: self.cleaned_data[name]
            for name in self.Meta.fields
            if name != "themes" and name in self.cleaned_data
        }


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Wat is er mis met dit bericht? (niet verplicht)"),
        required=False,
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
