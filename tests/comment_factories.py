"""Builders for comment tests: members, commentable pages and comments on the demo tree."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from comments.models import Comment
from members.models import Profile
from tests.factories import add_practice, municipality, practice_index

PASSWORD = "x-Wachtwoord-1"


def member(username, *, verified=True, display_name=None):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@reacties.test", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    Profile.objects.create(user=user, display_name=display_name or username.title())
    return user


def staff_login(username, email=None):
    """A seeded demo login (moderatie-alkmaar, landelijke-redactie, ...), sure to have the email
    address moderation notices go to."""
    user = get_user_model().objects.get(username=username)
    user.email = email or f"{username}@example.org"
    user.save(update_fields=["email"])
    return user


def practice(slug="alkmaar", title="Fietsles voor bewoners"):
    return add_practice(practice_index(municipality(slug)), title)


def path_of(page):
    """The page's path on its own site."""
    return page.get_url_parts()[2]


def add_comment(page, author, body="Mooi voorbeeld!", *, status=Comment.Status.APPROVED, **fields):
    return Comment.objects.create(page=page, author=author, body=body, status=status, **fields)


def post_url(page):
    return f"/reacties/pagina/{page.pk}/"
