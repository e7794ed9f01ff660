"""The bulletin board and its posts."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from board.models import BulletinBoardPage, Post
from board.services import default_expiry
from tests.factories.accounts import member


class BulletinBoardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BulletinBoardPage
        django_get_or_create = ("parent",)

    title = "Prikbord"
    slug = "prikbord"
    show_in_menus = True


class PostFactory(DjangoModelFactory):
    class Meta:
        model = Post

    title = factory.Sequence(lambda n: f"Oproep {n}")
    kind = "vraag"
    body = factory.LazyAttribute(lambda o: f"Tekst van {o.title}.")
    expires_on = factory.LazyFunction(default_expiry)
    status = Post.Status.APPROVED
    author = factory.LazyFunction(member)


def board_of(slug=None):
    """The board of a municipality (by slug) or, without one, the national board."""
    from tests.factories.home import national_home
    from tests.factories.municipalities import municipality

    home = national_home() if slug is None else municipality(slug)
    return BulletinBoardPageFactory(parent=home)


def add_post(board, title="Fietsen gezocht", *, author=None, status="approved", **fields):
    themes = fields.pop("themes", None)
    post = PostFactory(board=board, title=title, author=author or member(), status=status, **fields)
    if themes is not None:
        post.themes.set(themes)
    return post
