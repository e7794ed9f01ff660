"""What happens to comments, step by step: posting, editing, deleting and reporting. Views
only translate requests into these calls and their errors into responses. Moderating and
blocking are the moderation kernel's (core.moderation): whoever may publish a comment's page
moderates it."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.language_tree import source_page
from core.moderation import services as moderation
from core.moderation.services import premoderates
from core.text import clean_member_text, is_blank
from members.services import is_verified_member

from .models import (
    TARGET_KEY,
    TARGET_MAX_LENGTH,
    Comment,
    CommentsMixin,
)

MAX_LENGTH = 5000
EDIT_WINDOW = timedelta(minutes=15)


class CommentError(Exception):
    """A request we refuse, with a message for the member (already translated)."""


# --- Text -----------------------------------------------------------------------------------------


def clean_body(value):
    """The text as stored (core.text.clean_member_text). Raises ValidationError with a
    message for the member when nothing is left or the text is too long."""
    text = clean_member_text(value)
    if is_blank(text):
        raise ValidationError(_("Je reactie is leeg. Schrijf eerst iets."), code="empty")
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            _("Je reactie is %(length)s tekens lang; het maximum is %(max)s tekens.")
            % {"length": len(text), "max": MAX_LENGTH},
            code="too_long",
        )
    return text


# --- Pages ----------------------------------------------------------------------------------------


def commentable_page(page_id):
    """The specific page if it takes comments and the public can see it (its Dutch source for
    a translation), else None."""
    page = Page.objects.filter(pk=page_id).live().first()
    if page is None:
        return None
    page = page.specific
    if not isinstance(page, CommentsMixin) or page.get_view_restrictions().exists():
        return None
    if page.get_url_parts() is None:
        return None
    # The comments of a translation are those of its Dutch source: every language shows them.
    return source_page(page)


def can_comment(user):
    return is_verified_member(user)


def is_target_key(value):
    """Whether `value` can be a target key at all: at most TARGET_MAX_LENGTH lower-case
    letters, digits and hyphens ("" is the page itself)."""
    return (
        isinstance(value, str)
        and len(value) <= TARGET_MAX_LENGTH
        and TARGET_KEY.fullmatch(value) is not None
    )


def comment_target(page, target, user, request=None):
    """The page's CommentTarget for key `target` as `user` sees it, or None."""
    if not is_target_key(target):
        return None
    return page.comment_target(target, user, request=request)


# --- Members --------------------------------------------------------------------------------------


def unknown_target_message():
    return _("Dit onderwerp bestaat niet (meer); je kunt er niet op reageren.")


def post_comment(page, author, body, parent=None, target="", language=""):
    """A new comment (or reply) on a commentable page, under `target` ("" is the page itself),
    in `language` (a code of settings.LANGUAGES, "" when the member did not say); pending when
    the site pre-moderates, in which case the page's moderators get an email."""
    if not can_comment(author):
        raise PermissionDenied
    resolved = comment_target(page, target, author)
    if resolved is None:
        raise CommentError(unknown_target_message())
    if not resolved.open:
        raise CommentError(resolved.closed_message())
    if parent is not None:
        parent = _reply_target(page, target, author, parent)
    text = clean_body(body)
    repeat = _earlier_copy(page, target, author, parent, text)
    if repeat is not None:
        return repeat
    comment = Comment.objects.create(
        page=page,
        target=target,
        author=author,
        parent=parent,
        body=text,
        language=language,
        status=Comment.Status.PENDING if premoderates(page) else Comment.Status.APPROVED,
    )
    if comment.status == Comment.Status.PENDING:
        transaction.on_commit(lambda: moderation.notify_moderators(comment))
    return comment


def _reply_target(page, target, author, parent):
    """Replies go one level deep: a reply to a reply hangs under its top-level comment. One can
    only reply to what one can see in that thread."""
    if parent.parent_id is not None:
        parent = parent.parent
    visible = parent.status == Comment.Status.APPROVED or (
        parent.status == Comment.Status.PENDING and parent.author_id == author.pk
    )
    elsewhere = parent.page_id != page.pk or parent.target != target
    if elsewhere or not visible or parent.is_deleted:
        raise CommentError(_("Deze reactie bestaat niet (meer); je kunt er niet op antwoorden."))
    return parent


def _earlier_copy(page, target, author, parent, text):
    """A form sent twice (a double click, a reload) stores one comment: the first."""
    recently = timezone.now() - timedelta(minutes=1)
    return Comment.objects.filter(
        page=page,
        target=target,
        author=author,
        parent=parent,
        body=text,
        created_at__gte=recently,
    ).first()


def can_edit(comment, user):
    return (
        user.is_authenticated
        and comment.author_id == user.pk
        and not comment.is_deleted
        and comment.status in (Comment.Status.PENDING, Comment.Status.APPROVED)
        and timezone.now() - comment.created_at <= EDIT_WINDOW
    )


def can_delete(comment, user):
    return user.is_authenticated and comment.author_id == user.pk and not comment.is_deleted


def edit_comment(comment, user, body, language=None):
    """The author changes their comment (and its `language`, None to keep it) within
    EDIT_WINDOW. On a pre-moderated site an approved comment with new text goes back to the
    moderators, or the window would let anything past them."""
    if not can_comment(user) or comment.author_id != user.pk:
        raise PermissionDenied
    if not can_edit(comment, user):
        raise CommentError(
            _("Je kunt een reactie alleen in de eerste %(minutes)s minuten wijzigen.")
            % {"minutes": int(EDIT_WINDOW.total_seconds() // 60)}
        )
    text = clean_body(body)
    if language is not None and language != comment.language:
        # Only a label on the text: no moderator needs to see it again.
        comment.language = language
        comment.save(update_fields=["language"])
    if text == comment.body:
        return comment
    comment.body = text
    comment.edited_at = timezone.now()
    fields = ["body", "edited_at"]
    if comment.status == Comment.Status.APPROVED and premoderates(comment.page):
        comment.status = Comment.Status.PENDING
        fields.append("status")
    comment.save(update_fields=fields)
    if comment.status == Comment.Status.PENDING:
        transaction.on_commit(lambda: moderation.notify_moderators(comment))
    return comment


@transaction.atomic
def delete_comment(comment, user):
    """The author removes their comment. If others replied to it, its text and name go and a
    placeholder keeps the replies in their place."""
    if not can_delete(comment, user):
        raise PermissionDenied
    if comment.parent_id is None and comment.replies.exists():
        comment.body = ""
        comment.author = None
        comment.deleted_at = timezone.now()
        comment.save(update_fields=["body", "author", "deleted_at"])
    else:
        comment.delete()


# --- Data export ----------------------------------------------------------------------------------


def export_comments(user):
    """A member's own comments for their data export (members.export)."""
    return [
        {
            "page": comment.page.title,
            "target": comment.target,
            "text": comment.body,
            "language": comment.language,
            "status": comment.status,
            "created_at": comment.created_at.isoformat(),
            "edited_at": comment.edited_at.isoformat() if comment.edited_at else None,
        }
        for comment in Comment.objects.filter(author=user).select_related("page")
    ]
