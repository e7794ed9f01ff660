"""Addresses of the sub-pages of routable pages, built from their route names.

Every `@path` on a RoutablePageMixin page has a name; links are made from the name
(`subpage_url(board, "post", post.pk)` in Python, `{% routablepageurl board "post" post.pk %}`
in templates), never by gluing a path segment to the page's URL, so renaming a segment is one
edit. tests/test_routes.py keeps glued URLs from coming back."""

from django.urls import register_converter

from .canonical import canonical_url


def subpage_url(page, name, *args, request=None, full=False, canonical=False, **kwargs):
    """The address of route `name` of `page`: relative to the request's site (as
    `{% routablepageurl %}` gives it), or absolute with `full=True` (for feeds and mails), or
    its canonical URL with `canonical=True` (on the page's own host, core.canonical); None when
    the page has no address (as `get_url`)."""
    if canonical:
        base = canonical_url(page, request)
    else:
        base = page.get_full_url(request) if full else page.get_url(request)
    if base is None:
        return None
    if not base.endswith("/"):
        base += "/"
    return base + page.reverse_subpage(name, args=args, kwargs=kwargs)


class TwoDigitsConverter:
    """A number written with at least two digits (`03`), as months and days are in the
    calendar's addresses; `3` is read too."""

    regex = "[0-9]+"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(TwoDigitsConverter, "two_digits")
