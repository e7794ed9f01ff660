"""What moderating member content means, for every kind (core.moderation.models): who
moderates what, the actions, blocking an author, reports and the mails around them.

Who moderates an item follows Wagtail's page permissions: whoever may publish its page (a
municipality's moderators for that municipality, national editors everywhere, superusers).
"""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.cache import GLOBAL, cached
from core.mail import render_mail, site_name_for
from core.models import SiteSettings
from core.text import clean_member_text

from . import log
from .adapter import get_adapter
from .models import Status

logger = logging.getLogger(__name__)

MAX_REASON_LENGTH = 200
MAX_MODERATION_REASON = 500
ACTIONS = {
    "approve": Status.APPROVED,
    "reject": Status.REJECTED,
    "hide": Status.HIDDEN,
    "restore": Status.APPROVED,
}
# Decisions the author hears of by mail; hiding or restoring what was public is not one.
OUTCOMES = {"approve": "approved", "reject": "rejected"}

permission_policy = PagePermissionPolicy()  # resolves its model lazily


class ModerationError(Exception):
    """An action we refuse, with a message for the moderator (already translated)."""


# --- Who moderates --------------------------------------------------------------------------------


def premoderates(page):
    """Whether member content on `page` waits for a moderator: the "reacties eerst goedkeuren"
    setting of the page's own site (a municipality's, also when reached on the national host)."""
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


def may_moderate_any(user):
    """Whether `user` publishes some page, so moderates what hangs under it. Reads the page
    permissions Wagtail keeps on the user for the request: no query of its own once the admin's
    menu has looked."""
    return permission_policy.user_has_permission(user, "publish")


def moderated(model, user):
    """The items of kind `model` that `user` may moderate: those on pages they may publish."""
    pages = permission_policy.instances_user_has_permission_for(user, "publish")
    return model.objects.filter(**{f"{model.moderation_page_field}__in": pages.values("pk")})


def can_moderate(user, item):
    """Whoever may publish an item's page may moderate the item."""
    return (
        user is not None
        and user.is_authenticated
        and item.moderation_page().permissions_for_user(user).can_publish()
    )


# --- Actions --------------------------------------------------------------------------------------


def clean_moderation_reason(value):
    return clean_member_text(value, max_length=MAX_MODERATION_REASON)


def _auto_now_fields(item):
    return [field.name for field in item._meta.concrete_fields if getattr(field, "auto_now", False)]


@transaction.atomic
def moderate(item, moderator, action, reason=""):
    """Set an item's status (`action` one of ACTIONS); any decision settles its open reports.
    Its author gets a mail when it is approved (if it was not public yet) or rejected, with the
    moderator's reason. The decision goes into Wagtail's audit log (core.moderation.log)."""
    if not can_moderate(moderator, item):
        raise PermissionDenied
    was_approved = item.status == Status.APPROVED
    item.status = ACTIONS[action]
    item.moderated_by = moderator
    item.moderated_at = timezone.now()
    item.moderation_reason = clean_moderation_reason(reason)
    fields = ["status", "moderated_by", "moderated_at", "moderation_reason"]
    item.save(update_fields=fields + _auto_now_fields(item))
    item.reports.filter(resolved=False).update(resolved=True)
    log.log_decision(item, moderator, action, item.moderation_reason)
    if action in OUTCOMES and not (was_approved and action == "approve"):
        transaction.on_commit(lambda: notify_author(item, OUTCOMES[action]))
    return item


def check_blockable(author, moderator):
    """Raise ModerationError unless a moderator may block `author` from a queue: members only,
    never editors, moderators or oneself."""
    if author is None:
        raise ModerationError(_("Dit account bestaat niet meer."))
    if author.pk == moderator.pk or author.is_staff or author.is_superuser:
        raise ModerationError(_("Beheerders en redacteuren kun je hier niet blokkeren."))
    if author.has_perm("wagtailadmin.access_admin"):
        raise ModerationError(_("Beheerders en redacteuren kun je hier niet blokkeren."))


@transaction.atomic
def block_author(item, moderator):
    """Block the item's author at once (every running session of theirs is logged out on its
    next request) and hide what of theirs of this kind still waits. Editors and moderators are
    not blocked from here."""
    if not can_moderate(moderator, item):
        raise PermissionDenied
    author = item.author
    check_blockable(author, moderator)
    get_adapter().block(author)
    hidden = (
        type(item)
        .objects.filter(author=author, status=Status.PENDING)
        .update(status=Status.HIDDEN, moderated_by=moderator, moderated_at=timezone.now())
    )
    log.log_block(author, moderator, item, hidden)
    return author


# --- Reports --------------------------------------------------------------------------------------

REPORTED_REMEMBERED = 200


def clean_reason(value):
    """A report's reason: one line, at most MAX_REASON_LENGTH long."""
    return clean_member_text(value, one_line=True, max_length=MAX_REASON_LENGTH)


def file_report(item, reporter, reason):
    """A report of `item` by `reporter` (None or anonymous for a visitor). A member's second
    report while the first is open is not stored again. The first open report of an item tells
    its moderators. Returns the report, or None when it was one too many."""
    member = reporter if reporter is not None and reporter.is_authenticated else None
    if member is not None and item.reports.filter(reporter=member, resolved=False).exists():
        return None
    first = not item.reports.filter(resolved=False).exists()
    report = item.reports.create(reporter=member, reason=clean_reason(reason))
    if first:
        transaction.on_commit(lambda: notify_moderators(item, report=report))
    return report


def report_once(request, item, reason):
    """A report from a request: once per item per browser session (visitors have no account to
    tell them apart), once per member while it is open. Returns the report or None."""
    key = f"{item._meta.app_label}_reported"
    reported = request.session.get(key, [])
    if item.pk in reported:
        return None
    report = file_report(item, request.user, reason)
    if report is not None:
        request.session[key] = [*reported, item.pk][-REPORTED_REMEMBERED:]
    return report


# --- Mail -----------------------------------------------------------------------------------------


def moderators_of(page):
    """Active users (not superusers) who may publish `page` and have an email address."""
    return (
        permission_policy.users_with_permission_for_instance(
            "publish", page, include_superusers=False
        )
        .exclude(email="")
        .order_by("pk")
    )


def queue_url(item, reported=False):
    """The absolute URL of the admin queue of the item's kind (core.moderation.admin)."""
    from .admin import queue_for

    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + queue_for(type(item)).index_url()
    return url + "?status=reported" if reported else url


def notify_moderators(item, report=None):
    """Tell the item's moderators that it waits for them (`report` None) or was reported: one
    mail each (addresses are not shared), in Dutch, signed with the item's site, with links to
    the item and the queue. A mail server that is down must not lose the item: failures are
    logged."""
    page = item.moderation_page()
    moderators = list(moderators_of(page))
    if not moderators:
        return
    adapter = get_adapter()
    context = {
        "item": item.moderation_item,
        "reported": report is not None,
        "title": item.moderation_title(),
        "text": item.moderation_text()[:1000],
        "author_name": adapter.display_name(item.author) or _("verwijderd lid"),
        "reason": report.reason if report is not None else "",
        "url": item.moderation_url(),
        "queue_url": queue_url(item, reported=report is not None),
        "site_name": site_name_for(page),
    }
    messages = []
    for moderator in moderators:
        subject, body = render_mail(
            "core/moderation/moderators_subject.txt",
            "core/moderation/moderators_message.txt",
            {**context, "member_name": adapter.chosen_name(moderator)},
            language=adapter.mail_language(moderator),
        )
        messages.append(EmailMessage(subject, body, to=[moderator.email]))
    send(messages, f"{item.moderation_item} {item.pk}")


def notify_author(item, outcome):
    """Tell the item's author that a moderator `outcome` ("approved" or "rejected") it, with
    the moderator's reason; in the author's language, signed with the site of the item."""
    author = item.author
    if author is None or not author.email or not author.is_active:
        return
    adapter = get_adapter()
    context = {
        "item": item.moderation_item,
        "outcome": outcome,
        "title": item.moderation_title(),
        "text": item.moderation_text()[:1000],
        "reason": item.moderation_reason,
        "url": item.moderation_url(),
        "member_name": adapter.chosen_name(author),
        "site_name": site_name_for(item.moderation_page()),
    }
    subject, body = render_mail(
        "core/moderation/outcome_subject.txt",
        "core/moderation/outcome_message.txt",
        context,
        language=adapter.mail_language(author),
    )
    send([EmailMessage(subject, body, to=[author.email])], f"{item.moderation_item} {item.pk}")


def send(messages, about):
    """Send the mails (queued: core/mail_queue.py delivers them, retrying while the mail server
    is down); should even queueing fail, what was posted is not lost: the failure is logged."""
    try:
        get_connection().send_messages(messages)
    except Exception:  # noqa: BLE001 - any mail failure; the content itself is stored
        logger.exception("Could not send moderation email for %s", about)
