from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.mfa.adapter import DefaultMFAAdapter
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.mail import site_name_for

from .login_attempts import counted_as, log_refused
from .services import chosen_name


class AccountAdapter(DefaultAccountAdapter):
    """Members are never staff: whatever a sign-up form posts, a new account gets no admin
    access. A new member belongs to the municipality whose site they signed up on.

    Every account mail is our own text (templates/account/email/): signed with the name of the
    site the member is on (core.mail) and addressed by the name they chose, never their
    username. Links in mails use the host the member is on (the request's), which is allauth's
    default behaviour."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_taken": _("Er is al een account met dit e-mailadres."),
        # members/login_attempts.py: five failed logins per account in five minutes.
        "too_many_login_attempts": _(
            "Te veel mislukte inlogpogingen. Probeer het over vijf minuten opnieuw, of vraag "
            "een nieuw wachtwoord aan."
        ),
    }

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.is_staff = False
        user.is_superuser = False
        if commit:
            user.save()
        return user

    def _get_login_attempts_cache_key(self, request, **credentials):
        """Failed logins count per account whichever host and form they are tried on:
        allauth's own key starts with the host, which would give every one of the 342
        municipality hosts its own five attempts at the same account, and is what was typed,
        so the admin's username and the site's email address would count apart
        (members/login_attempts.py)."""
        return counted_as(credentials)

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            log_refused(request, credentials)
            raise

    def format_email_subject(self, subject):
        # The site's name is in every subject already (our templates); no "[site]" prefix.
        return subject

    def send_mail(self, template_prefix, email, context):
        from allauth.account.internal.flows.password_reset import get_reset_password_url

        request = self.request
        user = context.get("user") or self._user_for(request, email)
        context = {
            "site_name": site_name_for(request),
            "member_name": chosen_name(user),
            "password_reset_url": get_reset_password_url(request),
            **context,
        }
        super().send_mail(template_prefix, email, context)

    @staticmethod
    def _user_for(request, email):
        """Whom a mail without a user in its context goes to: the member who is logged in,
        or the account the address belongs to (a second sign-up with it)."""
        if request is not None and request.user.is_authenticated:
            return request.user
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user")
        found = address.first()
        return found.user if found else None


class MFAAdapter(DefaultMFAAdapter):
    """Two-factor authentication (members/two_factor.py) in the program's words; who must
    have it cannot turn it off."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": _(
            "Deze code klopt niet. Typ de code die je app nu laat zien, of een van je herstelcodes."
        ),
        "cannot_delete_authenticator": _(
            "Voor jouw account is tweestapsverificatie verplicht: je kunt het niet uitzetten."
        ),
    }

    def can_delete_authenticator(self, authenticator):
        from .two_factor import must_use_two_factor

        if authenticator.type == authenticator.Type.TOTP:
            return not must_use_two_factor(authenticator.user)
        return True
