"""Filling the sites with demo content. Idempotent: pages, sites and users that exist are left
exactly as they are, so a second run writes no row."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.rich_text import RichText

from core.models import SiteSettings
from home.models import NationalHomePage, ProgramPartner, StandardPage
from home.setup import NATIONAL_EDITORS, ensure_national_site
from municipalities.models import LocalPartner, MunicipalityHomePage
from municipalities.provisioning import editors_group_name, provision_municipality

from . import content


@dataclass
class Login:
    username: str
    password: str
    role: str
    url: str


@dataclass
class SeedReport:
    national_url: str
    municipality_urls: dict = field(default_factory=dict)
    logins: list = field(default_factory=list)


def _stream(items):
    """Turn (kind, value) pairs into StreamField data for core.blocks.BaseStreamBlock."""
    blocks = []
    for kind, value in items:
        if kind == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "list":
            html = "".join(f"<li>{escape(item)}</li>" for item in value)
            blocks.append(("paragraph", RichText(f"<ul>{html}</ul>")))
        else:
            blocks.append(("paragraph", RichText(f"<p>{escape(value)}</p>")))
    return blocks


def _fill_national_home(home: NationalHomePage):
    if home.intro:
        return
    home.intro = content.NATIONAL_INTRO
    home.listing_summary = content.NATIONAL_INTRO
    home.body = _stream(content.NATIONAL_BODY)
    home.partners = [
        ProgramPartner(name=name, role=role, url=url)
        for name, role, url in content.PROGRAM_PARTNERS
    ]
    home.save()


def _ensure_standard_page(parent, slug, title, in_menu, intro, paragraphs):
    page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(
            instance=StandardPage(
                title=title,
                slug=slug,
                show_in_menus=in_menu,
                intro=intro,
                listing_summary=intro,
                body=_stream([("paragraph", text) for text in paragraphs]),
            )
        )
    return page


def _fill_municipality(home: MunicipalityHomePage, official):
    if home.intro:
        return
    name = home.title
    home.intro = content.municipality_intro(name)
    home.listing_summary = home.intro
    home.official_municipality = official
    home.contact_name = "Projectteam Aan de Slag"
    home.contact_organisation = f"Vrijwilligerscentrale {name}"
    home.contact_email = f"aandeslag@{slugify(name)}.example.nl"
    home.partners = [
        LocalPartner(kind=LocalPartner.Kind.VOLUNTEER_CENTRE, name=f"Vrijwilligerscentrale {name}"),
        LocalPartner(
            kind=LocalPartner.Kind.AZC, name=f"COA-locatie {name}", url="https://www.coa.nl/"
        ),
        LocalPartner(
            kind=LocalPartner.Kind.ORGANISATION,
            name=f"VluchtelingenWerk {name}",
            url="https://www.vluchtelingenwerk.nl/",
        ),
    ]
    home.save()


def _ensure_login(username, password, *, groups=(), superuser=False):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, is_staff=superuser, is_superuser=superuser)
        user.set_password(password)
        user.save()
        user.groups.set(groups)
    return user


@transaction.atomic
def seed_demo(with_logins=None):
    if with_logins is None:
        with_logins = settings.PROGRAM_DEMO_LOGINS
    national = ensure_national_site()
    home = national.home
    _fill_national_home(home)
    pages = {
        slug: _ensure_standard_page(home, slug, title, in_menu, intro, paragraphs)
        for slug, title, in_menu, intro, paragraphs in content.NATIONAL_PAGES
    }
    national_settings = SiteSettings.objects.get(site=national.site)
    if national_settings.contact_page_id is None:
        national_settings.contact_page = pages["contact"]
        national_settings.privacy_page = pages["privacy"]
        national_settings.save()

    report = SeedReport(national_url=f"{national.site.root_url}/")
    for name, province, official in content.MUNICIPALITIES:
        municipality = provision_municipality(name, province=province)
        _fill_municipality(municipality.home, official)
        _ensure_standard_page(
            municipality.home,
            "meedoen",
            "Meedoen",
            True,
            f"Zo doet u mee met Aan de Slag in {name}.",
            content.municipality_join_text(name),
        )
        report.municipality_urls[name] = f"{municipality.site.root_url}/"

    if with_logins:
        admin_url = f"{national.site.root_url}/admin/"
        _ensure_login("admin", "aandeslag-admin", superuser=True)
        report.logins.append(Login("admin", "aandeslag-admin", "beheerder (alles)", admin_url))
        national_group = Group.objects.get(name=NATIONAL_EDITORS)
        _ensure_login("landelijke-redactie", "demo-landelijk", groups=[national_group])
        report.logins.append(
            Login("landelijke-redactie", "demo-landelijk", NATIONAL_EDITORS, admin_url)
        )
        for name, _province, _official in content.MUNICIPALITIES:
            slug = slugify(name)
            group = Group.objects.get(name=editors_group_name(name))
            _ensure_login(f"redactie-{slug}", f"demo-{slug}", groups=[group])
            report.logins.append(Login(f"redactie-{slug}", f"demo-{slug}", group.name, admin_url))
    return report
