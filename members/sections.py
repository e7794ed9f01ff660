"""What a member has contributed elsewhere, shown on their profile page. Apps that hold member
content register a provider here (the bulletin board: my posts), so members imports none of
them."""

from dataclasses import dataclass, field

_providers = []


@dataclass
class ProfileSection:
    title: str
    items: list = field(default_factory=list)  # [{"title", "url", "status"}]
    empty_text: str = ""
    more_url: str = ""
    more_label: str = ""


def register_profile_section(provider):
    """provider(user, request) returns a ProfileSection or None."""
    _providers.append(provider)


def profile_sections(user, request):
    sections = (provider(user, request) for provider in _providers)
    return [section for section in sections if section is not None]
