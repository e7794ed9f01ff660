"""Comments under an item of a page (a target such as a bulletin board post, "post-12"), tried
on a news page: unknown or tampered targets are refused, the page's own thread ("") stays as it
was, and a page type that declares item targets gets threads, emails and queue entries for them.
"""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from blog.models import NewsPage
from comments.models import Comment, CommentTarget
from comments.services import CommentError, post_comment
from tests.factories import (
    add_comment,
    add_news,
    member,
    municipality,
    news_index,
    path_of,
    person,
    post_url,
)

pytestmark = pytest.mark.django_db

ALKMAAR = "alkmaar.localhost"
QUEUE = "/admin/reacties/"
UNKNOWN = "Dit onderwerp bestaat niet (meer); je kunt er niet op reageren."
CLOSED = "Reageren op deze pagina is gesloten."


@pytest.fixture
def news():
    return add_news(news_index(municipality("alkmaar")), "Nieuwe fietsenstalling")


@pytest.fixture
def author():
    return member("sara", display_name="Sara")


@pytest.fixture
def with_items(monkeypatch):
    """News pages behave like a page that lists member items: "post-1" is open, "post-2" is
    closed, nothing else exists; an item's thread lives at the page URL plus "<n>/"."""

    def comment_target(self, target, user, request=None):
        if target == "":
            return CommentTarget(url=None, open=self.comments_open, title=self.title)
        if target in ("post-1", "post-2"):
            number = target[5:]
            return CommentTarget(
                url=f"{self.get_url(request)}{number}/",
                open=target == "post-1",
                title=f"Fiets te leen {number}",
            )
        return None

    monkeypatch.setattr(NewsPage, "comment_target", comment_target)


def logged_in(user, host=ALKMAAR):
    client = Client(HTTP_HOST=host)
    client.force_login(user)
    return client


def html_of(client, page):
    response = client.get(path_of(page))
    assert response.status_code == 200
    return response.content.decode()


def render_thread(page, user, target):
    request = RequestFactory().get(path_of(page), HTTP_HOST=ALKMAAR)
    request.user = user
    template = Template("{% load comments_tags %}{% comments_for page target=target %}")
    return template.render(Context({"page": page, "request": request, "target": target}))


# --- Pages without item targets -------------------------------------------------------------------


def test_an_unknown_target_is_refused_and_nothing_is_stored(news, author):
    response = logged_in(author).post(post_url(news), {"body": "Hallo", "target": "post-1"})
    assert response.status_code == 404
    assert UNKNOWN in response.content.decode()
    assert not Comment.objects.exists()


def test_the_service_refuses_an_unknown_target(news, author):
    with pytest.raises(CommentError, match="bestaat niet"):
        post_comment(news, author, "Hallo", target="post-1")
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "target",
    ["../x", "x" * 500, "post-1\x00", "Post-1", " post-1", "post-1/", "<script>", "post_1"],
)
def test_a_tampered_target_is_refused_without_an_error(news, author, target):
    client = logged_in(author)
    response = client.post(post_url(news), {"body": "Hallo", "target": target})
    assert response.status_code == 400
    html = response.content.decode()
    assert UNKNOWN in html
    assert "<script>" not in html
    assert not Comment.objects.exists()
    # Anonymous visitors get the same answer, not a login redirect.
    response = Client(HTTP_HOST=ALKMAAR).post(post_url(news), {"body": "Hallo", "target": target})
    assert response.status_code == 400


def test_the_empty_target_is_the_page_as_before(news, author):
    response = logged_in(author).post(post_url(news), {"body": "Mooi plan", "target": ""})
    assert response.status_code == 302
    assert response["Location"] == path_of(news) + "#reacties"
    comment = Comment.objects.get()
    assert (comment.page_id, comment.target, comment.body) == (news.pk, "", "Mooi plan")


def test_comments_under_an_item_do_not_show_in_the_pages_own_thread(client_for, news, author):
    add_comment(news, author, "Op de pagina zelf")
    add_comment(news, author, "Onder een bericht", target="post-1")
    add_comment(
        news, author, "Wacht onder een bericht", target="post-1", status=Comment.Status.PENDING
    )
    for client in (client_for(ALKMAAR), logged_in(author)):
        html = html_of(client, news)
        assert "Op de pagina zelf" in html
        assert "Reacties (1)" in html
        assert "Onder een bericht" not in html and "Wacht onder een bericht" not in html


def test_an_unknown_target_shows_no_thread(news, author):
    assert render_thread(news, author, "post-9").strip() == ""


def test_a_reply_stays_in_its_parents_thread(news, author, with_items):
    under_item = add_comment(news, author, "Onder een bericht", target="post-1")
    on_page = add_comment(news, author, "Op de pagina")
    client = logged_in(author)
    for parent, target in ((under_item, ""), (on_page, "post-1")):
        response = client.post(
            post_url(news), {"body": "Antwoord", "parent": parent.pk, "target": target}
        )
        assert response.status_code == 200
        assert "Deze reactie bestaat niet (meer)" in response.content.decode()
    assert not Comment.objects.filter(body="Antwoord").exists()

    response = client.post(
        post_url(news), {"body": "Antwoord", "parent": under_item.pk, "target": "post-1"}
    )
    assert response.status_code == 302
    reply = Comment.objects.get(body="Antwoord")
    assert (reply.parent, reply.target) == (under_item, "post-1")


# --- A page type with item targets ----------------------------------------------------------------


def test_an_items_thread_shows_its_comments_and_posts_with_the_target(news, author, with_items):
    add_comment(news, author, "Op de pagina zelf")
    add_comment(news, author, "Onder bericht 1", target="post-1")
    add_comment(news, author, "Onder bericht 2", target="post-2")
    html = render_thread(news, author, "post-1")
    assert "Onder bericht 1" in html
    assert "Op de pagina zelf" not in html and "Onder bericht 2" not in html
    assert "Reacties (1)" in html
    # The new comment form and the reply form both carry the target.
    assert html.count('<input type="hidden" name="target" value="post-1">') == 2

    closed = render_thread(news, author, "post-2")
    assert "Onder bericht 2" in closed
    assert CLOSED in closed and 'name="target"' not in closed


def test_posting_under_an_item_goes_back_to_it(
    news, author, with_items, mailoutbox, django_capture_on_commit_callbacks
):
    person("moderatie-alkmaar")
    client = logged_in(author)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(post_url(news), {"body": "Graag!", "target": "post-1"})
    assert response.status_code == 302
    assert response["Location"] == path_of(news) + "1/#reacties"
    comment = Comment.objects.get()
    assert (comment.target, comment.status) == ("post-1", Comment.Status.PENDING)

    mail = next(mail for mail in mailoutbox if mail.to == ["moderatie-alkmaar@example.org"])
    assert "Nieuwe fietsenstalling › Fiets te leen 1" in mail.subject
    assert f"Bekijk het onderwerp: {news.get_full_url()}1/" in mail.body

    # Editing and deleting go back to the item too.
    response = client.post(f"/reacties/{comment.pk}/wijzigen/", {"body": "Graag, morgen!"})
    assert response["Location"] == path_of(news) + "1/#reacties"
    response = client.post(f"/reacties/{comment.pk}/verwijderen/")
    assert response["Location"] == path_of(news) + "1/#reacties"


def test_an_edit_cannot_move_a_comment(news, author, with_items):
    comment = add_comment(news, author, "Onder bericht 1", target="post-1")
    logged_in(author).post(
        f"/reacties/{comment.pk}/wijzigen/", {"body": "Verplaatst?", "target": ""}
    )
    comment.refresh_from_db()
    assert (comment.body, comment.target) == ("Verplaatst?", "post-1")


def test_a_closed_item_refuses_comments(news, author, with_items):
    response = logged_in(author).post(post_url(news), {"body": "Hallo", "target": "post-2"})
    assert response.status_code == 403
    assert CLOSED in response.content.decode()
    assert not Comment.objects.exists()


def test_reporting_a_comment_under_a_vanished_item_is_404(news, author, with_items):
    comment = add_comment(news, author, "Onder een verdwenen bericht", target="post-7")
    assert Client(HTTP_HOST=ALKMAAR).get(f"/reacties/{comment.pk}/melden/").status_code == 404


def test_the_queue_names_and_links_the_item_in_a_fixed_number_of_queries(author, with_items):
    index = news_index(municipality("alkmaar"))
    moderator = Client(HTTP_HOST="localhost")
    moderator.force_login(person("moderatie-alkmaar"))

    def queue_queries():
        with CaptureQueriesContext(connection) as queries:
            response = moderator.get(QUEUE)
        assert response.status_code == 200
        return len(queries), response.content.decode()

    first = add_news(index, "Eerste bericht")
    add_comment(first, author, "Onder het eerste", target="post-1", status="pending")
    add_comment(first, author, "Zonder onderwerp meer", target="post-8", status="pending")
    queue_queries()  # warms the session and permission caches
    few, html = queue_queries()
    assert "Eerste bericht › Fiets te leen 1" in html
    # The item's URL as the page type gives it for the admin's request (here on the national
    # host, where the municipality's pages are reached too).
    assert 'href="/gemeenten/alkmaar/nieuws/eerste-bericht/1/#reactie-' in html
    assert "“post-8”, dat niet meer bestaat" in html

    for number in range(4):
        page = add_news(index, f"Bericht {number}")
        add_comment(page, author, f"Onder bericht {number}", target="post-2", status="pending")
        add_comment(page, author, f"Op pagina {number}", status="pending")
    queue_queries()  # rebuilds the municipality labels cached until pages change
    many, html = queue_queries()
    assert "Bericht 3 › Fiets te leen 2" in html
    assert many == few
