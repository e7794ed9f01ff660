"""What every kind of member content shares: a moderation status and who set it, the language
it is written in, and reports by visitors. Concrete kinds (comments.Comment, board.Post)
subclass these and fill in the hooks that say where an item lives and what it is called."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PENDING = "pending", _("wacht op goedkeuring")
    APPROVED = "approved", _("goedgekeurd")
    REJECTED = "rejected", _("afgewezen")
    HIDDEN = "hidden", _("verborgen")


class ModeratedContent(models.Model):
    """Member content that moderators approve, reject, hide and restore.

    A subclass has an `author` (a user, or None when the account is gone), a `created_at`, a
    `reports` relation to its Report subclass, and sets:

    moderation_item: what the mails call it ("comment", "post": the templates in
        core/moderation/email/ speak of each).
    moderation_page_field: the foreign key to the page whose publishers moderate the item.
    moderation_title(), moderation_url(), moderation_text(): how moderators and mails name it,
        where it shows (an absolute URL, or None) and its text.
    """

    Status = Status

    moderation_item = ""
    moderation_page_field = "page"

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemodereerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("gemodereerd op"), null=True, blank=True)
    moderation_reason = models.TextField(
        _("reden van de moderator"),
        max_length=500,
        blank=True,
        help_text=_("Gaat mee in de e-mail aan de schrijver."),
    )
    # The language the member says the text is in ("" when they did not say): the element
    # showing it is marked with it (core.languages.content_lang). Nothing is translated.
    language = models.CharField(
        _("taal van de tekst"), max_length=10, choices=settings.LANGUAGES, blank=True, default=""
    )

    class Meta:
        abstract = True

    def moderation_page(self):
        """The page whose publishers moderate this item."""
        return getattr(self, self.moderation_page_field)

    def moderation_title(self):
        raise NotImplementedError

    def moderation_url(self):
        raise NotImplementedError

    def moderation_text(self):
        return self.body


class Report(models.Model):
    """A visitor's report that an item breaks the rules; resolved by any moderation action. A
    subclass adds the foreign key to its kind (named by `item_field`, related_name="reports")."""

    item_field = ""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reden"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("gemeld op"), auto_now_add=True)
    resolved = models.BooleanField(_("afgehandeld"), default=False)

    class Meta:
        abstract = True
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{getattr(self, self.item_field + '_id')}: {self.reason[:40]}"
