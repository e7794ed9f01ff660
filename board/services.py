"""What happens to bulletin board posts: posting (with the limits), editing, closing, renewing,
deleting, reporting and moderating. Views translate requests into these calls.

Who moderates a post follows who may publish its board page, as for comments: that
municipality's moderators, the national editors, superusers. The site's "reacties eerst
goedkeuren" setting applies to posts too.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.display import URL
from core.language_tree import source_page
from core.moderation import services as moderation
from core.moderation.services import can_moderate, premoderates
from core.text import clean_member_text
from members.services import is_verified_member

from .posts import DEFAULT_LIFETIME, MAX_LIFETIME, Post

# Reporting and moderating are the kernel's (core.moderation): anyone may report an open post,
# whoever may publish its board moderates it.
report_post = moderation.file_report
moderate = moderation.moderate

MAX_POSTS_PER_DAY = 5
MAX_LINKS = 3
MAX_BODY = 5000
DUPLICATE_WINDOW = timedelta(days=14)


class PostError(Exception):
    """A request we refuse, with a message for the member (already translated)."""


def can_post(user):
    return is_verified_member(user)


def clean_text(value, max_length=MAX_BODY):
    """Plain text as stored (core.text.clean_member_text); longer than `max_length` is
    refused with a message."""
    text = clean_member_text(value)
    if len(text) > max_length:
        raise ValidationError(
            _("De tekst is %(length)s tekens lang; het maximum is %(max)s tekens.")
            % {"length": len(text), "max": max_length}
        )
    return text


def count_links(*texts):
    return sum(len(URL.findall(text or "")) for text in texts)


def check_links(*texts):
    if count_links(*texts) > MAX_LINKS:
        raise ValidationError(
            _("Een bericht mag hoogstens %(max)s links bevatten.") % {"max": MAX_LINKS}
        )


def default_expiry(today=None):
    return (today or timezone.localdate()) + DEFAULT_LIFETIME


def latest_expiry(today=None):
    return (today or timezone.localdate()) + MAX_LIFETIME


def visible_posts():
    """Posts the public sees: approved, not closed, not expired (by query, no job needed)."""
    today = timezone.localdate()
    return Post.objects.filter(
        status=Post.Status.APPROVED, closed_at__isnull=True, expires_on__gte=today
    )


def posts_for_board(board, scope):
    """The open posts a board lists: its own; on the national board every site's."""
    posts = visible_posts()
    if scope.is_national:
        return posts.filter(board__path__startswith=scope.national_home.path)
    return posts.filter(board=source_page(board))


def can_see(post, user):
    """Open posts are public; the author and the moderators also see the rest."""
    if post.is_open:
        return True
    if user is None or not user.is_authenticated:
        return False
    return post.author_id == user.pk or can_moderate(user, post)


def post_for_target(board, target, user):
    """The post behind a comment target ("post-12") on this board, if `user` may see it."""
    if not target.startswith("post-") or not target[5:].isdigit():
        return None
    post = Post.objects.filter(pk=int(target[5:]), board=source_page(board)).first()
    if post is None or not can_see(post, user):
        return None
    return post


# --- Members --------------------------------------------------------------------------------------


def check_limits(author, title, body, now=None):
    """The abuse limits, each with its own message: posts per day and duplicates."""
    now = now or timezone.now()
    recent = Post.objects.filter(author=author, created_at__gte=now - timedelta(days=1))
    if recent.count() >= MAX_POSTS_PER_DAY:
        raise PostError(
            _("Je kunt hoogstens %(max)s berichten per dag plaatsen. Probeer het morgen weer.")
            % {"max": MAX_POSTS_PER_DAY}
        )
    duplicate = Post.objects.filter(
        Q(title__iexact=title) | Q(body=body),
        author=author,
        created_at__gte=now - DUPLICATE_WINDOW,
    )
    if duplicate.exists():
        raise PostError(
            _(
                "Je hebt dit bericht onlangs al geplaatst. Pas je eerdere bericht aan of "
                "verleng het."
            )
        )


@transaction.atomic
def create_post(board, author, fields, themes=(), now=None):
    """A new post on `board`; pending when the site pre-moderates (its moderators get an
    email), else on the board at once."""
    if not can_post(author):
        raise PermissionDenied
    check_limits(author, fields["title"], fields["body"], now)
    post = Post(board=source_page(board), author=author, **fields)
    post.status = Post.Status.PENDING if premoderates(board) else Post.Status.APPROVED
    post.save()
    post.themes.set(themes)
    if post.status == Post.Status.PENDING:
        transaction.on_commit(lambda: moderation.notify_moderators(post))
    return post


def can_edit(post, user):
    return user.is_authenticated and post.author_id == user.pk


@transaction.atomic
def update_post(post, user, fields, themes=None):
    """The author changes their post; on a pre-moderated site it goes back to the moderators."""
    if not can_edit(post, user) or not can_post(user):
        raise PermissionDenied
    for name, value in fields.items():
        setattr(post, name, value)
    if post.status == Post.Status.APPROVED and premoderates(post.board):
        post.status = Post.Status.PENDING
        transaction.on_commit(lambda: moderation.notify_moderators(post))
    post.save()
    if themes is not None:
        post.themes.set(themes)
    return post


def close_post(post, user, now=None):
    if not can_edit(post, user):
        raise PermissionDenied
    post.closed_at = now or timezone.now()
    post.save(update_fields=["closed_at", "updated_at"])
    return post


def reopen_post(post, user):
    if not can_edit(post, user):
        raise PermissionDenied
    post.closed_at = None
    post.save(update_fields=["closed_at", "updated_at"])
    return post


def renew_post(post, user, today=None):
    """Another 30 days from today (never more than 90 ahead); a closed post stays closed."""
    if not can_edit(post, user):
        raise PermissionDenied
    today = today or timezone.localdate()
    post.expires_on = min(max(post.expires_on, today) + DEFAULT_LIFETIME, latest_expiry(today))
    post.save(update_fields=["expires_on", "updated_at"])
    return post


def delete_post(post, user):
    if not can_edit(post, user):
        raise PermissionDenied
    if post.image:
        post.image.delete(save=False)
    post.delete()
