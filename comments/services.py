"""What happens to comments, step by step: posting, editing, deleting, reporting, moderating
and blocking. Views only translate requests into these calls and their errors into responses.

Who moderates a comment follows Wagtail's page permissions: whoever may publish its page (a
municipality's moderators for that municipality, national editors everywhere, superusers).
"""

import logging
from datetime import timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.cache import GLOBAL, cached
from core.mail import render_mail, site_name_for
from core.models import SiteSettings
from core.text import clean_member_text, is_blank
from members.services import block_member, chosen_name, display_name, is_verified_member

from .models import TARGET_KEY, TARGET_MAX_LENGTH, Comment, CommentReport, CommentsMixin

logger = logging.getLogger(__name__)

MAX_LENGTH = 5000
MAX_REASON_LENGTH = 200
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


def clean_reason(value):
    """A report's reason: one line, at most MAX_REASON_LENGTH long."""
    return clean_member_text(value, one_line=True, max_length=MAX_REASON_LENGTH)


# --- Pages ----------------------------------------------------------------------------------------


def premoderates(page):
    """Whether comments on `page` wait for a moderator: the setting of the page's own site (a
    municipality's, also when its page is reached on the national host)."""
    parts = page.get_url_parts()
    if parts is None:
        return True
    site_id = parts[0]
    return cached(
        ("premoderate-comments", site_id),
        lambda: (
            SiteSettings.objects.filter(site_id=site_id)
            .values_list("premoderate_comments", flat=True)
            .first()
            is not False
        ),
        scope=GLOBAL,  # site settings bump GLOBAL
    )


def commentable_page(page_id):
    """The specific page if it takes comments and the public can see it, else None."""
    page = Page.objects.filter(pk=page_id).live().first()
    if page is None:
        return None
    page = page.specific
    if not isinstance(page, CommentsMixin) or page.get_view_restrictions().exists():
        return None
    if page.get_url_parts() is None:
        return None
    return page


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


def thread_title(page, target):
    """How moderators and emails name a thread: the page's title, or "page › item" for an
    item's CommentTarget (pass None for the page itself)."""
    if target is None:
        return page.title
    return f"{page.title} › {target.title}"


def target_full_url(page, target):
    """The target's absolute URL (its page's when it has none of its own), or None."""
    page_url = page.get_full_url()
    if page_url is None:
        return None
    if target is None or target.url is None:
        return page_url
    return urljoin(page_url, target.url)


# --- Members --------------------------------------------------------------------------------------


def unknown_target_message():
    return _("Dit onderwerp bestaat niet (meer); je kunt er niet op reageren.")


def post_comment(page, author, body, parent=None, target=""):
    """A new comment (or reply) on a commentable page, under `target` ("" is the page itself);
    pending when the site pre-moderates, in which case the page's moderators get an email."""
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
        status=Comment.Status.PENDING if premoderates(page) else Comment.Status.APPROVED,
    )
    if comment.status == Comment.Status.PENDING:
        transaction.on_commit(lambda: notify_moderators(comment, target=resolved))
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


def edit_comment(comment, user, body):
    """The author changes their comment within EDIT_WINDOW. On a pre-moderated site an approved
    comment goes back to the moderators, or the window would let anything past them."""
    if not can_comment(user) or comment.author_id != user.pk:
        raise PermissionDenied
    if not can_edit(comment, user):
        raise CommentError(
            _("Je kunt een reactie alleen in de eerste %(minutes)s minuten wijzigen.")
            % {"minutes": int(EDIT_WINDOW.total_seconds() // 60)}
        )
    text = clean_body(body)
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
        transaction.on_commit(lambda: notify_moderators(comment))
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


def report_comment(comment, reporter, reason):
    """Anyone may report a visible comment. The first open report of a comment tells its
    moderators."""
    first = not comment.reports.filter(resolved=False).exists()
    report = CommentReport.objects.create(
        comment=comment,
        reporter=reporter if reporter is not None and reporter.is_authenticated else None,
        reason=clean_reason(reason),
    )
    if first:
        transaction.on_commit(lambda: notify_moderators(comment, report=report))
    return report


# --- Moderators -----------------------------------------------------------------------------------

permission_policy = PagePermissionPolicy()  # resolves its model lazily


def can_moderate(user, comment):
    """Whoever may publish a comment's page may moderate it."""
    return comment.page.permissions_for_user(user).can_publish()


def may_moderate_any(user):
    return permission_policy.user_has_permission(user, "publish")


def moderated_comments(user):
    """The comments `user` may moderate: those on pages under any page they may publish."""
    pages = permission_policy.instances_user_has_permission_for(user, "publish")
    return Comment.objects.filter(page__in=pages.values("pk"))


def open_reports_count():
    return Count("reports", filter=Q(reports__resolved=False))


ACTIONS = {
    "approve": Comment.Status.APPROVED,
    "reject": Comment.Status.REJECTED,
    "hide": Comment.Status.HIDDEN,
    "restore": Comment.Status.APPROVED,
}


MAX_MODERATION_REASON = 500
# Decisions the author hears of by mail; hiding or restoring what was public is not one.
OUTCOMES = {"approve": "approved", "reject": "rejected"}


def clean_moderation_reason(value):
    return clean_member_text(value, max_length=MAX_MODERATION_REASON)


@transaction.atomic
def moderate(comment, moderator, action, reason=""):
    """Set a comment's status; any decision settles its open reports. Its author gets a mail
    when it is approved (if it was not public yet) or rejected, with the moderator's reason."""
    if not can_moderate(moderator, comment):
        raise PermissionDenied
    was_approved = comment.status == Comment.Status.APPROVED
    comment.status = ACTIONS[action]
    comment.moderated_by = moderator
    comment.moderated_at = timezone.now()
    comment.moderation_reason = clean_moderation_reason(reason)
    comment.save(update_fields=["status", "moderated_by", "moderated_at", "moderation_reason"])
    comment.reports.filter(resolved=False).update(resolved=True)
    if action in OUTCOMES and not (was_approved and action == "approve"):
        transaction.on_commit(lambda: notify_comment_author(comment, OUTCOMES[action]))
    return comment


def check_blockable(author, moderator):
    """Raise CommentError unless a moderator may block `author` from a queue: members only,
    never editors, moderators or oneself. Also used by the bulletin board."""
    if author is None:
        raise CommentError(_("Dit account bestaat niet meer."))
    if author.pk == moderator.pk or author.is_staff or author.is_superuser:
        raise CommentError(_("Beheerders en redacteuren kun je hier niet blokkeren."))
    if author.has_perm("wagtailadmin.access_admin"):
        raise CommentError(_("Beheerders en redacteuren kun je hier niet blokkeren."))


@transaction.atomic
def block_author(comment, moderator):
    """Block the comment's author at once (every running session of theirs is logged out on its
    next request) and hide what of theirs still waits. Editors and moderators are not blocked
    from here."""
    if not can_moderate(moderator, comment):
        raise PermissionDenied
    author = comment.author
    check_blockable(author, moderator)
    block_member(author)
    now = timezone.now()
    Comment.objects.filter(author=author, status=Comment.Status.PENDING).update(
        status=Comment.Status.HIDDEN, moderated_by=moderator, moderated_at=now
    )
    return author


# --- Email ----------------------------------------------------------------------------------------


def moderators_of(page):
    """Active users (not superusers) who may publish `page` and have an email address."""
    return (
        permission_policy.users_with_permission_for_instance(
            "publish", page, include_superusers=False
        )
        .exclude(email="")
        .order_by("pk")
    )


def notify_moderators(comment, report=None, target=None):
    """One email per moderator (addresses are not shared), in Dutch, with a link to the queue
    (and to the thread when it is an item's). A mail server that is down must not lose the
    comment: failures are logged. `target` saves looking up the comment's CommentTarget."""
    recipients = list(moderators_of(comment.page).values_list("email", flat=True))
    if not recipients:
        return
    page = comment.page
    if not comment.target:
        target = None
    elif target is None:
        # Seen as its author sees it (an item may be visible to them only, while it waits).
        page = page.specific
        target = comment_target(page, comment.target, comment.author)
    queue = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("comments_admin:queue")
    with translation.override(settings.LANGUAGE_CODE):
        if report is None:
            subject = _("Nieuwe reactie wacht op goedkeuring: %(title)s")
            intro = _("Er wacht een reactie op goedkeuring bij “%(title)s”.")
        else:
            subject = _("Reactie gemeld: %(title)s")
            intro = _("Een bezoeker heeft een reactie bij “%(title)s” gemeld.")
            queue += "?status=reported"
        title = {"title": thread_title(page, target)}
        lines = [
            intro % title,
            "",
            _("Van: %(name)s") % {"name": display_name(comment.author) or _("verwijderd lid")},
            "",
            comment.body[:1000],
            "",
        ]
        if report is not None and report.reason:
            lines += [_("Reden: %(reason)s") % {"reason": report.reason}, ""]
        thread_url = target_full_url(page, target) if target is not None else None
        if thread_url:
            lines.append(_("Bekijk het onderwerp: %(url)s") % {"url": thread_url})
        lines.append(_("Beoordeel reacties in de beheeromgeving: %(url)s") % {"url": queue})
    send_to_each(recipients, subject % title, "\n".join(lines), f"comment {comment.pk}")


def notify_comment_author(comment, outcome):
    """Tell a comment's author that a moderator approved or rejected it."""
    page = comment.page.specific
    target = comment_target(page, comment.target, comment.author) if comment.target else None
    url = target_full_url(page, target)
    if url and outcome == "approved":
        url += f"#reactie-{comment.pk}"
    notify_author(
        comment.author,
        item="comment",
        outcome=outcome,
        title=thread_title(page, target),
        text=comment.body,
        reason=comment.moderation_reason,
        url=url,
        site=page,
    )


def notify_author(author, *, item, outcome, title, text, reason, url, site):
    """The mail to the author of member content (`item` "comment" or "post") that a moderator
    `outcome` ("approved" or "rejected") it, with the moderator's reason; signed by the site of
    the content (`site`, a page), in Dutch. Also used by the bulletin board."""
    if author is None or not author.email or not author.is_active:
        return
    context = {
        "item": item,
        "outcome": outcome,
        "title": title,
        "text": text[:1000],
        "reason": reason,
        "url": url,
        "member_name": chosen_name(author),
        "site_name": site_name_for(site),
    }
    subject, body = render_mail(
        "comments/email/outcome_subject.txt", "comments/email/outcome_message.txt", context
    )
    send_to_each([author.email], subject, body, f"{item} outcome for {author.pk}")


def send_to_each(recipients, subject, body, about):
    """One email per address (addresses are not shared). A mail server that is down must not
    lose what was posted: failures are logged. Also used by the bulletin board."""
    messages = [EmailMessage(subject, body, to=[address]) for address in recipients]
    try:
        get_connection().send_messages(messages)
    except Exception:  # noqa: BLE001 - any mail failure; the content itself is stored
        logger.exception("Could not send moderation email for %s", about)


# --- Data export ----------------------------------------------------------------------------------


def export_comments(user):
    """A member's own comments for their data export (members.export)."""
    return [
        {
            "page": comment.page.title,
            "target": comment.target,
            "text": comment.body,
            "status": comment.status,
            "created_at": comment.created_at.isoformat(),
            "edited_at": comment.edited_at.isoformat() if comment.edited_at else None,
        }
        for comment in Comment.objects.filter(author=user).select_related("page")
    ]
