"""People: members (a user with a verified address and a profile) and staff placed in the
groups the product sets up (a municipality's editors or moderators, the national editors)."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from members.models import Profile

PASSWORD = "x-Wachtwoord-1"
# The authenticator app's secret of the staff two_factor() gives one (base32, as allauth's).
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def _display_name(username):
    return username.removeprefix("lid-").replace("-", " ").title()


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"gebruiker-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password(PASSWORD)


class EmailAddressFactory(DjangoModelFactory):
    class Meta:
        model = EmailAddress

    user = factory.SubFactory(UserFactory)
    email = factory.LazyAttribute(lambda o: o.user.email)
    verified = True
    primary = True


class ProfileFactory(DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    display_name = factory.LazyAttribute(lambda o: _display_name(o.user.username))


class MemberFactory(UserFactory):
    """A member: a primary address (verified unless email_address__verified=False) and a
    profile (profile__display_name=..., profile__in_directory=True, ...)."""

    email = factory.LazyAttribute(lambda o: f"{o.username}@reacties.test")

    email_address = factory.RelatedFactory(EmailAddressFactory, factory_related_name="user")
    profile = factory.RelatedFactory(ProfileFactory, factory_related_name="user")


def member(username="lid-amira", *, verified=True, display_name=None, **profile):
    """The member with this username, made the first time a test names them. Profile fields
    (municipality, in_directory, ...) go to the profile."""
    existing = get_user_model().objects.filter(username=username).first()
    if existing is not None:
        return existing
    profile_fields = {f"profile__{name}": value for name, value in profile.items()}
    if display_name:
        profile_fields["profile__display_name"] = display_name
    return MemberFactory(username=username, email_address__verified=verified, **profile_fields)


class EditorFactory(UserFactory):
    """Staff in the given groups: EditorFactory(groups=[group]); named once, found after."""

    class Meta:
        django_get_or_create = ("username",)

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*extracted)


def _in_group(username, group_name):
    return EditorFactory(username=username, groups=[Group.objects.get(name=group_name)])


def editor(slug):
    """redactie-<slug>, in the editors group provisioning made for that municipality."""
    from municipalities.provisioning import editors_group_name
    from tests.factories.municipalities import municipality

    return _in_group(f"redactie-{slug}", editors_group_name(municipality(slug).title))


def moderator(slug):
    """moderatie-<slug>, in the moderators group provisioning made for that municipality."""
    from municipalities.provisioning import moderators_group_name
    from tests.factories.municipalities import municipality

    return _in_group(f"moderatie-{slug}", moderators_group_name(municipality(slug).title))


def two_factor(user, secret=TOTP_SECRET):
    """Turn on two-factor authentication for `user` as the set-up page does: an authenticator
    app with this secret (tests.factories.totp_code gives its codes) and recovery codes."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, secret)
        RecoveryCodes.activate(user)
    return user


def totp_code(secret=TOTP_SECRET, at=None):
    """The code an authenticator app shows for `secret` now (or at the Unix time `at`):
    RFC 6238 with SHA-1, 30-second steps and 6 digits, computed here from the RFC."""
    import base64
    import hashlib
    import hmac
    import struct
    import time

    counter = int(time.time() if at is None else at) // 30
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def national_editor(*, with_two_factor=True):
    """landelijke-redactie, in the national editors' group. They must use two-factor
    authentication, so they have it unless a test of that rule says with_two_factor=False."""
    from home.setup import NATIONAL_EDITORS
    from tests.factories.home import national_home

    national_home()
    user = _in_group("landelijke-redactie", NATIONAL_EDITORS)
    return two_factor(user) if with_two_factor else user


def superuser(*, with_two_factor=True):
    """admin, a superuser; with two-factor authentication, which superusers must have."""
    user = EditorFactory(username="admin", is_staff=True, is_superuser=True)
    return two_factor(user) if with_two_factor else user


def person(username):
    """The user a test names by role: "redactie-<slug>" and "moderatie-<slug>" are that
    municipality's editor and moderator, "landelijke-redactie" a national editor, "admin" a
    superuser, any other name a member. Made on first use."""
    if username == "admin":
        return superuser()
    if username == "landelijke-redactie":
        return national_editor()
    role, _, slug = username.partition("-")
    if role == "redactie" and slug:
        return editor(slug)
    if role == "moderatie" and slug:
        return moderator(slug)
    return member(username)
