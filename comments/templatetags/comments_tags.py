from urllib.parse import urlencode

from django import template
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from comments import services
from comments.display import render_body, thread_for
from comments.models import CommentsMixin

register = template.Library()


@register.inclusion_tag("comments/thread.html", takes_context=True)
def comments_for(context, page):
    """The comments on `page` with the forms this visitor may use."""
    request = context.get("request")
    if not isinstance(page, CommentsMixin) or page.pk is None or request is None:
        return {"show": False}
    user = getattr(request, "user", None) or AnonymousUser()
    next_query = urlencode({"next": request.path})
    # In the admin's preview the thread is shown, but nothing can be sent from it.
    interactive = not getattr(request, "is_preview", False)
    member = services.can_comment(user)
    can_post = interactive and page.comments_open and member
    return {
        "show": True,
        "page": page,
        "request": request,
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "thread": thread_for(page, user),
        "interactive": interactive,
        "can_post": can_post,
        "unverified": user.is_authenticated and not member,
        "premoderated": can_post and services.premoderates(page),
        "post_url": reverse("comments:post", args=[page.pk]),
        "login_url": f"{reverse('account_login')}?{next_query}",
        "signup_url": f"{reverse('account_signup')}?{next_query}",
        "max_length": services.MAX_LENGTH,
    }


@register.filter
def comment_html(text):
    """A comment's plain text as escaped HTML with clickable links and line breaks."""
    return render_body(text or "")
