"""Comments by members on editor pages, moderated per municipality.

A page type takes comments by adding `CommentsMixin` to its bases. Comments are plain Django
models (member content), never pages; who moderates a comment follows who may publish its page.

A comment belongs to a page and a *target* within it: "" is the page itself; a page type that
lists member items (the bulletin board's posts) takes comments under each item with keys of its
own choosing such as "post-12", by overriding `CommentsMixin.comment_target`.
"""

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from core.http import private
from core.moderation.models import ModeratedContent, Report

TARGET_MAX_LENGTH = 40
# What a target key may look like: lower-case letters, digits and hyphens ("" is the page).
TARGET_KEY = re.compile(r"[a-z0-9-]*")


@dataclass(frozen=True)
class CommentTarget:
    """What comments hang under on a page: the page itself or one of its items.

    url: where the thread is shown, as the page's own `get_url(request)` gives it (a path from
    the site root such as "/prikbord/12/", or a full URL when the page lives on another site
    than the request's), or None for the page's own URL.
    open: whether members may comment there now.
    title: what moderators and notification emails call it (a post's title).
    closed_notice: why members cannot comment there, when it is not open (a pending post waits
    for a moderator); "" for the general "Reageren op deze pagina is gesloten."
    """

    url: str | None
    open: bool
    title: str
    closed_notice: str = ""

    def closed_message(self):
        return self.closed_notice or _("Reageren op deze pagina is gesloten.")


class CommentsMixin(models.Model):
    """Comments on this page type: one line in its bases, plus `comments_panels` in its
    settings panels so editors can close comments on a single page."""

    comments_open = models.BooleanField(
        _("reacties open"),
        default=True,
        help_text=_(
            "Leden kunnen reageren. Bestaande reacties blijven zichtbaar als je dit uitzet."
        ),
    )

    comments_panels = [MultiFieldPanel([FieldPanel("comments_open")], heading=_("Reacties"))]

    class Meta:
        abstract = True

    def comment_target(self, target, user, request=None):
        """The CommentTarget for key `target` on this page, or None when it does not exist (any
        more) or `user` may not see it. With `request`, its URL is relative to the request's
        site. A page type that lists member items overrides this for their keys."""
        if target == "":
            return CommentTarget(url=None, open=self.comments_open, title=self.title)
        return None

    @classmethod
    def comment_targets(cls, pairs, user, request=None):
        """Many targets at once, for the moderation queue: `pairs` are (page, target) with pages
        of this type; returns {(page.pk, target): CommentTarget} leaving out those that do not
        exist. Override with one query for item targets; this calls comment_target per pair."""
        found = {}
        for page, target in pairs:
            resolved = page.comment_target(target, user, request=request)
            if resolved is not None:
                found[page.pk, target] = resolved
        return found

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A logged-in visitor sees their own pending comments and forms with their CSRF token:
        # that page must never be kept by a shared cache.
        return private(response) if request.user.is_authenticated else response


class Comment(ModeratedContent):
    moderation_item = "comment"
    moderation_page_field = "page"

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="member_comments",
    )
    # A deleted account leaves its comments as "verwijderd lid".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("schrijver"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    # One level of replies: a reply always hangs under a top-level comment.
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reactie op"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    # "" for the page itself, else the key of an item on it (see CommentsMixin.comment_target).
    target = models.CharField(_("onderwerp"), max_length=TARGET_MAX_LENGTH, blank=True, default="")
    body = models.TextField(_("tekst"))
    created_at = models.DateTimeField(_("geplaatst op"), auto_now_add=True)
    edited_at = models.DateTimeField(_("gewijzigd op"), null=True, blank=True)
    # Set when the author deletes a comment that others replied to: the text and the name go,
    # the replies stay under a placeholder.
    deleted_at = models.DateTimeField(_("verwijderd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at", "pk"]
        # Threads are read per page and target; the queue's page-only lookups use its prefix.
        indexes = [
            models.Index(fields=["page", "target", "status"], name="comment_page_target_status")
        ]

    def __str__(self):
        return f"{self.pk}: {self.body[:40]}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    # Moderation (core.moderation): named and linked as its author sees its thread.
    def thread(self):
        """(page, CommentTarget or None for the page itself) of this comment, as its author
        sees it (an item may be visible to them only, while it waits)."""
        if not hasattr(self, "_thread"):
            page = self.page.specific
            target = page.comment_target(self.target, self.author) if self.target else None
            self._thread = page, target
        return self._thread

    def moderation_title(self):
        return thread_title(*self.thread())

    def moderation_url(self):
        url = target_full_url(*self.thread())
        return f"{url}#reactie-{self.pk}" if url else None


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


class CommentReport(Report):
    """A visitor's report that a comment breaks the rules; resolved by any moderation action."""

    item_field = "comment"
    comment = models.ForeignKey(
        Comment, verbose_name=_("reactie"), on_delete=models.CASCADE, related_name="reports"
    )
