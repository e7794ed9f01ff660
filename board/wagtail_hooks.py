from wagtail import hooks

from .queue import PostQueue


@hooks.register("register_admin_viewset")
def register_queue():
    return PostQueue()
