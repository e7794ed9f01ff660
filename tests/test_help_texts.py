"""Plain language (B1) for editors: the fields they write in say what they are for and ask for
short sentences and common words (core/help_texts)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.html import escape
from wagtail.admin.panels import FieldPanel
from wagtail.models import get_page_models

from core import help_texts
from core.models import Partner, Theme
from tests.factories import add_event, add_news, calendar_of, news_index, person

ADVICE = [help_texts.SENTENCES, help_texts.WORDS, help_texts.SHORT, help_texts.ABBREVIATIONS]
# The fields an editor writes the page's text in, wherever a page type has them.
MAIN_FIELDS = {
    "title",
    "intro",
    "summary",
    "body",
    "why_and_goal",
    "approach",
    "works_well",
    "could_be_better",
    "results",
    "listing_title",
    "listing_summary",
    "search_description",
}
# BasePage's panels give every page type the plain-language help on title, search and listing
# fields; the board app's own fields (its intro) are that app's to word.
BASE_FIELDS = {"title", "search_description", "listing_title", "listing_summary"}
OUR_APPS = {"home", "municipalities", "blog", "practices", "events", "board", "members"}
PAGE_MODELS = [model for model in get_page_models() if model._meta.app_label in OUR_APPS]


def asks_for_plain_language(text):
    return any(str(advice) in str(text) for advice in ADVICE)


def field_panels(panel):
    if isinstance(panel, FieldPanel):
        yield panel
    for child in getattr(panel, "children", ()):
        yield from field_panels(child)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_types_main_fields_ask_for_plain_language(model):
    checked = set()
    for panel in field_panels(model.get_edit_handler()):
        name = panel.field_name
        if name not in MAIN_FIELDS or (
            model._meta.app_label == "board" and name not in BASE_FIELDS
        ):
            continue
        # What the form shows: the panel's help text, else the model field's.
        text = panel.help_text or model._meta.get_field(name).help_text
        assert asks_for_plain_language(text), f"{model.__name__}.{name}: {text!r}"
        checked.add(name)
    assert BASE_FIELDS <= checked, model.__name__


@pytest.mark.parametrize(
    "field",
    [
        Theme._meta.get_field("name"),
        Theme._meta.get_field("description"),
        Partner._meta.get_field("name"),
    ],
)
def test_the_theme_and_partner_fields_ask_for_plain_language(field):
    assert asks_for_plain_language(field.help_text), field


@pytest.mark.django_db
def test_editors_see_the_help_on_the_news_and_event_forms(client, national_home):
    news = add_news(news_index(national_home), "Buurtmaaltijd")
    start = timezone.now() + timedelta(days=3)
    event = add_event(calendar_of(national_home), "Wandelen", start, start + timedelta(hours=2))
    client.force_login(person("landelijke-redactie"))

    for page, intro in [(news, help_texts.ARTICLE_INTRO), (event, help_texts.EVENT_INTRO)]:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        html = response.content.decode()
        for text in (help_texts.TITLE, intro, help_texts.SEARCH_DESCRIPTION):
            assert escape(str(text)) in html, (page.title, str(text))
        assert "Schrijf korte zinnen met gewone woorden." in html
