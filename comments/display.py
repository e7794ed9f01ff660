"""How comments show on a page: their text as safe HTML, and the thread in one query."""

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from core.language_tree import source_page
from members.services import display_name

from . import services
from .models import Comment

# http(s) URLs only: no bare domains, no email addresses, never javascript: or data:.
URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?*'\""
CLOSING_BRACKETS = {")": "(", "]": "[", "}": "{"}


def _split_trailing(url):
    """A URL without the punctuation that ends the sentence around it ("(zie https://x.nl/a).")
    but keeping balanced brackets ("https://nl.wikipedia.org/wiki/Gouda_(kaas)")."""
    end = len(url)
    while end:
        last = url[end - 1]
        if last in TRAILING_PUNCTUATION:
            end -= 1
        elif last in CLOSING_BRACKETS and url.count(last, 0, end) > url.count(
            CLOSING_BRACKETS[last], 0, end
        ):
            end -= 1
        else:
            break
    return url[:end]


def render_body(text):
    """Plain text as HTML: everything escaped, http(s) links made clickable with
    rel="nofollow ugc", line breaks kept."""
    parts = []
    position = 0
    for match in URL.finditer(text):
        url = _split_trailing(match.group(0))
        if "://" not in url or url.endswith("://"):
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(format_html('<a href="{}" rel="nofollow ugc">{}</a>', url, url))
        position = match.start() + len(url)
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts).replace("\n", "<br>\n"))


@dataclass
class Thread:
    comments: list = field(default_factory=list)  # top level, each with .shown_replies
    count: int = 0  # approved comments shown, replies included


def thread_for(page, user, target=""):
    """The comments everyone sees under `target` on `page` (approved; "" is the page itself),
    plus the user's own pending ones, top level oldest first with their replies: one query
    whatever their number."""
    page = source_page(page)  # a translation shows its Dutch source's comments
    visible = Q(status=Comment.Status.APPROVED)
    if user.is_authenticated:
        visible |= Q(status=Comment.Status.PENDING, author_id=user.pk)
    rows = list(
        Comment.objects.filter(visible, page_id=page.pk, target=target)
        .select_related("author__profile")
        .order_by("created_at", "pk")
    )
    replies = {}
    for comment in rows:
        comment.author_name = display_name(comment.author)
        comment.is_pending = comment.status == Comment.Status.PENDING
        comment.can_edit = services.can_edit(comment, user)
        comment.can_delete = services.can_delete(comment, user)
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    thread = Thread()
    for comment in rows:
        if comment.parent_id is None:
            comment.shown_replies = replies.get(comment.pk, [])
            if comment.is_deleted and not comment.shown_replies:
                continue
            thread.comments.append(comment)
            shown = [comment, *comment.shown_replies]
            thread.count += sum(1 for c in shown if not c.is_pending and not c.is_deleted)
    return thread
