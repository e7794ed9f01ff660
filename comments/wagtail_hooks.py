from wagtail import hooks

from .queue import CommentQueue


@hooks.register("register_admin_viewset")
def register_queue():
    return CommentQueue()
