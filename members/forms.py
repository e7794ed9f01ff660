from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.text import clean_member_text, is_blank

from .avatars import normalise_avatar
from .models import Profile
from .services import municipality_for_request


def signup_language():
    """The language of the site the member signs up on (/ar/accounts/signup/ is Arabic)."""
    code = translation.get_language()
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class SignupForm(forms.Form):
    """Added to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS): the name others see."""

    display_name = forms.CharField(
        label=_("Naam die anderen zien"),
        max_length=60,
        help_text=_("Bijvoorbeeld je voornaam. Anderen zien nooit je e-mailadres."),
    )

    def clean_display_name(self):
        name = clean_member_text(self.cleaned_data["display_name"], one_line=True)
        if is_blank(name):
            raise forms.ValidationError(_("Vul een naam in."))
        return name

    def signup(self, request, user):
        """The new member belongs to the municipality whose site they signed up on (they can
        change it in their profile)."""
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": self.cleaned_data["display_name"],
                "municipality": municipality_for_request(request),
                "language": signup_language(),
            },
        )


class ProfileForm(forms.ModelForm):
    # A plain file field, not Django's ImageField: our own checks (size first, then what the
    # bytes are, then pixels) come before anything opens the file (core/uploads.py), so a
    # decompression bomb or a disguised file gets its own message.
    avatar = forms.FileField(
        label=capfirst(Profile._meta.get_field("avatar").verbose_name),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("JPEG, PNG of WebP, hoogstens 5 MB."),
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "municipality",
            "organisation",
            "role",
            "show_role",
            "bio",
            "avatar",
            "in_directory",
            "language",
        ]
        help_texts = {
            "role": _("Alleen zichtbaar als je hieronder kiest om je rol te tonen."),
            "in_directory": _(
                "Dan staan je naam, gemeente, organisatie en foto op de deelnemerspagina."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from municipalities.models import MunicipalityHomePage

        self.fields["municipality"].queryset = MunicipalityHomePage.objects.live().order_by("title")
        self.fields["municipality"].empty_label = _("(geen keuze)")
        # A form sent without the language (an older page) keeps the one the member has.
        self.fields["language"].required = False

    def clean_display_name(self):
        name = clean_member_text(self.cleaned_data["display_name"], one_line=True)
        if is_blank(name):
            raise forms.ValidationError(_("Vul een naam in."))
        return name

    def clean_language(self):
        return self.cleaned_data["language"] or self.instance.language

    def clean_organisation(self):
        return clean_member_text(self.cleaned_data["organisation"], one_line=True)

    def clean_bio(self):
        text = self.cleaned_data["bio"]
        return clean_member_text(text)

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and hasattr(avatar, "content_type"):  # a new upload, not the stored file
            return normalise_avatar(avatar)
        return avatar


class DeleteAccountForm(forms.Form):
    password = forms.CharField(label=_("Je wachtwoord"), widget=forms.PasswordInput)

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return self.cleaned_data["password"]
