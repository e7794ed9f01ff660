"""Every page type's create and edit form in the admin holds each field once: a field drawn
twice (say the listing image in the content and the promote tab) posts two values, the empty
one wins, and what the editor chose is lost."""

from collections import Counter
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from wagtail.models import Page, get_page_models

from home.models import NationalHomePage
from municipalities.models import MunicipalityHomePage, MunicipalityIndexPage
from tests.factories import (
    add_blog,
    add_event,
    add_instrument,
    add_news,
    add_practice,
    add_standard_page,
    blog_index,
    calendar_of,
    instrument_index,
    municipality,
    national_home,
    news_index,
    person,
    practice_index,
)

pytestmark = pytest.mark.django_db

OUR_APPS = {"home", "municipalities", "blog", "practices", "events", "board", "members"}
PAGE_MODELS = [model for model in get_page_models() if model._meta.app_label in OUR_APPS]


class FieldNames(HTMLParser):
    """The form controls' names; a checkbox or radio button counts once per value."""

    def __init__(self):
        super().__init__()
        self.names = Counter()
        self.in_template = 0

    def handle_starttag(self, tag, attrs):
        if tag == "template":  # inline panels' empty forms
            self.in_template += 1
        attrs = dict(attrs)
        if self.in_template or tag not in ("input", "select", "textarea") or not attrs.get("name"):
            return
        if attrs.get("type") in ("checkbox", "radio"):
            self.names[(attrs["name"], attrs.get("value"))] += 1
        else:
            self.names[attrs["name"]] += 1

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1


def duplicates(html):
    parser = FieldNames()
    parser.feed(html)
    return sorted(str(name) for name, count in parser.names.items() if count > 1)


@pytest.fixture
def admin_client(client):
    client.force_login(person("admin"))
    return client


@pytest.fixture
def empty_parents():
    """A national home and a municipality home without children, so every page type
    (including those allowed once per parent) can be added somewhere; and, beside them, a
    national home and a municipality with a page of every type to edit."""
    build_one_page_of_every_type()
    national = Page.get_first_root_node().add_child(
        instance=NationalHomePage(title="Proefsite", slug="proefsite")
    )
    index = MunicipalityIndexPage.objects.first()
    municipality = index.add_child(
        instance=MunicipalityHomePage(title="Proefdorp", slug="proefdorp", province="utrecht")
    )
    return [national, municipality, index, Page.get_first_root_node()]


def build_one_page_of_every_type():
    national = national_home()
    alkmaar = municipality("alkmaar")
    add_news(news_index(alkmaar), "Nieuws om te bewerken")
    add_blog(blog_index(national), "Blog om te bewerken")
    practice = add_practice(practice_index(national), "Voorbeeld om te bewerken")
    add_instrument(
        instrument_index(national), "Instrument om te bewerken", practice_examples=[practice]
    )
    add_standard_page(national, "Pagina om te bewerken")
    start = timezone.now() + timedelta(days=3)
    add_event(calendar_of(alkmaar), "Activiteit om te bewerken", start, start + timedelta(hours=2))


def parent_for(model, empty_parents):
    candidates = [*empty_parents, *Page.objects.all().specific()]
    return next(parent for parent in candidates if model.can_create_at(parent))


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_create_and_edit_forms_hold_each_field_once(admin_client, empty_parents, model):
    parent = parent_for(model, empty_parents)
    meta = model._meta
    add_url = f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/"
    response = admin_client.get(add_url)
    assert response.status_code == 200, add_url
    assert duplicates(response.content.decode()) == [], f"create form of {model.__name__}"

    page = model.objects.exclude(pk__in=[p.pk for p in empty_parents[:2]]).first()
    assert page is not None, f"no {model.__name__} to edit"
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert duplicates(response.content.decode()) == [], f"edit form of {model.__name__}"
