"""The bulletin board's moderation queue in the Wagtail admin (/admin/prikbord/), on the
moderation kernel's viewset: a moderator sees and acts on the posts of the boards they may
publish."""

from django.utils.translation import gettext_lazy as _

from core.moderation.admin import ModerationViewSet, TemplateColumn

from .models import Post


class PostQueue(ModerationViewSet):
    model = Post
    name = "prikbord"
    url_namespace = "board_admin"
    icon = "thumbtack"
    menu_label = _("Prikbord")
    menu_order = 255
    row_id = "bericht"
    related = ("board", "author__profile")
    search_fields = ["title", "body"]
    rejected_back = "restore"
    forbidden_message = _(
        "Je mag deze berichten niet modereren. Moderatoren zien alleen de berichten op de "
        "prikborden die zij mogen publiceren."
    )
    done = {
        "approve": _("Het bericht is goedgekeurd."),
        "reject": _("Het bericht is afgewezen."),
        "hide": _("Het bericht is verborgen."),
        "restore": _("Het bericht is hersteld."),
    }
    item_columns = [
        TemplateColumn("title", _("Bericht"), "board/admin/post_cell.html"),
        TemplateColumn("board", _("Prikbord"), "core/moderation/site_cell.html"),
    ]

    def label_item(self, post, request):
        post.detail_url = post.board.post_url(post, request)
        post.queue_notes = (
            [_("gesloten")] if post.is_closed else [_("verlopen")] if post.is_expired else []
        )
