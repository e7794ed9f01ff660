from django.utils.translation import gettext as _

from core.routes import subpage_url
from members.sections import ProfileSection

from .models import BulletinBoardPage, Post

SHOWN = 10


def my_posts_section(user, request):
    """The member's own posts on their profile, open or not, with their status."""
    posts = list(
        Post.objects.filter(author=user).select_related("board").order_by("-created_at")[:SHOWN]
    )
    board = (
        BulletinBoardPage.objects.live().filter(depth=3).first() if not posts else posts[0].board
    )
    return ProfileSection(
        title=_("Mijn berichten op het prikbord"),
        items=[
            {
                "title": post.title,
                "url": subpage_url(post.board, "post", post.pk, request=request),
                "status": post.status_label(),
            }
            for post in posts
        ],
        empty_text=_("Je hebt nog geen berichten geplaatst."),
        more_url=subpage_url(board, "mine", request=request) if board else "",
        more_label=_("Al mijn berichten"),
    )
