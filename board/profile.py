from django.utils.translation import gettext as _

from members.sections import ProfileSection

SHOWN = 10


def status_of(post):
    if post.is_closed:
        return _("gesloten")
    if post.is_expired:
        return _("verlopen")
    return post.get_status_display()


def my_posts_section(user, request):
    """The member's own posts on their profile, open or not, with their status."""
    from .models import BulletinBoardPage, Post

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
                "url": post.board.get_url(request) + f"{post.pk}/",
                "status": status_of(post),
            }
            for post in posts
        ],
        empty_text=_("Je hebt nog geen berichten geplaatst."),
        more_url=board.get_url(request) + "mijn/" if board else "",
        more_label=_("Al mijn berichten"),
    )
