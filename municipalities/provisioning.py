"""Provisioning a municipality: its home page, Site, collection and editor groups.

One transaction; a call that names an existing municipality the same way changes nothing.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, Locale, Site

from core.models import SiteSettings
from core.permissions import (
    PAGE_REVIEWING,
    PAGE_WRITING,
    ensure_group,
    ensure_review_workflow,
    grant_media_editing,
    grant_page_editing,
    grant_site_setting,
    grant_translating,
    permission,
)

from .gazetteer import Position, find_position
from .models import MunicipalityHomePage, MunicipalityIndexPage
from .provinces import Province, find_province
from .translations import share_with_translations

HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class ProvisioningError(Exception):
    pass


@dataclass
class Municipality:
    home: MunicipalityHomePage
    site: Site
    collection: Collection
    editors: Group
    moderators: Group
    created: bool
    # Where this call put it on the map (from the gazetteer); None when it already had a place
    # or none was found (then home.latitude is None too).
    placed: Position | None = None


def editors_group_name(name):
    return f"{name} redactie"


def moderators_group_name(name):
    return f"{name} moderatie"


def review_workflow_name(name):
    return f"Lokale review {name}"


def _clean_arguments(name, slug, hostname, province):
    name = " ".join((name or "").split())
    if not name:
        raise ProvisioningError(_("Geef de naam van de gemeente op."))
    slug = slugify(slug if slug is not None else name)
    if not slug:
        raise ProvisioningError(
            _("Van “%(name)s” is geen bruikbare slug te maken.") % {"name": name}
        )
    province_value = ""
    if province:
        found = find_province(province)
        if found is None:
            raise ProvisioningError(
                _("Onbekende provincie “%(province)s”. Kies uit: %(choices)s.")
                % {"province": province, "choices": ", ".join(Province.labels)}
            )
        province_value = found.value
    hostname = (hostname or f"{slug}.{settings.PROGRAM_BASE_DOMAIN}").strip().lower()
    if not HOSTNAME.match(hostname):
        raise ProvisioningError(_("“%(host)s” is geen geldige hostnaam.") % {"host": hostname})
    return name, slug, hostname, province_value


def _municipality_index():
    national = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if national is None:
        raise ProvisioningError(
            _("Er is nog geen landelijke site. Draai eerst: python manage.py create_national_site")
        )
    index = MunicipalityIndexPage.objects.child_of(national.root_page).first()
    if index is None:
        index = national.root_page.add_child(
            instance=MunicipalityIndexPage(title="Gemeenten", slug="gemeenten", show_in_menus=True)
        )
    return index


def _check_conflicts(existing, name, slug, hostname):
    homes = MunicipalityHomePage.objects.filter(locale=Locale.get_default())
    if existing is not None and existing.title != name:
        raise ProvisioningError(
            _("De slug “%(slug)s” is al in gebruik bij gemeente %(other)s.")
            % {"slug": slug, "other": existing.title}
        )
    same_name = homes.filter(title__iexact=name).exclude(slug=slug).first()
    if same_name is not None:
        raise ProvisioningError(
            _("Er is al een gemeente %(name)s (slug “%(slug)s”).")
            % {"name": same_name.title, "slug": same_name.slug}
        )
    host_owner = Site.objects.filter(hostname=hostname).first()
    if host_owner is not None and (existing is None or host_owner.root_page_id != existing.pk):
        raise ProvisioningError(
            _("De hostnaam “%(host)s” is al in gebruik bij site “%(site)s”.")
            % {"host": hostname, "site": host_owner.site_name or host_owner.hostname}
        )
    if existing is not None:
        own_site = Site.objects.filter(root_page=existing).first()
        if own_site is not None and own_site.hostname != hostname:
            raise ProvisioningError(
                _(
                    "%(name)s heeft al de hostnaam “%(current)s”; wijzig die in de beheeromgeving "
                    "onder Instellingen → Sites."
                )
                % {"name": name, "current": own_site.hostname}
            )


def provision_municipality(name, *, slug=None, hostname=None, province=None, place=None):
    """Create (or complete) a municipality; raise ProvisioningError on a bad call,
    leaving the database as it was. The arguments are checked before the database is.
    `place` names the town whose position puts it on the map, when its own name is no place
    (its seat: "Doorn" for Utrechtse Heuvelrug); see municipalities/gazetteer.py."""
    name, slug, hostname, province = _clean_arguments(name, slug, hostname, province)
    place = " ".join((place or "").split())
    return _provision(name, slug, hostname, province, place)


def _locate(name, province, place):
    """The position of a municipality from the gazetteer; a place asked for by name that the
    gazetteer lacks is a bad call, a municipality's own name that it lacks is not."""
    position = find_position(name, province, place=place)
    if position is None and place:
        raise ProvisioningError(
            _("De plaats “%(place)s” staat niet in de lijst van plaatsen in %(province)s.")
            % {"place": place, "province": Province(province).label if province else "Nederland"}
        )
    return position


def _place_on_map(home, position):
    """Give an existing home its position: on the page and on its latest revision, so an
    editor's next publish keeps it (a revision holds every field of the page)."""
    home.latitude, home.longitude = position.latitude, position.longitude
    home.save(update_fields=["latitude", "longitude"], clean=False)
    revision = home.latest_revision
    if revision is not None:
        revision.content.update(latitude=str(home.latitude), longitude=str(home.longitude))
        revision.save(update_fields=["content"])


@transaction.atomic
def _provision(name, slug, hostname, province, place=""):
    index = _municipality_index()
    existing = MunicipalityHomePage.objects.filter(slug=slug, locale=index.locale).first()
    _check_conflicts(existing, name, slug, hostname)
    if existing is None and not province:
        raise ProvisioningError(_("Geef de provincie op met --province."))

    placed = None
    home = existing
    if home is None:
        placed = _locate(name, province, place)
        home = index.add_child(
            instance=MunicipalityHomePage(
                title=name,
                slug=slug,
                province=province,
                latitude=placed.latitude if placed else None,
                longitude=placed.longitude if placed else None,
            )
        )
    elif home.latitude is None and home.longitude is None:
        # Provisioned before the map, or not found then: try again (only adds what is missing).
        placed = _locate(name, home.province, place)
        if placed is not None:
            _place_on_map(home, placed)

    site = Site.objects.filter(root_page=home).first()
    if site is None:
        site = Site.objects.create(
            hostname=hostname,
            port=settings.PROGRAM_SITE_PORT,
            root_page=home,
            site_name=f"Aan de Slag {home.title}",
        )
    SiteSettings.objects.get_or_create(site=site)

    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=name).first()
    if collection is None:
        collection = root_collection.add_child(name=name)

    editors = ensure_group(editors_group_name(name))
    grant_page_editing(editors, home, PAGE_WRITING)
    grant_media_editing(editors, collection)
    grant_site_setting(editors, site, SiteSettings)
    # Moderators review and publish what the editors submit, and moderate member content.
    moderators = ensure_group(moderators_group_name(name))
    grant_page_editing(moderators, home, PAGE_REVIEWING)
    grant_media_editing(moderators, collection)
    ensure_review_workflow(review_workflow_name(name), home, moderators)
    # Partners are shared by every site: those who edit the home page's partner list may add
    # one, not change another site's.
    for group in (editors, moderators):
        group.permissions.add(permission("core", "add_partner"))
        grant_translating(group)
    # The same rights and review in the home's translations (and, through a signal, in those
    # made later): see municipalities/translations.py.
    share_with_translations(home)

    return Municipality(
        home=home,
        site=site,
        collection=collection,
        editors=editors,
        moderators=moderators,
        created=existing is None,
        placed=placed,
    )
