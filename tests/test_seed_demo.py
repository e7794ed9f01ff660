"""seed_demo builds the demo once; a second run writes no row."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from demo import content
from demo.content import MUNICIPALITIES
from home.models import NationalHomePage, StandardPage
from municipalities.models import MunicipalityHomePage, MunicipalityIndexPage

# This module tests seed_demo itself, so it runs on the seeded demo (tests/conftest.py), all
# on one pytest-xdist worker (the demo takes minutes to seed, once is enough).
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo_site"),
    pytest.mark.xdist_group("demo"),
]


def dutch(model):
    """The model's Dutch pages, the demo's sources (their translations share their titles)."""
    return model.objects.filter(locale=Locale.get_default())


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_second_run_changes_no_row():
    # The demo_site fixture seeded once already; run it twice more.
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

    assert dutch(MunicipalityHomePage).count() == len(MUNICIPALITIES) == 21
    assert Site.objects.count() == 22
    for name, province, official in MUNICIPALITIES:
        municipality = dutch(MunicipalityHomePage).get(title=name)
        assert municipality.get_province_display() == province
        assert municipality.official_municipality == official


def test_places_lie_in_their_official_municipality():
    official = dict(
        dutch(MunicipalityHomePage)
        .filter(title__in=["Leersum", "Overloon", "Musselkanaal", "Emmeloord"])
        .values_list("title", "official_municipality")
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

    alkmaar_news = dutch(NewsPage).get(title__startswith="Buurttuin in Alkmaar")
    assert alkmaar_news.listing_image.collection.name == "Alkmaar"
    national = dutch(PracticeExamplePage).get(title__startswith="Aan de Slag - vrijwilligers")
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

    formal = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
    found = []
    for page in dutch(Page).live().specific():
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
    for home in dutch(MunicipalityHomePage):
        for news in dutch(NewsPage).descendant_of(home):
            for text in (news.title, news.intro):
                assert seen.setdefault(text, home.title) == home.title, text
    assert set(seen.values()) >= {"Alkmaar", "Arnhem", "Utrecht", "Nijmegen"}


def test_every_practice_example_has_approach_results_tips_and_contact():
    from practices.models import PracticeExamplePage

    practices = dutch(PracticeExamplePage).live()
    assert practices.count() == len(content.LOCAL_PRACTICES) + 1
    for practice in practices:
        assert practice.approach and practice.results and practice.works_well, practice.title
        assert practice.contact_name and practice.contact_email, practice.title
        assert practice.partners.exists(), practice.title


def test_pictures_follow_the_theme():
    from blog.models import NewsPage

    titles = {
        news.title: news.listing_image.title
        for news in dutch(NewsPage).filter(listing_image__isnull=False)
    }
    assert titles["Samen koken voor de daklozenopvang"] == "Samen koken"
    assert titles["Taalcafé in de bibliotheek groeit uit zijn jasje"] == "Taalcafé"
    assert titles["Voetbalclub in Nijmegen-Oost traint samen met nieuwkomers"] == "Sportveld"
    assert len(set(titles.values())) >= 6


def test_every_home_agenda_has_an_activity_of_its_own():
    from events.models import EventPage

    titles = {}
    for home in dutch(MunicipalityHomePage):
        own = list(dutch(EventPage).descendant_of(home).values_list("title", flat=True))
        assert own, home.title
        for title in own:
            assert titles.setdefault(title, home.title) == home.title


def test_every_menu_section_of_alkmaar_lists_something():
    from blog.models import NewsPage
    from board.models import Post
    from events.models import EventPage
    from members.models import Profile
    from practices.models import PracticeExamplePage

    alkmaar = dutch(MunicipalityHomePage).get(slug="alkmaar")
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
        "nieuws": dutch(NewsPage).descendant_of(alkmaar).live(),
        "praktijkvoorbeelden": dutch(PracticeExamplePage).descendant_of(alkmaar).live(),
        "kalender": dutch(EventPage).descendant_of(alkmaar).live(),
        "prikbord": Post.objects.filter(board__path__startswith=alkmaar.path, status="approved"),
        "deelnemers": Profile.objects.filter(municipality=alkmaar, in_directory=True),
    }
    for page in menu:
        if page.slug == "meedoen":
            assert len(page.body) >= 4
        elif page.slug in items:
            assert items[page.slug].exists(), page.slug


def test_meedoen_shows_the_sites_own_contact_details(client_for):
    for home in dutch(MunicipalityHomePage):
        site = Site.objects.get(root_page=home)
        html = client_for(site.hostname).get("/meedoen/").content.decode()
        assert f'href="mailto:{home.contact_email}"' in html, home.title
        assert home.contact_phone and home.contact_phone in html, home.title


# The translated trees (issue 12): every home and section in every language, an item of each
# kind per site in demo.translations.ITEM_LANGUAGES, with texts written for the purpose.


def other_languages():
    from django.conf import settings

    return [code for code, _name in settings.LANGUAGES if code != "nl"]


def live_translations(page):
    """{language code: live translation} of a Dutch page."""
    return {
        translation.locale.language_code: translation.specific
        for translation in page.get_translations().live().select_related("locale")
    }


def test_every_home_and_section_is_in_every_language():
    from demo.seeding import SECTION_MODELS

    homes = [*dutch(NationalHomePage).filter(depth=2), *dutch(MunicipalityHomePage)]
    assert len(homes) == 22
    pages = [dutch(MunicipalityIndexPage).get()]
    for home in homes:
        assert set(live_translations(home)) == set(other_languages()), home.title
        sections = home.get_children().type(*SECTION_MODELS).specific()
        assert len(sections) >= 5, home.title
        pages += sections
    for page in pages:
        translated = live_translations(page)
        assert set(translated) == set(other_languages()), page.url_path
        # Written, not copied: no language in another script shows the Dutch title
        # ("Nieuws", "Prikbord"…); English and Turkish may share a word ("Blogs").
        for code in ["ar", "uk", "fa", "ti"]:
            assert translated[code].title != page.title, (page.url_path, code)


def test_each_site_has_a_news_item_practice_event_and_page_in_english_arabic_ukrainian():
    from blog.models import NewsPage
    from demo.translations import ITEM_LANGUAGES
    from events.models import EventPage
    from practices.models import PracticeExamplePage

    assert ITEM_LANGUAGES == ["en", "ar", "uk"]
    national = dutch(NationalHomePage).get(depth=2)
    municipalities = dutch(MunicipalityIndexPage).get()

    def national_items(model):
        return dutch(model).descendant_of(national).not_descendant_of(municipalities).live()

    for home in [national, *dutch(MunicipalityHomePage)]:
        for model in (StandardPage, NewsPage, PracticeExamplePage, EventPage):
            if home is national:
                own = national_items(model)
            else:
                own = dutch(model).descendant_of(home).live()
            if model is not EventPage and not own.exists():
                # A site without items of its own shows the national ones.
                own = national_items(model)
            languages = set()
            for page in own:
                languages |= set(live_translations(page))
            assert languages >= set(ITEM_LANGUAGES), (home.title, model.__name__)


def test_translated_items_carry_written_texts():
    from blog.models import NewsPage
    from events.models import EventPage
    from practices.models import PracticeExamplePage

    for model in (StandardPage, NewsPage, PracticeExamplePage, EventPage):
        sources = [page for page in dutch(model) if page.get_translations().exists()]
        assert sources, model.__name__
        for source in sources:
            for code, translation in live_translations(source).items():
                assert translation.title != source.title, (source.title, code)
                if getattr(source, "intro", ""):
                    assert translation.intro != source.intro, (source.title, code)


def test_arabic_news_of_alkmaar_reads_arabic_with_dutch_items_marked(client_for):
    from blog.models import NewsPage

    alkmaar = dutch(MunicipalityHomePage).get(slug="alkmaar")
    response = client_for("alkmaar.localhost").get("/ar/nieuws/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert "<h1>الأخبار</h1>" in html or ">الأخبار<" in html
    news = dutch(NewsPage).descendant_of(alkmaar).live()
    translated = [page for page in news if "ar" in live_translations(page)]
    untranslated = [page for page in news if "ar" not in live_translations(page)]
    assert translated and untranslated
    for page in translated[:1]:
        assert live_translations(page)["ar"].title in html
    assert 'lang="nl" dir="ltr"' in html


def test_national_home_in_ukrainian(client_for):
    from django.utils.html import escape

    from demo.translations import SECTIONS

    html = client_for("localhost").get("/uk/").content.decode()
    assert '<html lang="uk"' in html
    assert escape(SECTIONS[content.NATIONAL_INTRO]["uk"]) in html
    assert escape(content.NATIONAL_INTRO) not in html
