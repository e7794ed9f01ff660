"""Filling the sites with demo content. Idempotent: pages, sites and users that exist are left
exactly as they are, so a second run writes no row."""

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update

from blog.models import BlogIndexPage, BlogPage, NewsIndexPage, NewsPage
from board.models import BulletinBoardPage, Post
from board.services import default_expiry
from core.models import Partner, SiteSettings, Theme
from core.signals import everything_stale, receivers_muted
from core.translating import translate_page_into
from events.models import EventCalendarPage, EventExclusion, EventPage
from events.recurrence import aware, build_rule
from home.models import NationalHomePage, ProgramPartner, StandardPage
from home.setup import NATIONAL_EDITORS, ensure_national_site
from members.models import DirectoryPage, Profile
from municipalities.models import LocalPartner, MunicipalityHomePage, MunicipalityIndexPage
from municipalities.provisioning import (
    editors_group_name,
    moderators_group_name,
    provision_municipality,
)
from practices.models import (
    InstrumentIndexPage,
    InstrumentPage,
    PracticeExamplePage,
    PracticeIndexPage,
    PracticePartner,
)

from . import content, translations
from .images import PICTURE_FOR_THEME, ensure_pictures, national_collection


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


def _dutch(model):
    """The model's Dutch pages: the demo's sources (their translations share their titles)."""
    return model.objects.filter(locale=Locale.get_default())


def _stream(items):
    """Turn (kind, value) pairs into StreamField data for core.blocks.BaseStreamBlock."""
    blocks = []
    for kind, value in items:
        if kind == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "html":
            blocks.append(("paragraph", RichText(value)))
        elif kind == "list":
            html = "".join(f"<li>{escape(item)}</li>" for item in value)
            blocks.append(("paragraph", RichText(f"<ul>{html}</ul>")))
        else:
            blocks.append(("paragraph", RichText(f"<p>{escape(value)}</p>")))
    return blocks


def _partner(name, url="", kind=Partner.Kind.ORGANISATION):
    """The shared Partner snippet of that name, made once; pages link it with their own role."""
    return Partner.objects.get_or_create(name=name, defaults={"url": url, "kind": kind})[0]


def _fill_national_home(home: NationalHomePage):
    if home.intro:
        return
    home.intro = content.NATIONAL_INTRO
    home.listing_summary = content.NATIONAL_INTRO
    home.body = _stream(content.NATIONAL_BODY)
    home.partners = [
        ProgramPartner(partner=_partner(name, url), role=role)
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
                body=_stream(
                    [
                        item if isinstance(item, tuple) else ("paragraph", item)
                        for item in paragraphs
                    ]
                ),
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
    home.contact_phone = content.MUNICIPALITY_DETAILS[name][1]
    home.partners = [
        LocalPartner(
            partner=_partner(f"Vrijwilligerscentrale {name}", kind=Partner.Kind.VOLUNTEER_CENTRE)
        ),
        LocalPartner(
            partner=_partner(f"COA-locatie {name}", "https://www.coa.nl/", Partner.Kind.AZC)
        ),
        LocalPartner(
            partner=_partner(f"VluchtelingenWerk {name}", "https://www.vluchtelingenwerk.nl/")
        ),
    ]
    home.save()


def _ensure_themes():
    return {
        slug: Theme.objects.get_or_create(
            slug=slug, locale=Locale.get_default(), defaults={"name": name, "description": text}
        )[0]
        for name, slug, text in content.THEMES
    }


def _ensure_index(parent, model, title, slug, intro):
    index = model.objects.child_of(parent).first()
    if index is None:
        index = parent.add_child(
            instance=model(title=title, slug=slug, intro=intro, show_in_menus=True)
        )
    return index


def _ensure_article(index, model, item, themes, **extra):
    title, intro, paragraphs, theme_slugs, days_ago = item[:5]
    if model.objects.child_of(index).filter(title=title).exists():
        return
    article = model(
        title=title,
        intro=intro,
        body=_stream([("paragraph", text) for text in paragraphs]),
        publication_date=timezone.localdate() - timedelta(days=days_ago),
        **extra,
    )
    article.themes = [themes[slug] for slug in theme_slugs]
    index.add_child(instance=article)


def _ensure_sections(home, themes, news=(), blogs=(), national=False):
    news_index = _ensure_index(
        home, NewsIndexPage, "Nieuws", "nieuws", "Het laatste nieuws over Aan de Slag."
    )
    blog_index = _ensure_index(
        home, BlogIndexPage, "Blogs", "blogs", "Ervaringen van deelnemers en vrijwilligers."
    )
    for item in news:
        _ensure_article(news_index, NewsPage, item, themes, show_on_all_sites=national)
    for item in blogs:
        author, role = item[5]
        _ensure_article(blog_index, BlogPage, item, themes, author_name=author, author_role=role)


def _ensure_calendar(home, place=""):
    intro = (
        f"Wandelen, koken, tuinieren en meer: doe mee in {place}."
        if place
        else "Activiteiten van Aan de Slag in het hele land."
    )
    return _ensure_index(home, EventCalendarPage, "Kalender", "kalender", intro)


def _ensure_board(home, place=""):
    intro = (
        f"Vragen, aanbod en oproepen van deelnemers en vrijwilligers in {place}."
        if place
        else "Vragen, aanbod en oproepen uit het hele land."
    )
    return _ensure_index(home, BulletinBoardPage, "Prikbord", "prikbord", intro)


def _ensure_board_posts(themes):
    """A few approved posts by the demo members (development only: posts need an author)."""
    User = get_user_model()
    for place, member, kind, title, text, theme_slugs, extra in content.BOARD_POSTS:
        board = BulletinBoardPage.objects.child_of(_dutch(MunicipalityHomePage).get(title=place))
        board = board.get()
        if Post.objects.filter(board=board, title=title).exists():
            continue
        post = Post.objects.create(
            board=board,
            author=User.objects.get(username=f"lid-{slugify(member)}"),
            kind=kind,
            title=title,
            body=text,
            expires_on=default_expiry(),
            status=Post.Status.APPROVED,
            **extra,
        )
        post.themes.set([themes[slug] for slug in theme_slugs])


def _first_day(weekday, weeks, today):
    """The first date on `weekday` (0 = Monday) at least `weeks` weeks from today; "kingsday"
    for the next 27 April."""
    if weekday == "kingsday":
        kings_day = date(today.year, 4, 27)
        return kings_day if kings_day > today else date(today.year + 1, 4, 27)
    day = today + timedelta(weeks=weeks, days=1)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _ensure_event(calendar, title, intro, theme_slugs, timing, details, themes):
    if EventPage.objects.child_of(calendar).filter(title=title).exists():
        return
    weekday, weeks, start, end, end_days, repeat = timing
    repeat, details = dict(repeat), dict(details)
    first = _first_day(weekday, weeks, timezone.localdate())
    if start is None:
        starts_at, ends_at = datetime.combine(first, time()), datetime.combine(first, time())
    else:
        starts_at = datetime.combine(first, time.fromisoformat(start))
        ends_at = datetime.combine(first + timedelta(days=end_days), time.fromisoformat(end))
    until_weeks = repeat.pop("repeat_until_weeks", None)
    if until_weeks:
        repeat["repeat_until"] = first + timedelta(weeks=until_weeks)
    exclude_week = details.pop("exclude_week", None)
    if "price" in details:
        details["price"] = Decimal(details["price"])
    event = EventPage(
        title=title,
        # The intro is the event's lead; the body is left for the editor, not a copy of it.
        intro=intro,
        start=aware(starts_at),
        end=aware(ends_at),
        all_day=start is None,
        **repeat,
        **details,
    )
    rule = build_rule(event)
    if rule is not None:
        # Move the first time onto the pattern (say, the second Wednesday of the month).
        shift = rule[0].date() - first
        first += shift
        event.start, event.end = aware(starts_at + shift), aware(ends_at + shift)
    event.themes = [themes[slug] for slug in theme_slugs]
    if exclude_week:
        event.exclusions = [EventExclusion(date=first + timedelta(weeks=exclude_week))]
    calendar.add_child(instance=event)


def _ensure_events(themes):
    for place, title, intro, theme_slugs, timing, details in content.EVENTS:
        home = (
            _dutch(MunicipalityHomePage).get(title=place)
            if place
            else _dutch(NationalHomePage).get(depth=2)
        )
        calendar = EventCalendarPage.objects.child_of(home).get()
        _ensure_event(calendar, title, intro, theme_slugs, timing, details, themes)


def _ensure_practice_index(home):
    return _ensure_index(
        home,
        PracticeIndexPage,
        "Praktijkvoorbeelden",
        "praktijkvoorbeelden",
        "Zo werkt Aan de Slag in de praktijk: voorbeelden uit gemeenten.",
    )


def _ensure_practice(index, title, themes, **fields):
    if PracticeExamplePage.objects.child_of(index).filter(title=title).exists():
        return
    theme_slugs = fields.pop("theme_slugs")
    municipalities = fields.pop("municipalities", [])
    partners = fields.pop("partners", [])
    practice = PracticeExamplePage(title=title, publication_date=timezone.localdate(), **fields)
    practice.themes = [themes[slug] for slug in theme_slugs]
    practice.involved_municipalities = municipalities
    practice.partners = [
        PracticePartner(partner=_partner(name, url), role=role) for name, role, url in partners
    ]
    index.add_child(instance=practice)


def _ensure_instruments(home, themes):
    index = _ensure_index(
        home,
        InstrumentIndexPage,
        "Instrumenten",
        "instrumenten",
        "Handreikingen, checklists en trainingen voor wie Aan de Slag wil organiseren.",
    )
    example = _dutch(PracticeExamplePage).filter(title=content.PRACTICE["title"]).first()
    for title, kind, audience, summary, theme_slugs in content.INSTRUMENTS:
        if InstrumentPage.objects.child_of(index).filter(title=title).exists():
            continue
        instrument = InstrumentPage(
            title=title,
            kind=kind,
            audience=audience,
            summary=summary,
            publication_date=timezone.localdate(),
        )
        instrument.themes = [themes[slug] for slug in theme_slugs]
        instrument.practice_examples = [example] if example else []
        index.add_child(instance=instrument)


# Which demo picture goes with which item, by a word in its title.
PICTURE_FOR_WORD = {
    "Buurttuin": "tuin",
    "tuinieren": "tuin",
    "Wandelclub": "wandelen",
    "Vierdaagse": "feest",
    "Koningsdag": "feest",
    "vrijwilligerswerk door AZC": "tuin",
}


def _attach_pictures():
    """Each site's pictures in its own collection (the one provisioning made for the
    municipality, or the national one), attached to that site's items: by a word in the
    title, else by the item's first theme."""
    homes = list(MunicipalityHomePage.objects.only("title", "path"))
    by_name = {c.name: c for c in Collection.objects.filter(depth=2)}
    pictures = {}
    for model in (NewsPage, BlogPage, PracticeExamplePage, EventPage):
        for page in model.objects.filter(listing_image__isnull=True):
            kind = next((k for word, k in PICTURE_FOR_WORD.items() if word in page.title), None)
            first_theme = page.themes.order_by("pk").first()
            kind = kind or PICTURE_FOR_THEME.get(first_theme.slug if first_theme else "")
            if not kind:
                continue
            home = next((h for h in homes if page.path.startswith(h.path)), None)
            collection = by_name.get(home.title) if home else None
            collection = collection or national_collection()
            if collection.pk not in pictures:
                pictures[collection.pk] = ensure_pictures(collection)
            model.objects.filter(pk=page.pk).update(listing_image=pictures[collection.pk][kind])


# The sections of a site, translated into every language with its home.
SECTION_MODELS = (
    NewsIndexPage,
    BlogIndexPage,
    PracticeIndexPage,
    EventCalendarPage,
    BulletinBoardPage,
    DirectoryPage,
    InstrumentIndexPage,
)


def _translation_plan():
    """[(Dutch page, language codes)]: every site's home and sections (and the index of
    municipalities) in every language, one news item, practice example, event and standard
    page of each site in translations.ITEM_LANGUAGES. A site without a news item or practice
    example of its own shows the national ones (shown on all sites), translated too."""
    dutch = Locale.get_default()
    every = [code for code, _name in settings.LANGUAGES if code != dutch.language_code]
    national = NationalHomePage.objects.get(depth=2, locale=dutch)
    homes = [national, *MunicipalityHomePage.objects.filter(locale=dutch).order_by("path")]
    plan = [(national, every), (MunicipalityIndexPage.objects.get(locale=dutch), every)]
    for home in homes:
        if home is not national:
            plan.append((home, every))
        sections = [
            section.specific
            for section in home.get_children().filter(locale=dutch).type(*SECTION_MODELS)
        ]
        plan += [(section, every) for section in sections]
        items = [
            StandardPage.objects.child_of(home).order_by("path").first(),
            *(
                model.objects.descendant_of(home).filter(locale=dutch).order_by("path").first()
                for model in (NewsPage, PracticeExamplePage, EventPage)
            ),
        ]
        plan += [(item, translations.ITEM_LANGUAGES) for item in items if item is not None]
    return plan


def _ensure_translations():
    """Translate what the plan holds through wagtail-localize (core.translating), with the
    texts of demo/translations.py; a page's translations that exist are left alone. The
    reference index is brought up to date once per new page, not on each of its saves."""
    existing = set(
        Page.objects.exclude(locale=Locale.get_default()).values_list(
            "translation_key", "locale__language_code"
        )
    )
    made = []
    with disable_reference_index_auto_update():
        for page, codes in _translation_plan():
            missing = [code for code in codes if (page.translation_key, code) not in existing]
            if missing:
                made += translate_page_into(
                    page, {code: translations.TEXTS.get(code, {}) for code in missing}
                ).values()
                existing.update((page.translation_key, code) for code in missing)
    for page in made:
        ReferenceIndex.create_or_update_for_object(page)


def _ensure_directory(home, place=""):
    intro = (
        f"Deelnemers en vrijwilligers van Aan de Slag in {place}."
        if place
        else "Deelnemers en vrijwilligers van Aan de Slag in het hele land."
    )
    return _ensure_index(home, DirectoryPage, "Deelnemers", "deelnemers", intro)


def _ensure_demo_members():
    """Members who chose to appear in their site's directory (development only)."""
    from allauth.account.models import EmailAddress

    homes = {home.title: home for home in _dutch(MunicipalityHomePage)}
    for name, place, organisation, role in content.DEMO_MEMBERS:
        email = f"{slugify(name)}@example.org"
        user = _ensure_login(f"lid-{slugify(name)}", "demo-lid")
        if not user.email:
            user.email = email
            user.save(update_fields=["email"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Profile.objects.get_or_create(
            user=user,
            defaults={
                "display_name": name,
                "municipality": homes[place],
                "organisation": organisation,
                "role": role,
                "show_role": True,
                "in_directory": True,
            },
        )


def _ensure_login(username, password, *, groups=(), superuser=False):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(
            username=username,
            email=f"{username}@example.org",
            is_staff=superuser,
            is_superuser=superuser,
        )
        user.set_password(password)
        user.save()
        user.groups.set(groups)
    return user


def seed_demo(with_logins=None, translate=True):
    """The demo, made once, with its translated trees (_ensure_translations) unless
    `translate` is false; those take the most time: wagtail-localize copies, revises and
    publishes each of about 1,100 pages.

    Every page is saved several times on the way (made, revised, published, translated), so
    the cache purges and the search index updates that follow each save are left out, and
    done once at the end: everything stale, and the search index rebuilt (update_index; each
    save's own update took about a third of the demo's time)."""
    with (
        receivers_muted("core.signals", "modelsearch.signal_handlers"),
        transaction.atomic(),
    ):
        report = _seed(with_logins, translate)
        call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
        everything_stale()
    return report


def _seed(with_logins, translate):
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

    themes = _ensure_themes()
    _ensure_sections(
        home, themes, news=content.NATIONAL_NEWS[:2], blogs=[content.NATIONAL_BLOG], national=True
    )
    # The third national item stays national only (not flagged for all sites).
    _ensure_article(
        NewsIndexPage.objects.child_of(home).get(), NewsPage, content.NATIONAL_NEWS[2], themes
    )

    national_practices = _ensure_practice_index(home)
    _ensure_calendar(home)
    _ensure_board(home)
    _ensure_directory(home)

    report = SeedReport(national_url=f"{national.site.root_url}/")
    for name, province, official in content.MUNICIPALITIES:
        municipality = provision_municipality(
            name, province=province, place=content.MUNICIPALITY_SEATS.get(name)
        )
        _fill_municipality(municipality.home, official)
        _ensure_standard_page(
            municipality.home,
            "meedoen",
            "Meedoen",
            True,
            f"Zo doe je mee met Aan de Slag in {name}.",
            content.municipality_join_text(municipality.home),
        )
        local = content.LOCAL_NEWS.get(name, ())
        _ensure_sections(municipality.home, themes, news=local)
        practices = _ensure_practice_index(municipality.home)
        _ensure_calendar(municipality.home, name)
        _ensure_board(municipality.home, name)
        _ensure_directory(municipality.home, name)
        for practice in content.LOCAL_PRACTICES:
            if practice["place"] == name:
                fields = {key: value for key, value in practice.items() if key != "place"}
                _ensure_practice(
                    practices,
                    fields.pop("title"),
                    themes,
                    theme_slugs=fields.pop("themes"),
                    start_date=date(*fields.pop("start_date")),
                    municipalities=[municipality.home],
                    **fields,
                )

        report.municipality_urls[name] = f"{municipality.site.root_url}/"

    practice = dict(content.PRACTICE)
    _ensure_practice(
        national_practices,
        practice.pop("title"),
        themes,
        theme_slugs=practice.pop("themes"),
        municipalities=list(
            _dutch(MunicipalityHomePage).filter(title__in=practice.pop("municipalities"))
        ),
        show_on_all_sites=True,
        featured=True,
        **practice,
    )
    _ensure_instruments(home, themes)
    _ensure_events(themes)
    _attach_pictures()

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
        _ensure_demo_members()
        _ensure_board_posts(themes)
        report.logins.append(
            Login("amira@example.org", "demo-lid", "lid in Alkmaar (inloggen op de site)", "")
        )
        report.logins.append(
            Login(
                "<naam>@example.org",
                "demo-lid",
                "de andere leden in Deelnemers van elke gemeente (gebruikersnaam lid-<naam>)",
                "",
            )
        )
        for name in content.DEMO_MODERATOR_SITES:
            slug = slugify(name)
            group = Group.objects.get(name=moderators_group_name(name))
            password = f"demo-moderatie-{slug}"
            _ensure_login(f"moderatie-{slug}", password, groups=[group])
            report.logins.append(Login(f"moderatie-{slug}", password, group.name, admin_url))
    if translate:
        _ensure_translations()
    return report
