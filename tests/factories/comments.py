"""Comments, and the commentable pages comment tests use."""

import factory
from django.utils import translation
from factory.django import DjangoModelFactory

from comments.models import Comment
from core.languages import locale_code
from tests.factories.accounts import member
from tests.factories.practices import add_practice, practice_index


class CommentFactory(DjangoModelFactory):
    class Meta:
        model = Comment

    author = factory.LazyFunction(member)
    body = "Mooi voorbeeld!"
    status = Comment.Status.APPROVED


def practice(slug="alkmaar", title="Fietsles voor bewoners"):
    from tests.factories.municipalities import municipality

    return add_practice(practice_index(municipality(slug)), title)


def path_of(page):
    """The page's path on its own site, as its own language has it (a Dutch page's under no
    prefix, whatever language a request just activated)."""
    with translation.override(locale_code(page.locale_id)):
        return page.get_url_parts()[2]


def add_comment(page, author, body="Mooi voorbeeld!", *, status=Comment.Status.APPROVED, **fields):
    return CommentFactory(page=page, author=author, body=body, status=status, **fields)


def post_url(page):
    return f"/reacties/pagina/{page.pk}/"
