"""Member text (comments, bulletin board posts) is shown in the language it was written in:
the member says which (the page's language is chosen for them), and the element showing it
carries lang, and dir where its direction differs from the page's. Nothing is translated."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from board.models import Post
from comments.models import Comment
from core.models import SiteSettings
from members.export import export_member_data
from tests.factories import add_comment, add_post, board_of, member, path_of, post_url, practice

pytestmark = pytest.mark.django_db

ALKMAAR = "alkmaar.localhost"


def logged_in(client_for, user):
    client = client_for(ALKMAAR)
    client.force_login(user)
    return client


def test_an_arabic_comment_on_a_dutch_page_runs_right_to_left(client_for):
    page = practice()
    yara = member("lid-yara", display_name="Yara")
    older = add_comment(page, member("lid-piet"), "Een oude reactie zonder taal.")
    client = logged_in(client_for, yara)

    body = "<script>alert(1)</script> مرحبا بالجميع"
    response = client.post(post_url(page), {"body": body, "language": "ar"})
    assert response.status_code == 302
    assert Comment.objects.get(author=yara).language == "ar"

    html = client.get(path_of(page)).content.decode()
    assert (
        '<p class="comment__body" lang="ar" dir="rtl">'
        "&lt;script&gt;alert(1)&lt;/script&gt; مرحبا بالجميع</p>"
    ) in html
    assert "<script>alert(1)" not in html
    # Without a language: no lang, the browser finds the direction itself.
    assert '<p class="comment__body" dir="auto">Een oude reactie zonder taal.</p>' in html
    # The forms offer the languages, the page's own chosen.
    assert '<option value="nl" selected lang="nl">Nederlands</option>' in html
    assert f'<select id="antwoord-taal-{older.pk}" name="language">' in html  # a reply's
    assert "Taal van je tekst" in html

    [exported] = export_member_data(yara)["comments"]
    assert exported["language"] == "ar"


def test_a_bad_language_is_refused_with_a_message_and_nothing_is_saved(client_for):
    page = practice()
    client = logged_in(client_for, member("lid-yara"))
    response = client.post(post_url(page), {"body": "Hallo allemaal", "language": "xx"})
    assert response.status_code == 200
    assert "Kies een taal uit de lijst." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_post_is_in_the_language_of_the_page_unless_the_member_says_otherwise(client_for):
    older = add_post(board_of("alkmaar"), "Een oud bericht zonder taal")
    settings = SiteSettings.objects.get(site__root_page__slug="alkmaar")
    settings.premoderate_comments = False  # the new post is on the board at once
    settings.save()
    client = logged_in(client_for, member("lid-amira"))

    html = client.get("/en/prikbord/nieuw/").content.decode()
    assert '<option value="en" selected lang="en">English</option>' in html
    fields = {
        "kind": "vraag",
        "title": "Who has a ladder?",
        "body": "For the community garden.",
        "expires_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "language": "en",
    }
    assert client.post("/en/prikbord/nieuw/", fields).status_code == 302
    post = Post.objects.get(title="Who has a ladder?")
    assert post.language == "en"

    # On the Arabic board the English post runs left to right; the older post has no lang.
    html = client.get("/ar/prikbord/").content.decode()
    assert re.search(r'<h2 class="card__title" lang="en" dir="ltr"><a [^>]+>Who has a ladder', html)
    assert re.search(r'<h2 class="card__title"><a [^>]+>Een oud bericht zonder taal', html)
    html = client.get(f"/ar/prikbord/{post.pk}/").content.decode()
    assert '<h1 lang="en" dir="ltr">Who has a ladder?</h1>' in html
    assert '<div class="post__body rich-text" lang="en" dir="ltr">' in html
    assert older.language == ""
