"""For someone who lost their phone and their recovery codes: remove their two-factor
authentication, so they log in with their password and set it up again (superusers and
national editors are asked to at once, members.two_factor)."""

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q


class Command(BaseCommand):
    help = "Remove an account's two-factor authentication (app and recovery codes)."

    def add_arguments(self, parser):
        parser.add_argument("account", help="username or email address")

    def handle(self, *args, account, **options):
        users = get_user_model().objects.filter(
            Q(username__iexact=account) | Q(email__iexact=account)
        )
        if users.count() != 1:
            raise CommandError(f"Geen (eenduidig) account gevonden voor {account!r}.")
        user = users.get()
        removed, _per_type = Authenticator.objects.filter(user=user).delete()
        if removed:
            self.stdout.write(
                f"Tweestapsverificatie van {user.get_username()} verwijderd. Bij het volgende "
                "inloggen is alleen het wachtwoord nodig; stel het daarna opnieuw in."
            )
        else:
            self.stdout.write(f"{user.get_username()} had geen tweestapsverificatie.")
