"""Setting up the national site: the tree's top, the default Site and the national editors."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from core.models import SiteSettings
from core.permissions import (
    ensure_group,
    grant_media_editing,
    grant_page_editing,
    grant_translating,
    permission,
)

from .models import NationalHomePage

NATIONAL_EDITORS = "Landelijke redactie"
NATIONAL_TITLE = "Aan de Slag"


@dataclass
class NationalSite:
    home: NationalHomePage
    site: Site


def ensure_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _remove_wagtail_placeholder(root):
    """Wagtail's first migration leaves a 'Welcome to Wagtail' page; it has no place here."""
    page_type = ContentType.objects.get_for_model(Page)
    for placeholder in root.get_children().filter(content_type=page_type, numchild=0):
        placeholder.delete()


def ensure_tree_roots():
    """The page tree's and the collection tree's roots. Wagtail's migrations create them;
    a flushed database (as between browser tests) has lost them."""
    ensure_locales()
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return root


@transaction.atomic
def ensure_national_site():
    """Create what is missing of the national site; change nothing that exists."""
    root = ensure_tree_roots()
    home = NationalHomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if home is None:
        _remove_wagtail_placeholder(root)
        home = root.add_child(instance=NationalHomePage(title=NATIONAL_TITLE, slug="home"))

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname=settings.PROGRAM_BASE_DOMAIN,
            port=settings.PROGRAM_SITE_PORT,
            root_page=home,
            site_name=NATIONAL_TITLE,
            is_default_site=True,
        )
    SiteSettings.objects.get_or_create(site=site)

    editors = ensure_group(NATIONAL_EDITORS)
    grant_page_editing(editors, root)
    grant_media_editing(editors, Collection.get_first_root_node())
    grant_translating(editors)
    # Global permissions: the settings of every site, the themes and partners, and featuring items
    # nationally or on all sites.
    for codename in ["change_sitesettings", "feature_nationally"]:
        editors.permissions.add(permission("core", codename))
    for action in ["add", "change", "delete"]:
        editors.permissions.add(permission("core", f"{action}_theme"))
        editors.permissions.add(permission("core", f"{action}_partner"))
    return NationalSite(home=home, site=site)
