"""Builders for bulletin board test content on top of the seeded demo tree."""

from django.contrib.auth import get_user_model

from board.models import BulletinBoardPage, Post
from board.services import default_expiry
from tests.factories import municipality, national_home


def board_of(slug=None):
    home = national_home() if slug is None else municipality(slug)
    return BulletinBoardPage.objects.child_of(home).get()


def member(username="lid-amira"):
    return get_user_model().objects.get(username=username)


def add_post(board, title="Fietsen gezocht", *, author=None, status="approved", **fields):
    fields.setdefault("kind", "vraag")
    fields.setdefault("body", f"Tekst van {title}.")
    fields.setdefault("expires_on", default_expiry())
    return Post.objects.create(
        board=board, author=author or member(), title=title, status=status, **fields
    )
