"""What happens to bulletin board posts: posting (with the limits), editing, closing, renewing,
deleting, reporting and moderating. Views translate requests into these calls.

Who moderates a post follows who may publish its board page, as for comments: that
municipality's moderators, the national editors, superusers. The site's "reacties eerst
goedkeuren" setting applies to posts too.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from comments import services as comments_services
from comments.display import URL
from comments.services import (
    OUTCOMES,
    check_blockable,
    clean_moderation_reason,
    clean_reason,
    moderators_of,
    notify_author,
    premoderates,
    send_to_each,
)
from core.text import clean_member_text
from members.services import block_member, display_name, is_verified_member

from .models import DEFAULT_LIFETIME, MAX_LIFETIME, Post, PostReport

logger = logging.getLogger(__name__)

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
    return posts.filter(board=board)


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
    post = Post.objects.filter(pk=int(target[5:]), board=board).first()
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
    post = Post(board=board, author=author, **fields)
    post.status = Post.Status.PENDING if premoderates(board) else Post.Status.APPROVED
    post.save()
    post.themes.set(themes)
    if post.status == Post.Status.PENDING:
        transaction.on_commit(lambda: notify_moderators(post))
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
        transaction.on_commit(lambda: notify_moderators(post))
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


def report_post(post, reporter, reason):
    """Anyone may report an open post; the first open report tells its moderators."""
    first = not post.reports.filter(resolved=False).exists()
    report = PostReport.objects.create(
        post=post,
        reporter=reporter if reporter is not None and reporter.is_authenticated else None,
        reason=clean_reason(reason),
    )
    if first:
        transaction.on_commit(lambda: notify_moderators(post, report=report))
    return report


# --- Moderators -----------------------------------------------------------------------------------


def may_moderate_any(user):
    """Whoever may publish some page moderates the posts of the boards under it (as for
    comments)."""
    return comments_services.may_moderate_any(user)


def moderated_posts(user):
    """The posts `user` may moderate: those on boards they may publish."""
    pages = comments_services.permission_policy.instances_user_has_permission_for(user, "publish")
    return Post.objects.filter(board__in=pages.values("pk"))


def can_moderate(user, post):
    """Whoever may publish a post's board page may moderate the post."""
    return (
        user is not None
        and user.is_authenticated
        and post.board.permissions_for_user(user).can_publish()
    )


ACTIONS = {
    "approve": Post.Status.APPROVED,
    "reject": Post.Status.REJECTED,
    "hide": Post.Status.HIDDEN,
    "restore": Post.Status.APPROVED,
}


@transaction.atomic
def moderate(post, moderator, action, reason=""):
    """Set a post's status; any decision settles its open reports. Its author gets a mail when
    it is approved (if it was not public yet) or rejected, with the moderator's reason."""
    if not can_moderate(moderator, post):
        raise PermissionDenied
    was_approved = post.status == Post.Status.APPROVED
    post.status = ACTIONS[action]
    post.moderated_by = moderator
    post.moderated_at = timezone.now()
    post.moderation_reason = clean_moderation_reason(reason)
    post.save(
        update_fields=[
            "status",
            "moderated_by",
            "moderated_at",
            "moderation_reason",
            "updated_at",
        ]
    )
    post.reports.filter(resolved=False).update(resolved=True)
    if action in OUTCOMES and not (was_approved and action == "approve"):
        transaction.on_commit(lambda: notify_post_author(post, OUTCOMES[action]))
    return post


@transaction.atomic
def block_author(post, moderator):
    """Block the post's author at once (as from the comments queue) and hide what of theirs
    still waits on the board. Editors and moderators are not blocked from here."""
    if not can_moderate(moderator, post):
        raise PermissionDenied
    author = post.author
    try:
        check_blockable(author, moderator)
    except comments_services.CommentError as error:
        raise PostError(str(error)) from None
    block_member(author)
    Post.objects.filter(author=author, status=Post.Status.PENDING).update(
        status=Post.Status.HIDDEN, moderated_by=moderator, moderated_at=timezone.now()
    )
    return author


def notify_post_author(post, outcome):
    board = post.board
    notify_author(
        post.author,
        item="post",
        outcome=outcome,
        title=post.title,
        text=post.body,
        reason=post.moderation_reason,
        url=f"{board.get_full_url()}{post.pk}/",
        site=board,
    )


def notify_moderators(post, report=None):
    """One email per moderator of the post's board, in Dutch, with a link to the queue; mail
    failures are logged, the post is kept."""
    recipients = list(moderators_of(post.board).values_list("email", flat=True))
    if not recipients:
        return
    queue = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("board_admin:queue")
    with translation.override(settings.LANGUAGE_CODE):
        if report is None:
            subject = _("Nieuw prikbordbericht wacht op goedkeuring: %(title)s")
            intro = _("Er wacht een bericht op goedkeuring op “%(board)s”.")
        else:
            subject = _("Prikbordbericht gemeld: %(title)s")
            intro = _("Een bezoeker heeft een bericht op “%(board)s” gemeld.")
            queue += "?status=reported"
        names = {"title": post.title, "board": post.board.get_site().site_name or post.board.title}
        lines = [
            intro % names,
            "",
            _("Van: %(name)s") % {"name": display_name(post.author)},
            "",
            post.title,
            post.body[:1000],
            "",
        ]
        if report is not None and report.reason:
            lines += [_("Reden: %(reason)s") % {"reason": report.reason}, ""]
        lines.append(_("Beoordeel berichten in de beheeromgeving: %(url)s") % {"url": queue})
    send_to_each(recipients, subject % names, "\n".join(lines), f"post {post.pk}")
