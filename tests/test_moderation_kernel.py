"""The moderation kernel (core.moderation) that comments and bulletin board posts share: the
mails to moderators, reports de-duplicated alike for both kinds, and menu items that cost no
query of their own."""

import re

import pytest
from django.core import mail
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.admin.menu import admin_menu

from board import services as board_services
from board.models import PostReport
from comments import services as comment_services
from comments.models import CommentReport
from core.moderation.services import file_report
from tests.board_factories import add_post, board_of
from tests.comment_factories import add_comment, member, practice, staff_login

pytestmark = pytest.mark.django_db

ALKMAAR = "alkmaar.localhost"


@pytest.fixture
def moderator():
    return staff_login("moderatie-alkmaar")


@pytest.fixture
def sara():
    return member("sara", display_name="Sara")


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_new_comment_mail(moderator, sara, django_capture_on_commit_callbacks):
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        comment_services.post_comment(practice(), sara, "Wij doen dit ook!")
    [message] = mails_to(moderator.email)
    assert message.subject == "Nieuwe reactie wacht op goedkeuring: Fietsles voor bewoners"
    body = message.body
    assert body.startswith("Hoi")
    assert "Er wacht een reactie op goedkeuring bij “Fietsles voor bewoners”." in body
    assert "Van: Sara\n\nWij doen dit ook!\n" in body
    assert "Bekijk het onderwerp: http://" in body
    assert "Beoordeel reacties in de beheeromgeving: http://localhost/admin/reacties/\n" in body
    assert body.rstrip().endswith("Groeten van Aan de Slag Alkmaar")


def test_reported_comment_mail(moderator, sara, django_capture_on_commit_callbacks):
    comment = add_comment(practice(), sara, "Koop nu goedkope horloges!")
    with django_capture_on_commit_callbacks(execute=True):
        file_report(comment, None, "Reclame")
    [message] = mails_to(moderator.email)
    assert message.subject == "Reactie gemeld: Fietsles voor bewoners"
    body = message.body
    assert "Een bezoeker heeft een reactie bij “Fietsles voor bewoners” gemeld." in body
    assert "Van: Sara\n\nKoop nu goedkope horloges!\n" in body
    assert "Reden: Reclame" in body
    assert "http://localhost/admin/reacties/?status=reported" in body
    assert body.rstrip().endswith("Groeten van Aan de Slag Alkmaar")


def test_new_post_mail(moderator, sara, django_capture_on_commit_callbacks):
    fields = {
        "kind": "vraag",
        "title": "Wie heeft een ladder?",
        "body": "Voor de moestuin.",
        "expires_on": board_services.default_expiry(),
    }
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        post = board_services.create_post(board_of("alkmaar"), sara, fields)
    [message] = mails_to(moderator.email)
    assert message.subject == "Nieuw prikbordbericht wacht op goedkeuring: Wie heeft een ladder?"
    body = message.body
    assert body.startswith("Hoi")
    assert "Er wacht een bericht op goedkeuring op het prikbord van Aan de Slag Alkmaar." in body
    assert "Van: Sara\n\nWie heeft een ladder?\nVoor de moestuin.\n" in body
    assert "Bekijk het bericht: http://" in body and f"/prikbord/{post.pk}/" in body
    assert "Beoordeel berichten in de beheeromgeving: http://localhost/admin/prikbord/\n" in body
    assert body.rstrip().endswith("Groeten van Aan de Slag Alkmaar")


def test_reported_post_mail(moderator, sara, django_capture_on_commit_callbacks):
    post = add_post(board_of("alkmaar"), "Goedkope telefoons", author=sara)
    with django_capture_on_commit_callbacks(execute=True):
        board_services.report_post(post, None, "Spam")
    [message] = mails_to(moderator.email)
    assert message.subject == "Prikbordbericht gemeld: Goedkope telefoons"
    body = message.body
    assert "Een bezoeker heeft een bericht op het prikbord van Aan de Slag Alkmaar gemeld." in body
    assert "Reden: Spam" in body
    assert "http://localhost/admin/prikbord/?status=reported" in body
    assert body.rstrip().endswith("Groeten van Aan de Slag Alkmaar")


def test_a_visitor_reports_a_post_once_per_session(sara):
    post = add_post(board_of("alkmaar"), "Goedkope telefoons", author=sara)
    visitor = Client(HTTP_HOST=ALKMAAR)
    for _ in range(3):
        response = visitor.post(f"/prikbord/{post.pk}/melden/", {"reason": "Spam"})
        assert response.status_code == 302
    assert PostReport.objects.filter(post=post).count() == 1
    Client(HTTP_HOST=ALKMAAR).post(f"/prikbord/{post.pk}/melden/", {"reason": "Spam"})
    assert PostReport.objects.filter(post=post).count() == 2


def test_a_member_reports_an_item_once_while_it_is_open(sara):
    fatima = member("fatima")
    post = add_post(board_of("alkmaar"), "Goedkope telefoons", author=sara)
    comment = add_comment(practice(), sara, "Koop nu!")
    for _ in range(2):
        board_services.report_post(post, fatima, "Spam")
        file_report(comment, fatima, "Spam")
    assert PostReport.objects.filter(post=post).count() == 1
    assert CommentReport.objects.filter(comment=comment).count() == 1


def test_the_queue_menu_items_run_no_query_of_their_own(django_assert_num_queries):
    request = RequestFactory().get("/admin/")
    request.user = staff_login("moderatie-alkmaar")
    items = {item.url: item for item in admin_menu.registered_menu_items}
    queues = [items["/admin/reacties/"], items["/admin/prikbord/"]]
    # Wagtail's own "Pagina's" item loads the user's page permissions for the request ...
    assert items["/admin/pages/"].is_shown(request)
    # ... and the queues' items read them from there.
    with django_assert_num_queries(0):
        assert all(item.is_shown(request) for item in queues)


def test_the_queues_action_forms_carry_the_csrf_token(sara):
    post = add_post(board_of("alkmaar"), "Wie heeft een ladder?", author=sara, status="pending")
    moderator = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    moderator.force_login(staff_login("moderatie-alkmaar"))
    html = moderator.get("/admin/prikbord/").content.decode()
    form = html[html.index(f'action="/admin/prikbord/{post.pk}/approve/"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    response = moderator.post(f"/admin/prikbord/{post.pk}/approve/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == "approved"
