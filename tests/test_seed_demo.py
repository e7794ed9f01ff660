"""seed_demo builds the demo once; a second run writes no row."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Site

from demo import content
from demo.content import MUNICIPALITIES
from home.models import NationalHomePage, StandardPage
from municipalities.models import MunicipalityHomePage

pytestmark = pytest.mark.django_db


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_second_run_changes_no_row():
    # The session already seeded once (tests/conftest.py); run it twice more.
    before = row_counts()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert row_counts() == before


def test_seed_creates_national_site_and_every_municipality():
    national = Site.objects.get(is_default_site=True)
    assert national.hostname == "localhost"
    home = national.root_page.specific
    assert isinstance(home, NationalHomePage)
    assert "vrijwilligerswerk" in home.intro
    assert [link.partner.name for link in home.partners.all()][:5] == [
        "Pharos",
        "VNOV",
        "COA",
        "VNG",
        "VluchtelingenWerk Nederland",
    ]
    for slug in ["over-het-programma", "integrale-aanpak", "privacy", "contact"]:
        assert StandardPage.objects.child_of(home).filter(slug=slug).live().exists()

    assert MunicipalityHomePage.objects.count() == len(MUNICIPALITIES) == 21
    assert Site.objects.count() == 22
    for name, province, official in MUNICIPALITIES:
        municipality = MunicipalityHomePage.objects.get(title=name)
        assert municipality.get_province_display() == province
        assert municipality.official_municipality == official


def test_places_lie_in_their_official_municipality():
    official = dict(
        MunicipalityHomePage.objects.filter(
            title__in=["Leersum", "Overloon", "Musselkanaal", "Emmeloord"]
        ).values_list("title", "official_municipality")
    )
    assert official == {
        "Leersum": "Utrechtse Heuvelrug",
        "Overloon": "Land van Cuijk",
        "Musselkanaal": "Stadskanaal",
        "Emmeloord": "Noordoostpolder",
    }


def test_demo_logins_print_only_when_settings_allow(settings, capsys):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    settings.PROGRAM_DEMO_LOGINS = False
    User.objects.all().delete()
    call_command("seed_demo")
    output = capsys.readouterr().out
    assert "Demo-logins" not in output
    assert not User.objects.exists()

    settings.PROGRAM_DEMO_LOGINS = True
    call_command("seed_demo")
    output = capsys.readouterr().out
    assert "redactie-alkmaar" in output
    editor = User.objects.get(username="redactie-alkmaar")
    assert editor.check_password("demo-alkmaar")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Alkmaar redactie"]


def test_each_sites_demo_pictures_lie_in_its_own_collection():
    from django.contrib.auth import get_user_model

    from blog.models import NewsPage
    from practices.models import PracticeExamplePage

    alkmaar_news = NewsPage.objects.get(title__startswith="Buurttuin in Alkmaar")
    assert alkmaar_news.listing_image.collection.name == "Alkmaar"
    national = PracticeExamplePage.objects.get(title__startswith="Aan de Slag - vrijwilligers")
    assert national.listing_image.collection.name == "Landelijk"

    # The Alkmaar editor may choose Alkmaar's pictures (what the image chooser lists),
    # not the national ones.
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_image_model())
    editor = get_user_model().objects.get(username="redactie-alkmaar")
    choosable = permission_policy.instances_user_has_any_permission_for(editor, ["choose"])
    assert choosable.filter(pk=alkmaar_news.listing_image_id).exists()
    assert not choosable.filter(pk=national.listing_image_id).exists()


def test_no_demo_page_says_u_or_uw():
    """One tone on the demo sites: "je", never "u"/"uw" (Meedoen, privacy, instruments…)."""
    import re

    from django.db import models
    from django.utils.html import strip_tags
    from wagtail.fields import RichTextField, StreamField
    from wagtail.models import Page

    formal = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
    found = []
    for page in Page.objects.live().specific():
        for field in page._meta.concrete_fields:
            if not isinstance(
                field, (models.CharField, models.TextField, RichTextField, StreamField)
            ):
                continue
            if isinstance(field, models.SlugField) or field.name in {"path", "url_path"}:
                continue
            value = getattr(page, field.attname)
            text = strip_tags(
                str(value.render_as_block() if isinstance(field, StreamField) else value or "")
            )
            if formal.search(text):
                found.append(f"{page.title} ({field.name}): {text[:120]}")
    assert found == []


def test_each_municipality_tells_its_own_news():
    from blog.models import NewsPage

    seen = {}
    for home in MunicipalityHomePage.objects.all():
        for news in NewsPage.objects.descendant_of(home):
            for text in (news.title, news.intro):
                assert seen.setdefault(text, home.title) == home.title, text
    assert set(seen.values()) >= {"Alkmaar", "Arnhem", "Utrecht", "Nijmegen"}


def test_every_practice_example_has_approach_results_tips_and_contact():
    from practices.models import PracticeExamplePage

    practices = PracticeExamplePage.objects.live()
    assert practices.count() == len(content.LOCAL_PRACTICES) + 1
    for practice in practices:
        assert practice.approach and practice.results and practice.works_well, practice.title
        assert practice.contact_name and practice.contact_email, practice.title
        assert practice.partners.exists(), practice.title


def test_pictures_follow_the_theme():
    from blog.models import NewsPage

    titles = {
        news.title: news.listing_image.title
        for news in NewsPage.objects.filter(listing_image__isnull=False)
    }
    assert titles["Samen koken voor de daklozenopvang"] == "Samen koken"
    assert titles["Taalcafé in de bibliotheek groeit uit zijn jasje"] == "Taalcafé"
    assert titles["Voetbalclub in Nijmegen-Oost traint samen met nieuwkomers"] == "Sportveld"
    assert len(set(titles.values())) >= 6


def test_every_home_agenda_has_an_activity_of_its_own():
    from events.models import EventPage

    titles = {}
    for home in MunicipalityHomePage.objects.all():
        own = list(EventPage.objects.descendant_of(home).values_list("title", flat=True))
        assert own, home.title
        for title in own:
            assert titles.setdefault(title, home.title) == home.title


def test_every_menu_section_of_alkmaar_lists_something():
    from blog.models import NewsPage
    from board.models import Post
    from events.models import EventPage
    from members.models import Profile
    from practices.models import PracticeExamplePage

    alkmaar = MunicipalityHomePage.objects.get(slug="alkmaar")
    menu = alkmaar.get_children().live().in_menu().specific()
    assert {page.slug for page in menu} >= {
        "meedoen",
        "nieuws",
        "praktijkvoorbeelden",
        "kalender",
        "prikbord",
        "deelnemers",
    }
    items = {
        "nieuws": NewsPage.objects.descendant_of(alkmaar).live(),
        "praktijkvoorbeelden": PracticeExamplePage.objects.descendant_of(alkmaar).live(),
        "kalender": EventPage.objects.descendant_of(alkmaar).live(),
        "prikbord": Post.objects.filter(board__path__startswith=alkmaar.path, status="approved"),
        "deelnemers": Profile.objects.filter(municipality=alkmaar, in_directory=True),
    }
    for page in menu:
        if page.slug == "meedoen":
            assert len(page.body) >= 4
        elif page.slug in items:
            assert items[page.slug].exists(), page.slug


def test_meedoen_shows_the_sites_own_contact_details(client_for):
    for home in MunicipalityHomePage.objects.all():
        site = Site.objects.get(root_page=home)
        html = client_for(site.hostname).get("/meedoen/").content.decode()
        assert f'href="mailto:{home.contact_email}"' in html, home.title
        assert home.contact_phone and home.contact_phone in html, home.title
