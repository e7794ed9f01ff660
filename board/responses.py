"""How the board's views answer: a template rendered by the board page itself (its routable
render, with the page's context), never cached for a member; or a redirect to the login."""

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers


def login_redirect(request):
    return HttpResponseRedirect(
        f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}"
    )


def private(response):
    add_never_cache_headers(response)
    return response


def render(request, board, template, context, status=200):
    response = board.render(request, template=template, context_overrides=context)
    response.status_code = status
    return private(response) if request.user.is_authenticated else response


def refuse(board, request, message):
    """The board's page saying why not, with 403."""
    return render(request, board, "board/refused.html", {"message": message}, status=403)
