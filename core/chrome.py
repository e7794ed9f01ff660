"""What every public page shows around its content: which site, its menu, colours, footer links.

Built once per request from the request's Wagtail Site, in a fixed number of queries.
"""

from dataclasses import dataclass, field

from wagtail.models import Site

from .colours import HEX_COLOUR
from .models import SiteSettings

DEFAULT_ACCENT = SiteSettings._meta.get_field("accent_colour").default


@dataclass
class MenuItem:
    title: str
    url: str
    active: bool


@dataclass
class SiteChrome:
    site_name: str
    is_national: bool
    home_url: str
    home_active: bool = False
    root_depth: int | None = None
    national_url: str = ""
    accent_colour: str = DEFAULT_ACCENT
    logo: object = None
    menu: list = field(default_factory=list)
    contact_url: str = ""
    privacy_url: str = ""


def _page_url(page, request):
    return page.get_url(request) if page is not None and page.live else ""


def build_site_chrome(request, page=None):
    site = Site.find_for_request(request)
    if site is None:
        return SiteChrome(site_name="Aan de Slag", is_national=True, home_url="/")
    national = site if site.is_default_site else Site.objects.filter(is_default_site=True).first()
    settings_by_site = {
        setting.site_id: setting
        for setting in SiteSettings.objects.filter(
            site_id__in={site.pk, national.pk if national else site.pk}
        ).select_related("logo", "contact_page", "privacy_page")
    }
    own = settings_by_site.get(site.pk) or SiteSettings(site=site)
    national_settings = settings_by_site.get(national.pk) if national else None
    national_settings = national_settings or own

    root = site.root_page.localized
    menu = [
        MenuItem(
            title=child.title,
            url=child.get_url(request),
            active=page is not None and page.path.startswith(child.path),
        )
        for child in root.get_children().live().public().in_menu()
    ]
    accent = own.accent_colour if HEX_COLOUR.match(own.accent_colour or "") else DEFAULT_ACCENT
    return SiteChrome(
        site_name=site.site_name or "Aan de Slag",
        is_national=site.is_default_site,
        home_url=root.get_url(request),
        home_active=page is not None and page.pk == root.pk,
        root_depth=root.depth,
        national_url=f"{national.root_url}/" if national and not site.is_default_site else "",
        accent_colour=accent,
        logo=own.logo,
        menu=menu,
        contact_url=_page_url(own.contact_page or national_settings.contact_page, request),
        privacy_url=_page_url(own.privacy_page or national_settings.privacy_page, request),
    )
