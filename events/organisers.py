"""Who sees the sign-ups of an event: its organisers, nobody else.

Sign-ups hold personal data (names, email addresses, phone numbers), so they stay with the
local organiser. A user sees the sign-ups of event E iff their groups grant the rights of an
editor who writes E (`add_page` and `change_page`, through GroupPagePermission) on pages that
cover E within E's *owning site*:

- E lies under a municipality home: only grants on that home or below it count. The national
  editors' grant (on the tree's root, above every home) reaches E for editing, but not for
  its sign-ups; Arnhem's editors' grant never reaches Alkmaar's events at all.
- E lies under no municipality home (a national event): any grant that covers E counts, so
  the national editors see the sign-ups of national events.

`add_page` as well as `change_page`, because a municipality's moderators hold `change_page`
(with `publish_page`) to review what the editors write, but organise nothing; they see no
sign-ups. Translations of an event share its rule: who sees the sign-ups of the source page
sees those of its translations.

Superusers see everything. Inactive and anonymous users, and members without such grants, see
nothing.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission

from municipalities.models import MunicipalityHomePage

from .models import EventPage

ORGANISER_PERMISSIONS = ("add_page", "change_page")


def _grant_q(grant_path, home_paths):
    """The pages a grant on `grant_path` covers for sign-ups: its subtree, without the
    subtrees of the municipality homes strictly below it."""
    condition = Q(path__startswith=grant_path)
    for home_path in home_paths:
        if home_path != grant_path and home_path.startswith(grant_path):
            condition &= ~Q(path__startswith=home_path)
    return condition


def _organiser_q(user):
    """A Q for the event pages `user` organises, or None when they organise none."""
    grants = GroupPagePermission.objects.filter(
        group__user=user,
        permission__content_type__app_label="wagtailcore",
        permission__codename__in=ORGANISER_PERMISSIONS,
    ).values_list("page__path", "permission__codename")
    paths = {codename: set() for codename in ORGANISER_PERMISSIONS}
    for path, codename in grants:
        paths[codename].add(path)
    if not all(paths.values()):
        return None
    # All homes, drafts and translations too: a grant above any of them must not reach in.
    home_paths = list(MunicipalityHomePage.objects.values_list("path", flat=True))
    condition = Q()
    for codename_paths in paths.values():
        covered = Q()
        for path in codename_paths:
            covered |= _grant_q(path, home_paths)
        condition &= covered
    return condition


def visible_events(user):
    """The event pages whose sign-ups `user` may see and export (see the module docstring);
    every event for a superuser."""
    if not user.is_authenticated or not user.is_active:
        return EventPage.objects.none()
    if user.is_superuser:
        return EventPage.objects.all()
    condition = _organiser_q(user)
    if condition is None:
        return EventPage.objects.none()
    sources = EventPage.objects.filter(condition).values("translation_key")
    return EventPage.objects.filter(translation_key__in=sources)


def organises_any(user):
    """Whether `user` may see the sign-ups of at least one event (the admin menu item)."""
    return visible_events(user).exists()
