"""How the board's views answer: a template rendered by the board page itself (its routable
render, with the page's context), never cached for a member; a refusal on the board's page;
or a redirect to the login (core.http, re-exported here with private)."""

from core.http import login_redirect, private

__all__ = ["login_redirect", "private", "refuse", "render"]


def render(request, board, template, context, status=200):
    response = board.render(request, template=template, context_overrides=context)
    response.status_code = status
    return private(response) if request.user.is_authenticated else response


def refuse(board, request, message):
    """The board's page saying why not, with 403, private (as core.http.refuse)."""
    return private(render(request, board, "board/refused.html", {"message": message}, status=403))
