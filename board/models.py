"""The bulletin board (prikbord): members post requests, offers, calls and volunteer tasks on
their municipality's board. Posts are member content, plain Django models moderated in the admin
(board/posts.py); the board itself is a page (one per site) whose named routes serve the list,
the form, each post and its actions (board/views.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from comments.models import CommentsMixin
from core.feeds import FEED_ROUTE
from core.language_tree import source_page
from core.models import BasePage
from core.routes import subpage_url

from . import conversion, messaging, services, views
from .posts import DEFAULT_LIFETIME, MAX_LIFETIME, ContactMessage, HelpOffer, Post, PostReport

__all__ = [
    "DEFAULT_LIFETIME",
    "MAX_LIFETIME",
    "BulletinBoardPage",
    "ContactMessage",
    "HelpOffer",
    "Post",
    "PostReport",
]


class BulletinBoardPage(CommentsMixin, RoutablePageMixin, BasePage):
    """A site's board: open posts newest first, a form for members, one page per post."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    settings_panels = BasePage.settings_panels + CommentsMixin.comments_panels
    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("prikbord")
        verbose_name_plural = _("prikborden")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["board"] = self
        return context

    # Routes, by name: links are built from the names (core.routes.subpage_url in Python,
    # {% routablepageurl %} in templates), so a segment is renamed here and nowhere else.
    @path("", name="index")
    def index_route(self, request):
        return views.board_list(self, request)

    @path("rss/", name=FEED_ROUTE)
    def feed_route(self, request):
        return views.board_feed(self, request)

    @path("nieuw/", name="new")
    def new_route(self, request):
        return views.post_create(self, request)

    @path("mijn/", name="mine")
    def mine_route(self, request):
        return views.my_posts(self, request)

    @path("<int:pk>/", name="post")
    def post_route(self, request, pk):
        return views.post_detail(self, request, pk)

    @path("<int:pk>/bewerken/", name="edit")
    def edit_route(self, request, pk):
        return views.post_edit(self, request, pk)

    # The owner's actions (POST).
    @path("<int:pk>/sluiten/", name="close")
    def close_route(self, request, pk):
        return views.owner_action(self, request, pk, "close")

    @path("<int:pk>/heropenen/", name="reopen")
    def reopen_route(self, request, pk):
        return views.owner_action(self, request, pk, "reopen")

    @path("<int:pk>/verlengen/", name="renew")
    def renew_route(self, request, pk):
        return views.owner_action(self, request, pk, "renew")

    @path("<int:pk>/verwijderen/", name="delete")
    def delete_route(self, request, pk):
        return views.owner_action(self, request, pk, "delete")

    # Anyone's actions: report (POST), help and convert (POST, members), contact (a form).
    @path("<int:pk>/melden/", name="report")
    def report_route(self, request, pk):
        return views.post_report(self, request, pk)

    @path("<int:pk>/ik-help-mee/", name="help")
    def help_route(self, request, pk):
        return views.member_action(self, request, pk, messaging.offer_help)

    @path("<int:pk>/omzetten/", name="convert")
    def convert_route(self, request, pk):
        return views.member_action(self, request, pk, conversion.convert)

    @path("<int:pk>/contact/", name="contact")
    def contact_route(self, request, pk):
        return views.post_contact(self, request, pk)

    # Comments under a post (comments app): target "post-<pk>".
    def comment_target(self, target, user, request=None):
        if target == "":
            return None  # the board itself takes no comments, only its posts
        post = services.post_for_target(self, target, user)
        if post is None:
            return None
        return post.comment_target(self.post_url(post, request))

    @classmethod
    def comment_targets(cls, pairs, user, request=None):
        """The moderation queue's targets in one query: {(board pk, key): CommentTarget}."""
        wanted = {
            int(key[5:]): (board, key)
            for board, key in pairs
            if key.startswith("post-") and key[5:].isdigit()
        }
        found = {}
        posts = Post.objects.filter(pk__in=wanted).select_related("board")
        for post in posts:
            board, key = wanted[post.pk]
            if post.board_id == source_page(board).pk and services.can_see(post, user):
                found[(board.pk, key)] = post.comment_target(board.post_url(post, request))
        return found

    def post_url(self, post, request=None):
        return subpage_url(self, "post", post.pk, request=request)
