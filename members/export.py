"""A member's own data as JSON (AVG/GDPR). Apps that store member content register a provider
here (comments and the bulletin board), so members imports none of them."""

from django.utils import timezone

_providers = {}


def register_export(name, provider):
    """provider(user) returns JSON-serialisable data of that user."""
    _providers[name] = provider


def export_member_data(user):
    profile = getattr(user, "profile", None)
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": None,
    }
    if profile is not None:
        data["profile"] = {
            "display_name": profile.display_name,
            "municipality": profile.municipality.title if profile.municipality else None,
            "organisation": profile.organisation,
            "role": profile.role,
            "show_role": profile.show_role,
            "bio": profile.bio,
            "has_photo": bool(profile.avatar),
            "in_directory": profile.in_directory,
            "language": profile.language,
        }
    for name, provider in sorted(_providers.items()):
        data[name] = provider(user)
    return data
