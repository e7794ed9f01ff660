"""The bulletin board: posting on the site with its limits and checks, what each board lists,
expiry and closing, the owner's actions, reports, the feed and the number of queries."""

import io
from datetime import timedelta

import feedparser
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from board import services
from board.models import Post, PostReport
from core.models import SiteSettings
from tests.factories import add_post, board_of, member, moderator, theme

# Renders are counted: every page rendered anew (a page cache hit costs no query).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def html_of(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return response.content.decode()


def form(**fields):
    data = {
        "kind": "vraag",
        "title": "Wie heeft een ladder?",
        "body": "Voor de buurttuin zoeken we een ladder om te lenen.",
        "expires_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "place": "Alkmaar",
    }
    data.update(fields)
    return data


@pytest.fixture
def board():
    """Alkmaar's board (with the national site and its board)."""
    return board_of("alkmaar")


@pytest.fixture
def amira(board, client_for):
    client = client_for("alkmaar.localhost")
    client.force_login(member("lid-amira"))
    return client


def picture(fmt="PNG", size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "white").save(buffer, fmt)
    return buffer.getvalue()


# --- Posting --------------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_login_and_back(board, client_for):
    response = client_for("alkmaar.localhost").get("/prikbord/nieuw/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fprikbord%2Fnieuw%2F"


def test_members_without_a_verified_address_cannot_post(board, client_for):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("nieuw", "nieuw@example.org", "x")
    client = client_for("alkmaar.localhost")
    client.force_login(user)
    html = html_of(client, "/prikbord/nieuw/", status=403)
    assert "Alleen leden met een bevestigd e-mailadres kunnen berichten plaatsen." in html


def test_a_post_waits_for_the_moderator_then_shows_locally_and_nationally(
    amira, client_for, django_capture_on_commit_callbacks
):
    moderator("alkmaar")
    board_of("arnhem")
    with django_capture_on_commit_callbacks(execute=True):
        response = amira.post(
            "/prikbord/nieuw/", form(themes=[theme("groen").pk, theme("zorg").pk])
        )
    assert response.status_code == 302
    post = Post.objects.get(title="Wie heeft een ladder?")
    assert post.status == "pending" and post.board == board_of("alkmaar")
    assert response["Location"] == f"/prikbord/{post.pk}/"
    assert {t.slug for t in post.themes.all()} == {"groen", "zorg"}
    assert post.expires_on == timezone.localdate() + timedelta(days=30)
    # The moderators of Alkmaar are told; the owner sees it, pending; the public does not.
    assert mail.outbox and "Wie heeft een ladder?" in mail.outbox[0].subject
    assert "wacht op goedkeuring" in html_of(amira, f"/prikbord/{post.pk}/")
    public = client_for("alkmaar.localhost")
    assert "Wie heeft een ladder?" not in html_of(public, "/prikbord/")
    html_of(public, f"/prikbord/{post.pk}/", status=404)

    services.moderate(post, moderator("alkmaar"), "approve")
    assert "Wie heeft een ladder?" in html_of(public, "/prikbord/")
    national = html_of(client_for("localhost"), "/prikbord/")
    assert "Wie heeft een ladder?" in national
    assert '<span class="label">Alkmaar</span>' in national
    assert "Wie heeft een ladder?" not in html_of(client_for("arnhem.localhost"), "/prikbord/")


def test_without_premoderation_a_post_is_on_the_board_at_once(amira):
    settings = SiteSettings.objects.get(site__root_page__slug="alkmaar")
    settings.premoderate_comments = False
    settings.save()
    amira.post("/prikbord/nieuw/", form())
    assert Post.objects.get(title="Wie heeft een ladder?").status == "approved"


def test_a_volunteer_task_needs_its_fields(amira):
    response = amira.post("/prikbord/nieuw/", form(kind="klus"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Welke organisatie zoekt er hulp?" in html
    assert "Beschrijf wat er moet gebeuren." in html
    assert "Vul in wanneer: een datum, datums of elke week." in html
    response = amira.post(
        "/prikbord/nieuw/",
        form(
            kind="klus",
            organisation="Buurttuin De Hoef",
            task="Wieden en oogsten",
            weekly="on",
            meeting_point="Hoefplan",
            group_size_min="3",
            group_size_max="5",
            no_dutch_needed="on",
        ),
    )
    assert response.status_code == 302
    post = Post.objects.get(title="Wie heeft een ladder?")
    assert (post.organisation, post.weekly, post.group_size_max) == ("Buurttuin De Hoef", True, 5)
    assert post.no_dutch_needed


def test_task_fields_are_dropped_for_other_kinds(amira):
    amira.post("/prikbord/nieuw/", form(kind="aanbod", organisation="X", group_size_max="4"))
    post = Post.objects.get(title="Wie heeft een ladder?")
    assert (post.organisation, post.group_size_max) == ("", None)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"title": "   "}, "Dit is een verplicht veld."),
        ({"title": "\u202e\u200b"}, "Geef je bericht een titel."),
        ({"body": "\u202e\u200b "}, "Je bericht is leeg. Schrijf eerst iets."),
        ({"body": "a\x00b"}, "Null-tekens zijn niet toegestaan."),
        ({"kind": "spam"}, "Selecteer een geldige keuze."),
        ({"expires_on": "2020-01-01"}, "Deze datum ligt in het verleden."),
        (
            {"expires_on": (timezone.localdate() + timedelta(days=91)).isoformat()},
            "Een bericht blijft hoogstens 90 dagen staan",
        ),
        ({"expires_on": "morgen"}, "Voer een geldige datum in."),
        (
            {"body": "https://a.nl https://b.nl https://c.nl https://d.nl"},
            "Een bericht mag hoogstens 3 links bevatten.",
        ),
        ({"website": "http://spam.example"}, "Je bericht kon niet worden verwerkt."),
        ({"group_size_max": "x", "kind": "klus"}, "Voer een geheel getal in."),
        ({"language": "xx"}, "Kies een taal uit de lijst."),
    ],
)
def test_bad_input_gives_a_clear_message_and_stores_nothing(amira, fields, message):
    response = amira.post("/prikbord/nieuw/", form(**fields))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Post.objects.filter(author=member("lid-amira"), title__contains="ladder").exists()


@pytest.mark.parametrize(
    "upload, message",
    [
        (
            SimpleUploadedFile("kat.gif", picture("GIF"), "image/gif"),
            "Alleen JPEG-, PNG- en WebP-afbeeldingen zijn toegestaan.",
        ),
        (
            SimpleUploadedFile("foto.jpg", b"dit is geen afbeelding", "image/jpeg"),
            "Dit bestand is geen afbeelding. Kies een JPEG-, PNG- of WebP-bestand.",
        ),
        (
            SimpleUploadedFile("groot.png", b"\x89PNG" + b"0" * (5 * 1024 * 1024 + 1), "image/png"),
            "De afbeelding is te groot: het maximum is 5 MB.",
        ),
        (
            SimpleUploadedFile("bom.png", picture("PNG", (6000, 6000), "1"), "image/png"),
            "De afbeelding heeft te veel pixels (6000 × 6000).",
        ),
    ],
)
def test_bad_images_are_refused(amira, upload, message, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    response = amira.post("/prikbord/nieuw/", {**form(image_alt="Een plaatje"), "image": upload})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Post.objects.filter(title="Wie heeft een ladder?").exists()
    assert not list(tmp_path.rglob("*.*"))


def test_an_image_is_stored_as_a_resized_webp_with_its_description(amira, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("ladder.jpg", picture("JPEG", (3000, 2000)), "image/jpeg")
    response = amira.post(
        "/prikbord/nieuw/", {**form(image_alt="Een houten ladder"), "image": upload}
    )
    assert response.status_code == 302
    post = Post.objects.get(title="Wie heeft een ladder?")
    with Image.open(post.image.path) as stored:
        assert stored.format == "WEBP" and max(stored.size) == 1600
    # Without a description the image is refused: it must be described for those who can't see.
    response = amira.post(
        "/prikbord/nieuw/",
        {
            **form(title="Nog een ladder", body="Andere tekst"),
            "image": SimpleUploadedFile("l.png", picture(), "image/png"),
        },
    )
    assert "Beschrijf kort wat er op de afbeelding staat." in response.content.decode()


def test_limits_per_day_and_duplicates(amira):
    for n in range(services.MAX_POSTS_PER_DAY):
        response = amira.post("/prikbord/nieuw/", form(title=f"Bericht {n}", body=f"Tekst {n}"))
        assert response.status_code == 302
    response = amira.post("/prikbord/nieuw/", form(title="Nog één", body="Nog meer"))
    assert response.status_code == 400
    assert "Je kunt hoogstens 5 berichten per dag plaatsen." in response.content.decode()
    # The day after, the same text again is a duplicate of a recent post.
    Post.objects.filter(author=member("lid-amira")).update(
        created_at=timezone.now() - timedelta(days=2)
    )
    response = amira.post("/prikbord/nieuw/", form(title="Bericht 1", body="Iets anders"))
    assert response.status_code == 400
    assert "Je hebt dit bericht onlangs al geplaatst." in response.content.decode()


def test_member_text_is_escaped_and_links_are_nofollow(client_for):
    post = add_post(
        board_of("alkmaar"),
        "<script>alert(1)</script>",
        body="Kijk op https://example.org/tuin <b>vet</b>",
    )
    html = html_of(client_for("alkmaar.localhost"), f"/prikbord/{post.pk}/")
    assert "<script>alert(1)</script>" not in html and "<b>vet</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="https://example.org/tuin" rel="nofollow ugc' in html


# --- Lists ----------------------------------------------------------------------------------------


def test_expired_and_closed_posts_leave_the_list_but_stay_for_their_owner(amira, client_for):
    board = board_of("alkmaar")
    expired = add_post(board, "Verlopen vraag", expires_on=timezone.localdate() - timedelta(days=1))
    closed = add_post(board, "Gesloten vraag", closed_at=timezone.now())
    today = add_post(board, "Laatste dag", expires_on=timezone.localdate())
    public = client_for("alkmaar.localhost")
    listing = html_of(public, "/prikbord/")
    assert "Laatste dag" in listing
    assert "Verlopen vraag" not in listing and "Gesloten vraag" not in listing
    html_of(public, f"/prikbord/{expired.pk}/", status=404)
    assert "Dit bericht is verlopen." in html_of(amira, f"/prikbord/{expired.pk}/")
    assert "Dit bericht is gesloten." in html_of(amira, f"/prikbord/{closed.pk}/")
    mine = html_of(amira, "/prikbord/mijn/")
    assert "Verlopen vraag" in mine and "verlopen" in mine and "gesloten" in mine
    assert today.title in html_of(amira, "/accounts/profiel/")


def test_filters_by_kind_theme_and_municipality(client_for):
    add_post(board_of("alkmaar"), "Aanbod fiets", kind="aanbod").themes.set([theme("sport")])
    add_post(board_of("arnhem"), "Vraag tuin", kind="vraag").themes.set([theme("groen")])
    national = client_for("localhost")
    html = html_of(national, "/prikbord/?soort=aanbod")
    assert "Aanbod fiets" in html and "Vraag tuin" not in html
    html = html_of(national, "/prikbord/?thema=groen")
    assert "Vraag tuin" in html and "Aanbod fiets" not in html
    html = html_of(national, "/prikbord/?gemeente=arnhem")
    assert "Vraag tuin" in html and "Aanbod fiets" not in html
    for bad in ("?soort=%00", "?thema=nope", "?gemeente=atlantis", "?pagina=-1", "?pagina=x"):
        assert "Aanbod fiets" in html_of(national, "/prikbord/" + bad)


def test_rss_feed_of_a_board(client_for):
    add_post(board_of("alkmaar"), "Koks gezocht", kind="oproep").themes.set([theme("zorg")])
    response = client_for("alkmaar.localhost").get("/prikbord/rss/?soort=oproep")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert "Oproep: Koks gezocht" in titles
    assert all(entry.link.startswith("http://alkmaar.localhost") for entry in feed.entries)


# --- The owner ------------------------------------------------------------------------------------


def test_owner_edits_closes_reopens_renews_and_deletes(amira, client_for):
    post = add_post(board_of("alkmaar"), "Mijn vraag", expires_on=timezone.localdate())
    url = f"/prikbord/{post.pk}/"
    response = amira.post(url + "bewerken/", form(title="Mijn nieuwe vraag", body="Nieuw"))
    assert response.status_code == 302
    post.refresh_from_db()
    # Changed on a pre-moderated site: back to the moderators.
    assert (post.title, post.status) == ("Mijn nieuwe vraag", "pending")
    post.status = "approved"
    post.save()
    assert amira.post(url + "sluiten/").status_code == 302
    post.refresh_from_db()
    assert post.is_closed
    amira.post(url + "heropenen/")
    post.refresh_from_db()
    assert not post.is_closed
    Post.objects.filter(pk=post.pk).update(expires_on=timezone.localdate())
    amira.post(url + "verlengen/")
    post.refresh_from_db()
    assert post.expires_on == timezone.localdate() + timedelta(days=30)
    # Deleting asks first.
    assert "Weet je zeker" in amira.post(url + "verwijderen/").content.decode()
    assert amira.post(url + "verwijderen/", {"confirm": "yes"}).status_code == 302
    assert not Post.objects.filter(pk=post.pk).exists()


def test_others_cannot_touch_a_post(client_for):
    post = add_post(board_of("alkmaar"), "Van Amira")
    joost = client_for("alkmaar.localhost")
    joost.force_login(member("lid-joost"))
    for action in ("sluiten/", "verlengen/", "verwijderen/", "bewerken/"):
        assert joost.post(f"/prikbord/{post.pk}/{action}", form()).status_code == 403
    assert joost.get(f"/prikbord/{post.pk}/sluiten/").status_code == 405
    post.refresh_from_db()
    assert post.title == "Van Amira" and not post.is_closed
    anonymous = client_for("alkmaar.localhost").post(f"/prikbord/{post.pk}/sluiten/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_renewing_never_goes_past_90_days():
    post = add_post(board_of("alkmaar"), "Lang", expires_on=timezone.localdate() + timedelta(80))
    services.renew_post(post, post.author)
    assert post.expires_on == timezone.localdate() + timedelta(days=90)


def test_visitors_report_a_post_and_moderators_hear_of_it(
    client_for, django_capture_on_commit_callbacks
):
    post = add_post(board_of("alkmaar"), "Verdacht")
    moderator("alkmaar")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for("alkmaar.localhost").post(
            f"/prikbord/{post.pk}/melden/", {"reason": "Reclame\x00 voor iets"}
        )
    assert response.status_code == 302
    report = PostReport.objects.get(post=post)
    assert report.reason == "Reclame voor iets" and not report.resolved
    assert mail.outbox and "Prikbordbericht gemeld: Verdacht" == mail.outbox[0].subject
    services.moderate(post, moderator("alkmaar"), "hide")
    report.refresh_from_db()
    assert report.resolved


# --- Speed ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["localhost", "alkmaar.localhost"])
def test_the_list_takes_a_fixed_number_of_queries(client_for, host):
    client = client_for(host)

    def count():
        client.get("/prikbord/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/prikbord/").status_code == 200
        return len(queries)

    for n in range(5):
        add_post(board_of("alkmaar"), f"Vraag {n}").themes.set([theme("groen")])
    few = count()
    for n in range(5, 40):
        add_post(board_of("alkmaar"), f"Vraag {n}").themes.set([theme("groen")])
    assert count() == few <= 15


def test_members_comment_under_a_post_not_on_the_board(board, client_for):
    from comments.models import Comment

    settings = SiteSettings.objects.get(site__root_page__slug="alkmaar")
    settings.premoderate_comments = False
    settings.save()
    post = add_post(board, "Wie kookt er mee?")
    joost = client_for("alkmaar.localhost")
    joost.force_login(member("lid-joost"))
    response = joost.post(
        f"/reacties/pagina/{board.pk}/", {"body": "Ik kook mee!", "target": f"post-{post.pk}"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/prikbord/{post.pk}/#reacties"
    comment = Comment.objects.get(body="Ik kook mee!")
    assert comment.target == f"post-{post.pk}" and comment.page_id == board.pk
    assert "Ik kook mee!" in html_of(client_for("alkmaar.localhost"), f"/prikbord/{post.pk}/")
    other = add_post(board, "Andere vraag", body="Iets anders")
    assert "Ik kook mee!" not in html_of(client_for("alkmaar.localhost"), f"/prikbord/{other.pk}/")
    # A closed post leaves the board and takes no more comments.
    post.closed_at = timezone.now()
    post.save()
    response = joost.post(
        f"/reacties/pagina/{board.pk}/", {"body": "Nog eentje", "target": f"post-{post.pk}"}
    )
    assert response.status_code == 404
    assert not Comment.objects.filter(body="Nog eentje").exists()


def test_a_post_page_has_the_board_in_its_breadcrumbs(client_for):
    post = add_post(board_of("alkmaar"), "Kruimelpad")
    html = html_of(client_for("alkmaar.localhost"), f"/prikbord/{post.pk}/")
    crumbs = html[html.index('class="breadcrumbs"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    assert '<a href="/prikbord/">Prikbord</a>' in crumbs
    assert 'aria-current="page">Kruimelpad<' in crumbs
