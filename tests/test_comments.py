"""Comments on news, blogs and practice examples: what visitors and members see and may do,
and how bad input is refused."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from comments.models import Comment, CommentReport
from core.models import SiteSettings
from tests.factories import (
    add_comment,
    add_news,
    member,
    municipality,
    national_home,
    news_index,
    path_of,
    person,
    post_url,
    practice,
)

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

ALKMAAR = "alkmaar.localhost"
LOGIN_SENTENCE = (
    "Om te reageren dien je eerst in te loggen. Heb je nog geen profiel? Registreer dan eerst "
    "om een nieuw profiel aan te maken."
)


@pytest.fixture
def example():
    return practice()


@pytest.fixture
def author():
    return member("sara", display_name="Sara")


def logged_in(user, host=ALKMAAR):
    client = Client(HTTP_HOST=host)
    client.force_login(user)
    return client


def html_of(client, page):
    response = client.get(path_of(page))
    assert response.status_code == 200
    return response.content.decode()


def set_premoderation(slug, value):
    site = Site.objects.get(root_page__slug=slug, is_default_site=False)
    settings = SiteSettings.for_site(site)
    settings.premoderate_comments = value
    settings.save()


def test_anonymous_visitor_sees_how_to_join_in(client_for, example):
    html = html_of(client_for(ALKMAAR), example)
    assert 'id="reacties"' in html
    assert "Reacties (0)" in html
    assert LOGIN_SENTENCE in html
    next_query = "next=%2Fpraktijkvoorbeelden%2Ffietsles-voor-bewoners%2F"
    assert f'href="/accounts/login/?{next_query}"' in html
    assert f'href="/accounts/signup/?{next_query}"' in html
    assert "<textarea" not in html


def test_anonymous_page_is_not_marked_private(client_for, example):
    response = client_for(ALKMAAR).get(path_of(example))
    assert "private" not in response.get("Cache-Control", "")
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_member_sees_a_labelled_form_and_a_private_page(example, author):
    response = logged_in(author).get(path_of(example))
    html = response.content.decode()
    assert '<label for="reactie-tekst">Je reactie</label>' in html
    assert 'maxlength="5000"' in html
    assert LOGIN_SENTENCE not in html
    assert "private" in response["Cache-Control"]
    assert "no-cache" in response["Cache-Control"]


def test_comment_waits_for_the_moderator_and_is_shown_only_to_its_author(
    client_for, example, author, mailoutbox, django_capture_on_commit_callbacks
):
    person("moderatie-alkmaar")
    person("moderatie-arnhem")
    client = logged_in(author)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            post_url(example), {"body": "Wij doen dit ook in Bergen!"}, follow=True
        )
    assert response.redirect_chain[-1][0] == path_of(example) + "#reacties"
    html = response.content.decode()
    assert "Je reactie wacht op goedkeuring door de moderator." in html
    assert "Wij doen dit ook in Bergen!" in html
    assert "wacht op goedkeuring" in html

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert (comment.page_id, comment.author, comment.parent) == (example.pk, author, None)

    assert "Wij doen dit ook in Bergen!" not in html_of(client_for(ALKMAAR), example)
    assert "Wij doen dit ook in Bergen!" not in html_of(logged_in(member("piet")), example)

    # One email per moderator of Alkmaar (national editors publish everywhere, so they count).
    recipients = [address for mail in mailoutbox for address in mail.to]
    assert "moderatie-alkmaar@example.org" in recipients
    assert "moderatie-arnhem@example.org" not in recipients
    assert all(len(mail.to) == 1 for mail in mailoutbox)
    assert "Fietsles voor bewoners" in mailoutbox[0].subject
    assert "http://localhost/admin/reacties/" in mailoutbox[0].body


def test_without_premoderation_a_comment_appears_at_once(
    client_for, example, author, mailoutbox, django_capture_on_commit_callbacks
):
    person("moderatie-alkmaar")
    set_premoderation("alkmaar", False)
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(author).post(post_url(example), {"body": "Top!"}, follow=True)
    assert "Je reactie is geplaatst." in response.content.decode()
    assert Comment.objects.get().status == Comment.Status.APPROVED
    html = html_of(client_for(ALKMAAR), example)
    assert "Top!" in html and "Sara" in html and "Reacties (1)" in html
    assert mailoutbox == []


def test_the_municipalitys_setting_counts_on_the_national_host(example, author):
    set_premoderation("alkmaar", False)
    client = logged_in(author, host="localhost")
    response = client.post(post_url(example), {"body": "Via de landelijke site"})
    assert (
        response["Location"]
        == "/gemeenten/alkmaar/praktijkvoorbeelden/fietsles-voor-bewoners/#reacties"
    )
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_news_and_blog_pages_take_comments(client_for, author):
    news = add_news(news_index(national_home()), "Landelijk nieuws")
    add_comment(news, author, "Goed nieuws")
    html = client_for("localhost").get("/nieuws/landelijk-nieuws/").content.decode()
    assert "Reacties (1)" in html and "Goed nieuws" in html


def test_replies_go_one_level_deep(client_for, example, author):
    set_premoderation("alkmaar", False)
    top = add_comment(example, member("piet", display_name="Piet"), "Vraag: hoe begin je?")
    client = logged_in(author)
    client.post(post_url(example), {"body": "Begin klein.", "parent": top.pk})
    reply = Comment.objects.get(body="Begin klein.")
    assert reply.parent == top

    client.post(post_url(example), {"body": "En vraag de gemeente.", "parent": reply.pk})
    assert Comment.objects.get(body="En vraag de gemeente.").parent == top

    html = html_of(client_for(ALKMAAR), example)
    assert "Reacties (3)" in html
    replies = html.index("comment-list--replies")
    assert html.index("Vraag: hoe begin je?") < replies < html.index("Begin klein.")
    assert '<h4 class="comment__author"><bdi>Sara</bdi></h4>' in html


def test_reply_to_a_comment_of_another_page_or_unknown_is_refused(example, author):
    other = practice(title="Taalcafé")
    elsewhere = add_comment(other, author, "Elders")
    client = logged_in(author)
    for parent in (elsewhere.pk, 999999):
        response = client.post(post_url(example), {"body": "Antwoord", "parent": parent})
        assert response.status_code == 200
        assert "je kunt er niet op antwoorden" in response.content.decode()
    assert not Comment.objects.filter(body="Antwoord").exists()


def test_author_edits_within_fifteen_minutes_only(example, author):
    set_premoderation("alkmaar", False)
    comment = add_comment(example, author, "Eerste versie")
    client = logged_in(author)
    form = client.get(f"/reacties/{comment.pk}/wijzigen/")
    assert form.status_code == 200
    assert "Eerste versie" in form.content.decode()
    response = client.post(f"/reacties/{comment.pk}/wijzigen/", {"body": "Tweede versie"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Tweede versie" and comment.edited_at is not None
    assert comment.status == Comment.Status.APPROVED

    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    response = client.post(f"/reacties/{comment.pk}/wijzigen/", {"body": "Derde versie"})
    assert response.status_code == 403
    assert "eerste 15 minuten" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Tweede versie"
    assert "Wijzigen" not in html_of(client, example)


def test_an_edit_goes_back_to_the_moderator_on_a_premoderated_site(example, author):
    comment = add_comment(example, author, "Goedgekeurd")
    logged_in(author).post(f"/reacties/{comment.pk}/wijzigen/", {"body": "Nu met reclame"})
    comment.refresh_from_db()
    assert (comment.body, comment.status) == ("Nu met reclame", Comment.Status.PENDING)


def test_author_deletes_own_comment(client_for, example, author):
    comment = add_comment(example, author, "Weg ermee")
    client = logged_in(author)
    assert (
        "Ja, verwijder mijn reactie"
        in client.get(f"/reacties/{comment.pk}/verwijderen/").content.decode()
    )
    response = client.post(f"/reacties/{comment.pk}/verwijderen/", follow=True)
    assert "Je reactie is verwijderd." in response.content.decode()
    assert not Comment.objects.filter(pk=comment.pk).exists()


def test_deleting_a_comment_with_replies_keeps_the_replies(client_for, example, author):
    comment = add_comment(example, author, "Mijn vraag")
    add_comment(example, member("piet", display_name="Piet"), "Mijn antwoord", parent=comment)
    logged_in(author).post(f"/reacties/{comment.pk}/verwijderen/")
    comment.refresh_from_db()
    assert comment.body == "" and comment.author is None and comment.deleted_at is not None
    html = html_of(client_for(ALKMAAR), example)
    assert "Mijn vraag" not in html and "Sara" not in html
    assert "De schrijver heeft deze reactie verwijderd." in html and "Mijn antwoord" in html
    assert "Reacties (1)" in html


def test_nobody_edits_or_deletes_another_members_comment(example, author):
    comment = add_comment(example, author, "Van Sara")
    other = logged_in(member("piet"))
    assert other.get(f"/reacties/{comment.pk}/wijzigen/").status_code == 403
    assert other.post(f"/reacties/{comment.pk}/wijzigen/", {"body": "Van Piet"}).status_code == 403
    assert other.post(f"/reacties/{comment.pk}/verwijderen/").status_code == 403
    anonymous = Client(HTTP_HOST=ALKMAAR)
    response = anonymous.post(f"/reacties/{comment.pk}/verwijderen/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    comment.refresh_from_db()
    assert comment.body == "Van Sara"


def test_anonymous_visitor_reports_a_comment_once(client_for, example, author):
    comment = add_comment(example, author, "Koop nu goedkope horloges")
    client = client_for(ALKMAAR)
    assert 'rel="nofollow">Melden</a>' in html_of(client, example)
    form = client.get(f"/reacties/{comment.pk}/melden/")
    assert "Waarom meld je deze reactie?" in form.content.decode()
    response = client.post(f"/reacties/{comment.pk}/melden/", {"reason": "Reclame\u202e"})
    assert response.status_code == 302
    client.post(f"/reacties/{comment.pk}/melden/", {"reason": "Nog een keer"})
    report = CommentReport.objects.get()
    assert (report.comment, report.reporter, report.reason) == (comment, None, "Reclame")


def test_only_visible_comments_can_be_reported(client_for, example, author):
    pending = add_comment(example, author, "Wacht", status=Comment.Status.PENDING)
    assert client_for(ALKMAAR).post(f"/reacties/{pending.pk}/melden/").status_code == 404
    assert not CommentReport.objects.exists()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        (
            "Zie https://example.org/a?b=1&c=2.",
            'Zie <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc">'
            "https://example.org/a?b=1&amp;c=2</a>.",
        ),
        ('"><img src=x onerror=alert(1)>', "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("javascript:alert(1) www.example.org", "javascript:alert(1) www.example.org"),
        ("regel 1\nregel 2", "regel 1<br>\nregel 2"),
    ],
)
def test_comment_text_is_escaped_and_links_are_nofollow(client_for, example, author, text, shown):
    set_premoderation("alkmaar", False)
    logged_in(author).post(post_url(example), {"body": text})
    html = html_of(client_for(ALKMAAR), example)
    assert shown in html
    assert "<script>alert(1)" not in html and "<b>x</b>" not in html


def test_control_and_format_characters_are_removed(example, author):
    text = "a\u202eb\u200bc\x00d\u2066e\ufefff\tg\r\n\n\n\n\nh \u0645\u06cc\u200c\u0634\u0648\u062f"
    logged_in(author).post(post_url(example), {"body": text})
    assert Comment.objects.get().body == "abcdef g\n\nh \u0645\u06cc\u200c\u0634\u0648\u062f"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n\t\u200b ", "Je reactie is leeg. Schrijf eerst iets."),
        ("", "Je reactie is leeg. Schrijf eerst iets."),
        ("x" * 5001, "Je reactie is 5001 tekens lang; het maximum is 5000 tekens."),
    ],
)
def test_empty_and_overlong_comments_are_refused(example, author, text, message):
    response = logged_in(author).post(post_url(example), {"body": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert not Comment.objects.exists()


def test_five_thousand_characters_are_fine(example, author):
    logged_in(author).post(post_url(example), {"body": "x" * 5000})
    assert len(Comment.objects.get().body) == 5000


def test_posting_to_an_unpublished_private_or_unknown_page_is_404(example, author):
    client = logged_in(author)
    example.unpublish()
    assert client.post(post_url(example), {"body": "Hallo"}).status_code == 404
    assert client.post("/reacties/pagina/999999/", {"body": "Hallo"}).status_code == 404
    home = municipality("alkmaar")
    assert client.post(post_url(home), {"body": "Hallo"}).status_code == 404
    private = practice(title="Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert client.post(post_url(private), {"body": "Hallo"}).status_code == 404
    assert not Comment.objects.exists()


def test_comments_closed_on_one_page(client_for, example, author):
    add_comment(example, author, "Van voor de sluiting")
    example.comments_open = False
    example.save_revision().publish()
    client = logged_in(author)
    response = client.post(post_url(example), {"body": "Toch nog"})
    assert response.status_code == 403
    assert "Reageren op deze pagina is gesloten." in response.content.decode()
    assert not Comment.objects.filter(body="Toch nog").exists()
    html = html_of(client, example)
    assert "Van voor de sluiting" in html
    assert "Reageren op deze pagina is gesloten." in html
    assert 'id="reactie-tekst"' not in html


def test_forged_csrf_is_refused(example, author):
    client = Client(HTTP_HOST=ALKMAAR, enforce_csrf_checks=True)
    client.force_login(author)
    response = client.post(post_url(example), {"body": "Zonder token"})
    assert response.status_code == 403
    response = client.post(
        post_url(example), {"body": "Vals token", "csrfmiddlewaretoken": "x" * 64}
    )
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_csrf_token_from_the_page_works(example, author):
    client = Client(HTTP_HOST=ALKMAAR, enforce_csrf_checks=True)
    client.force_login(author)
    client.get(path_of(example))
    token = client.cookies["csrftoken"].value
    response = client.post(post_url(example), {"body": "Met token", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Comment.objects.get().body == "Met token"


def test_replaying_the_form_after_logout_needs_a_login(example, author):
    client = Client(HTTP_HOST=ALKMAAR, enforce_csrf_checks=True)
    client.force_login(author)
    client.get(path_of(example))
    token = client.cookies["csrftoken"].value
    client.post("/accounts/logout/", {"csrfmiddlewaretoken": token})
    response = client.post(
        post_url(example), {"body": "Na het uitloggen", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert response["Location"] == (
        "/accounts/login/?next=%2Fpraktijkvoorbeelden%2Ffietsles-voor-bewoners%2F"
    )
    assert not Comment.objects.exists()


def test_unverified_member_cannot_post(example):
    user = member("nieuw", verified=False)
    client = logged_in(user)
    response = client.post(post_url(example), {"body": "Hallo"})
    assert response.status_code == 403
    assert "bevestigd e-mailadres" in response.content.decode()
    assert not Comment.objects.exists()
    html = html_of(client, example)
    assert "Bevestig eerst je e-mailadres" in html and 'id="reactie-tekst"' not in html


def test_get_on_the_post_address_is_not_allowed(example, author):
    assert logged_in(author).get(post_url(example)).status_code == 405


def test_a_deleted_account_leaves_its_comments_as_deleted_member(client_for, example, author):
    add_comment(example, author, "Blijft staan")
    author.delete()
    html = html_of(client_for(ALKMAAR), example)
    assert "Blijft staan" in html
    assert "verwijderd lid" in html
    assert "Sara" not in html


def test_members_data_export_lists_their_comments(example, author):
    add_comment(example, author, "In mijn export")
    response = logged_in(author).get("/accounts/mijn-gegevens/")
    assert "In mijn export" in response.content.decode()


def test_the_same_form_sent_twice_stores_one_comment(example, author):
    client = logged_in(author)
    client.post(post_url(example), {"body": "Dubbel"})
    client.post(post_url(example), {"body": "Dubbel"})
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("as_member", [False, True])
def test_query_count_does_not_grow_with_the_comments(example, author, as_member):
    client = logged_in(author) if as_member else Client(HTTP_HOST=ALKMAAR)

    def count():
        client.get(path_of(example))  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path_of(example))
        assert response.status_code == 200
        return len(queries), response.content.decode()

    writers = [member(f"lid{n}") for n in range(3)]
    for n in range(5):
        top = add_comment(example, writers[n % 3], f"Reactie {n}")
    few, html = count()
    assert "Reacties (5)" in html

    for n in range(25):
        add_comment(example, writers[n % 3], f"Antwoord {n}", parent=top if n % 2 else None)
    many, html = count()
    assert "Reacties (30)" in html
    assert few == many, (few, many)
