"""Editors in the Wagtail admin: validation, their own site only, national flags, the
"Lokale review" workflow and scheduled publishing."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import NewsPage
from practices.models import PracticeExamplePage
from tests.factories import (
    add_news,
    add_practice,
    municipality,
    national_home,
    news_index,
    person,
    practice_index,
    theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sites():
    municipality("alkmaar")
    municipality("arnhem")


def login(client, username):
    client.force_login(person(username))
    return client


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def news_form(**fields):
    data = {
        "title": "Nieuwe moestuin",
        "slug": "nieuwe-moestuin",
        "intro": "Er is een nieuwe moestuin.",
        "body": streamfield([]),
    }
    data.update(fields)
    # Many-to-many choices are posted as repeated keys, outside nested_form_data's flattening.
    return {**nested_form_data(data), "themes": [theme("groen").pk]}


def practice_form(**fields):
    data = {
        "title": "Fietsles",
        "slug": "fietsles",
        "summary": "Vrijwilligers leren bewoners fietsen.",
        "why_and_goal": rich_text(""),
        "approach": rich_text(""),
        "works_well": rich_text(""),
        "could_be_better": rich_text(""),
        "results": rich_text(""),
        "status": "lopend",
        "partners": inline_formset([]),
        "attachments": inline_formset([]),
        "gallery": inline_formset([]),
    }
    themes = fields.pop("themes", [theme("sport").pk])
    data.update(fields)
    return {**nested_form_data(data), "themes": themes}


def test_practice_example_needs_theme_and_summary_to_publish(client):
    login(client, "landelijke-redactie")
    index = practice_index(national_home())
    form = practice_form(summary="", themes=[], **{"action-publish": "publish"})
    response = client.post(add_url(PracticeExamplePage, index), form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "De pagina kon niet aangemaakt worden vanwege validatiefouten." in html
    assert html.count("Dit is een verplicht veld.") == 2  # summary and themes
    assert not PracticeExamplePage.objects.filter(slug="fietsles").exists()

    # A draft without them is fine: editors can save work in progress.
    draft = practice_form(summary="", themes=[])
    response = client.post(add_url(PracticeExamplePage, index), draft)
    assert response.status_code == 302
    page = PracticeExamplePage.objects.get(slug="fietsles")
    assert not page.live

    # With both, it publishes.
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", practice_form(**{"action-publish": "publish"})
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_news_needs_an_intro_to_publish(client):
    login(client, "landelijke-redactie")
    index = news_index(national_home())
    response = client.post(add_url(NewsPage, index), news_form(intro="", **{"action-publish": "1"}))
    assert response.status_code == 200
    assert "Dit is een verplicht veld." in response.content.decode()
    assert not NewsPage.objects.filter(slug="nieuwe-moestuin").exists()


def test_editor_creates_only_within_own_site(client):
    login(client, "redactie-alkmaar")
    own = news_index(municipality("alkmaar"))
    other = news_index(municipality("arnhem"))
    assert client.get(add_url(NewsPage, own)).status_code == 200
    assert client.get(add_url(NewsPage, other)).status_code in (302, 403)
    response = client.post(add_url(NewsPage, other), news_form())
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.filter(slug="nieuwe-moestuin").exists()
    assert client.get(add_url(NewsPage, news_index(national_home()))).status_code in (302, 403)


def test_only_national_editors_see_the_national_flags(client):
    index = news_index(municipality("alkmaar"))
    login(client, "redactie-alkmaar")
    local_form = client.get(add_url(NewsPage, index)).content.decode()
    assert 'name="featured"' in local_form
    assert 'name="show_on_all_sites"' not in local_form
    assert 'name="featured_nationally"' not in local_form

    login(client, "landelijke-redactie")
    national_form = client.get(add_url(NewsPage, index)).content.decode()
    assert 'name="show_on_all_sites"' in national_form
    assert 'name="featured_nationally"' in national_form


def test_lokale_review_editor_submits_and_own_moderator_publishes(
    client, client_for, django_capture_on_commit_callbacks
):
    login(client, "redactie-alkmaar")
    index = news_index(municipality("alkmaar"))
    response = client.post(add_url(NewsPage, index), news_form(**{"action-submit": "1"}))
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="nieuwe-moestuin")
    assert not page.live
    workflow_state = page.current_workflow_state
    assert workflow_state.workflow.name == "Lokale review Alkmaar"
    task_state = workflow_state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )

    # Arnhem's moderator cannot approve Alkmaar's page.
    login(client, "moderatie-arnhem")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"comment": ""})
    page.refresh_from_db()
    assert not page.live

    login(client, "moderatie-alkmaar")
    # Wagtail publishes the approved revision once the approval has been committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert "Nieuwe moestuin" in client_for("alkmaar.localhost").get("/nieuws/").content.decode()


def test_scheduled_publishing(client, client_for):
    login(client, "landelijke-redactie")
    index = news_index(national_home())
    go_live = timezone.localtime() + timedelta(days=2)
    form = news_form(go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "1"})
    response = client.post(add_url(NewsPage, index), form)
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="nieuwe-moestuin")
    assert not page.live
    assert client_for("localhost").get("/nieuws/nieuwe-moestuin/").status_code == 404

    # Time passes: the revision's go-live moment is now in the past.
    revision = page.latest_revision
    assert revision.approved_go_live_at is not None
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))
    page.refresh_from_db()
    assert page.live
    assert client_for("localhost").get("/nieuws/nieuwe-moestuin/").status_code == 200


def test_home_pages_show_latest_news_and_featured_practices(client_for):
    add_news(news_index(national_home()), "Samen naar de Vierdaagse")
    alkmaar = news_index(municipality("alkmaar"))
    for days_ago, title in enumerate(
        [
            "Buurttuin in Alkmaar krijgt hulp van nieuwe groep",
            "Wandelclub in Alkmaar zoekt nog wandelaars",
            "Koningsdag in Alkmaar: helpende handen gezocht",
            "Taalcafé in Alkmaar draait een jaar",
        ]
    ):
        add_news(alkmaar, title, days_ago=days_ago + 1)
    add_news(news_index(municipality("arnhem")), "Wandelclub in Arnhem zoekt nog wandelaars")
    add_practice(
        practice_index(national_home()),
        "Aan de Slag - vrijwilligerswerk door AZC-bewoners",
        featured=True,
        show_on_all_sites=True,
        days_ago=30,
    )
    nijmegen = municipality("nijmegen")
    add_practice(
        practice_index(nijmegen), "Vrijwilligers bij de Vierdaagse", municipalities=[nijmegen]
    )
    national = client_for("localhost").get("/").content.decode()
    assert "Laatste nieuws" in national and "Uitgelichte praktijkvoorbeelden" in national
    # The national example is featured: it comes first on the national home.
    practices = national.split("Uitgelichte praktijkvoorbeelden")[1]
    assert practices.index("Aan de Slag - vrijwilligerswerk") < practices.index("Vierdaagse")

    alkmaar = client_for("alkmaar.localhost").get("/").content.decode()
    news = alkmaar.split("Laatste nieuws")[1].split("Uitgelichte praktijkvoorbeelden")[0]
    assert news.count('class="card__title"') == 3
    assert "Buurttuin in Alkmaar" in news
    assert "Arnhem" not in news


def test_admin_shows_no_gravatar(client):
    """An editor's avatar must not be fetched from Gravatar: that sends a hash of their email
    address to a third party on every admin page (and shows a broken image offline)."""
    login(client, "redactie-alkmaar")
    for path in ["/admin/", "/admin/account/"]:
        response = client.get(path)
        assert response.status_code == 200
        assert b"gravatar.com" not in response.content, path
