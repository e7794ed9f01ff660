"""What members put on the bulletin board: posts, reports of posts, help offers and the
messages the site relays. Plain Django models, moderated in the admin; the board page that
shows them is in board/models.py, whose routes build on this module (so this module never
imports the page or its views)."""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.search import index

from comments.models import CommentTarget
from core.models import Theme
from core.moderation.models import ModeratedContent, Report
from core.routes import subpage_url

DEFAULT_LIFETIME = timedelta(days=30)
MAX_LIFETIME = timedelta(days=90)


class Post(index.Indexed, ModeratedContent):
    moderation_item = "post"
    moderation_page_field = "board"

    class Kind(models.TextChoices):
        REQUEST = "vraag", _("Vraag")
        OFFER = "aanbod", _("Aanbod")
        CALL = "oproep", pgettext_lazy("bulletin board kind", "Oproep")
        TASK = "klus", _("Vrijwilligersactiviteit")

    board = models.ForeignKey(
        "board.BulletinBoardPage",
        verbose_name=_("prikbord"),
        on_delete=models.CASCADE,
        related_name="posts",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geplaatst door"),
        on_delete=models.CASCADE,
        related_name="board_posts",
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("titel"), max_length=120)
    body = models.TextField(_("tekst"))
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="+")
    image = models.ImageField(_("afbeelding"), upload_to="prikbord/", blank=True)
    image_alt = models.CharField(_("beschrijving van de afbeelding"), max_length=200, blank=True)
    date = models.DateField(_("datum"), null=True, blank=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    expires_on = models.DateField(_("zichtbaar tot en met"))

    # A volunteer task (klus): what an organisation needs a small group for.
    organisation = models.CharField(_("organisatie"), max_length=150, blank=True)
    task = models.TextField(_("wat moet er gebeuren"), blank=True, max_length=1000)
    when = models.CharField(
        _("wanneer"), max_length=150, blank=True, help_text=_("Datum of datums, of elke week.")
    )
    weekly = models.BooleanField(_("elke week"), default=False)
    meeting_point = models.CharField(_("verzamelplaats"), max_length=200, blank=True)
    group_size_min = models.PositiveSmallIntegerField(
        _("groep van"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("tot"), null=True, blank=True, validators=[MaxValueValidator(50)]
    )
    no_dutch_needed = models.BooleanField(_("geen Nederlands nodig"), default=False)

    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    created_at = models.DateTimeField(_("geplaatst op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    # The calendar event an editor made of this task, if any: a plain page, so the board
    # builds on no table of the calendar's; deleting the (draft) event frees the task again.
    event_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("activiteit in de kalender"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Found by the site search (search.engine), which shows only the visible ones.
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("body"),
        index.SearchField("organisation"),
        index.SearchField("task"),
        index.SearchField("place"),
    ]

    class Meta:
        verbose_name = _("prikbordbericht")
        verbose_name_plural = _("prikbordberichten")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["board", "status", "expires_on"], name="post_board_open"),
            models.Index(fields=["author", "created_at"], name="post_author_recent"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_expired(self):
        return self.expires_on < timezone.localdate()

    @property
    def is_closed(self):
        return self.closed_at is not None

    @property
    def is_open(self):
        """Listed and open for reactions: approved, not closed, not expired."""
        return self.status == self.Status.APPROVED and not self.is_closed and not self.is_expired

    def comment_target(self, url):
        """The thread under this post (comments app), saying why it is closed when it is."""
        return CommentTarget(
            url=url, open=self.is_open, title=self.title, closed_notice=self.closed_notice()
        )

    def closed_notice(self):
        if self.is_open:
            return ""
        if self.status == self.Status.PENDING:
            return _("Dit bericht wacht op goedkeuring door een moderator. Daarna kun je reageren.")
        if self.status != self.Status.APPROVED:
            return _("Op dit bericht kun je niet reageren.")
        if self.is_closed:
            return _("Dit bericht is gesloten. Je kunt niet meer reageren.")
        return _("Dit bericht is verlopen. Je kunt niet meer reageren.")

    # Moderation (core.moderation).
    def moderation_title(self):
        return self.title

    def moderation_url(self):
        return subpage_url(self.board, "post", self.pk, full=True)

    def status_label(self):
        """The status its author sees: closed, expired, or the moderation status."""
        if self.is_closed:
            return _("gesloten")
        if self.is_expired:
            return _("verlopen")
        return self.get_status_display()

    @property
    def is_task(self):
        return self.kind == self.Kind.TASK

    @property
    def takes_help(self):
        """ "Ik help mee" goes with tasks and offers (and calls for hands)."""
        return self.kind in (self.Kind.TASK, self.Kind.OFFER, self.Kind.CALL)


class PostReport(Report):
    """A visitor's report that a post breaks the rules; resolved by any moderation action."""

    item_field = "post"
    post = models.ForeignKey(
        Post, verbose_name=_("bericht"), on_delete=models.CASCADE, related_name="reports"
    )


class HelpOffer(models.Model):
    """ "Ik help mee": a member tells the poster they want to help (once per post)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="help_offers")
    helper = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_help_offers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "helper"], name="one_help_offer_per_member")
        ]
        verbose_name = _("hulpaanbod")
        verbose_name_plural = _("hulpaanbiedingen")

    def __str__(self):
        return f"{self.helper_id} → {self.post_id}"


class ContactMessage(models.Model):
    """A message relayed by the site between a visitor and a poster; neither sees the other's
    email address. The poster answers through the site (a reply is a message the other way)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_messages_sent"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_messages_received"
    )
    body = models.TextField(max_length=2000)
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("contactbericht")
        verbose_name_plural = _("contactberichten")

    def __str__(self):
        return f"{self.sender_id} → {self.recipient_id} ({self.post_id})"
