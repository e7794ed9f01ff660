from .posts import Post


def export_posts(user):
    """A member's own bulletin board posts for their data export (members.export)."""
    return [
        {
            "board": post.board.title,
            "kind": post.kind,
            "title": post.title,
            "text": post.body,
            "language": post.language,
            "status": post.status,
            "created_at": post.created_at.isoformat(),
            "expires_on": post.expires_on.isoformat(),
            "closed_at": post.closed_at.isoformat() if post.closed_at else None,
        }
        for post in Post.objects.filter(author=user).select_related("board")
    ]
