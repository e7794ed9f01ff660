"""`manage.py backup` and `manage.py restore` (core/backups.py): a site built with the
factories is backed up with the real pg_dump, the database and the media folder are wiped,
and the real pg_restore brings back every page, post, comment, sign-up and member, their text,
the image files byte for byte and the renditions the pages show.

pg_dump sees only committed data: the test is transactional (its data committed, the
database flushed after it)."""

import re
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import RequestFactory
from django.views.static import serve
from wagtail.models import Page

from board.posts import Post
from comments.models import Comment
from core.models import CustomImage, CustomRendition
from events import signups
from events.places import SignUp
from tests import factories
from tests.tcp_proxy import require

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(settings, tmp_path):
    require(
        connection.vendor == "postgresql"
        and shutil.which("pg_dump")
        and shutil.which("pg_restore"),
        "backups need PostgreSQL (DATABASE_URL=postgres://...) and its client (pg_dump)",
    )
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def build_site():
    home = factories.municipality("alkmaar")
    photo = factories.image("Moestuin bij het AZC")
    news = factories.add_news(
        factories.news_index(home),
        "Moestuin bij het AZC geopend",
        listing_image=photo,
        intro="Bewoners en buren oogsten samen.",
    )
    amira = factories.member("lid-amira")
    yonas = factories.member("lid-yonas")
    factories.add_post(
        factories.board_of("alkmaar"),
        "Fietsen gezocht",
        author=amira,
        body="Wie heeft er een fiets over voor de fietsles?",
    )
    factories.add_comment(factories.practice("alkmaar"), yonas, "Wat een goed idee!")
    event = factories.add_wandelclub(factories.calendar_of(home))
    signups.sign_up(event, event.upcoming(1)[0], first_name="Noor", people=2, email="n@x.nl")
    return news, photo


def snapshot():
    return {
        "pages": Page.objects.count(),
        "posts": Post.objects.count(),
        "comments": Comment.objects.count(),
        "signups": SignUp.objects.count(),
        "members": get_user_model().objects.count(),
        "images": CustomImage.objects.count(),
        "renditions": CustomRendition.objects.count(),
        "titles": sorted(Page.objects.values_list("title", flat=True)),
        "post": list(Post.objects.values_list("title", "body", "author__username")),
        "comment": list(Comment.objects.values_list("body", "author__username")),
        "signup": list(SignUp.objects.values_list("first_name", "people", "email")),
        "emails": sorted(get_user_model().objects.values_list("email", flat=True)),
    }


def media_url_path(url):
    return url.removeprefix("/media/")


def test_backup_wipe_restore_brings_back_pages_members_and_images(client_for, media, tmp_path):
    news, photo = build_site()
    page = client_for("alkmaar.localhost").get("/nieuws/" + news.slug + "/")
    assert page.status_code == 200
    renditions = re.findall(r"/media/images/[^\s\"]+\.webp", page.content.decode())
    assert renditions
    before = snapshot()
    assert before["posts"] == before["comments"] == before["signups"] == 1
    original = (media / photo.file.name).read_bytes()
    rendition_bytes = {url: (media / media_url_path(url)).read_bytes() for url in renditions}

    call_command("backup", output_dir=str(tmp_path / "backups"))
    (archive,) = (tmp_path / "backups").iterdir()
    assert re.fullmatch(r"aandeslag-\d{8}-\d{6}\.tar\.gz", archive.name)

    # The disaster: an empty database (no tables at all) and an empty media folder.
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    shutil.rmtree(media)
    media.mkdir()

    call_command("restore", str(archive), interactive=False)

    assert snapshot() == before
    restored_news = Page.objects.get(pk=news.pk).specific
    assert restored_news.intro == "Bewoners en buren oogsten samen."
    assert (media / restored_news.listing_image.file.name).read_bytes() == original
    # The page shows the same renditions, served from the restored files (none made anew).
    page = client_for("alkmaar.localhost").get("/nieuws/" + news.slug + "/")
    assert page.status_code == 200
    assert re.findall(r"/media/images/[^\s\"]+\.webp", page.content.decode()) == renditions
    assert CustomRendition.objects.count() == before["renditions"]
    for url, content in rendition_bytes.items():
        served = serve(RequestFactory().get(url), media_url_path(url), document_root=media)
        assert b"".join(served.streaming_content) == content


def test_restore_refuses_what_is_not_a_backup(media, tmp_path):
    stranger = tmp_path / "aandeslag-20260101-000000.tar.gz"
    stranger.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("restore", str(stranger), interactive=False)
    with pytest.raises(CommandError, match="not found"):
        call_command("restore", str(tmp_path / "missing.tar.gz"), interactive=False)


def test_backup_keeps_the_newest_archives(media, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in ("20260101", "20260102", "20260103"):
        (folder / f"aandeslag-{day}-020000.tar.gz").write_bytes(b"old")
    call_command("backup", output_dir=str(folder), keep=2)
    kept = sorted(path.name for path in folder.iterdir())
    assert len(kept) == 2
    assert kept[0] == "aandeslag-20260103-020000.tar.gz"
