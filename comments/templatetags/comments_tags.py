from django import template
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from comments import services
from comments.display import render_body, thread_for
from comments.forms import CommentForm
from comments.models import CommentsMixin
from core.http import account_url
from core.moderation.forms import active_language
from core.moderation.services import premoderates

register = template.Library()


@register.inclusion_tag("comments/thread.html", takes_context=True)
def comments_for(context, page, target=""):
    """The comments on `page` with the forms this visitor may use: `{% comments_for page %}`
    for the page itself, `{% comments_for page target="post-12" %}` for one of its items (the
    thread shows only when the page says that target exists for this visitor)."""
    request = context.get("request")
    if not isinstance(page, CommentsMixin) or page.pk is None or request is None:
        return {"show": False}
    user = getattr(request, "user", None) or AnonymousUser()
    target = target or ""
    resolved = services.comment_target(page, target, user, request=request)
    if resolved is None:
        return {"show": False}
    # In the admin's preview the thread is shown, but nothing can be sent from it.
    interactive = not getattr(request, "is_preview", False)
    member = services.can_comment(user)
    can_post = interactive and resolved.open and member
    return {
        "show": True,
        "page": page,
        "request": request,
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "target": target,
        "open": resolved.open,
        "closed_message": "" if resolved.open else resolved.closed_message(),
        "thread": thread_for(page, user, target=target),
        "interactive": interactive,
        "can_post": can_post,
        "unverified": user.is_authenticated and not member,
        "premoderated": can_post and premoderates(page),
        "post_url": reverse("comments:post", args=[page.pk]),
        "login_url": account_url(request.path),
        "signup_url": account_url(request.path, route="account_signup"),
        "max_length": services.MAX_LENGTH,
        # The language select of each form: the page's language chosen.
        "language_field": CommentForm.base_fields["language"],
        "language": active_language(),
    }


@register.filter
def comment_html(text):
    """A comment's plain text as escaped HTML with clickable links and line breaks."""
    return render_body(text or "")
