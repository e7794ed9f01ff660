"""Members post, edit, delete and report comments. Every view that changes data takes a POST
with a CSRF token; none of them is ever cached. The work is done in comments.services.

A comment form posts to its page with a hidden `target` (the key of the item the thread
belongs to, "" for the page itself); afterwards the member goes back to that thread."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core import http
from core.moderation.services import report_once

from . import services
from .forms import CommentForm, EditCommentForm, ReportForm
from .models import Comment


def refuse(request, page, message, status=403, target=None):
    """A page that says why, with the way back to the thread."""
    return http.refuse(
        request,
        "comments/refused.html",
        {"title": _("Dat kan niet"), "message": message, **page_context(request, page, target)},
        status=status,
    )


def thread_of(request, page, key):
    """The CommentTarget of `key` on `page` as this visitor sees it, or None."""
    if page is None:
        return None
    return services.comment_target(page, key, request.user, request=request)


def page_context(request, page, target=None):
    """Where "back" goes: the thread's page, or the item it belongs to (`target`)."""
    url = page.get_url(request) if page is not None else None
    title = page.title if page is not None else ""
    if page is not None and target is not None:
        url = target.url or url
        title = target.title or title
    return {"page": page, "page_url": url or "/", "back_title": title}


def back_to_comments(request, page, target=None):
    return HttpResponseRedirect(page_context(request, page, target)["page_url"] + "#reacties")


def commentable_page_or_404(page_id):
    page = services.commentable_page(page_id)
    if page is None:
        raise Http404
    return page


def own_comment_or_refuse(request, pk):
    """The comment with its live page, if the logged-in member wrote it; else a response."""
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
    page = services.commentable_page(comment.page_id)
    if not request.user.is_authenticated:
        return comment, page, http.login_redirect(request)
    if comment.author_id != request.user.pk or comment.is_deleted:
        return comment, page, refuse(request, page, _("Dit is niet jouw reactie."))
    if not services.can_comment(request.user):
        return comment, page, refuse(request, page, _("Je kunt op dit moment niet reageren."))
    return comment, page, None


@http.private_view
@require_POST
def post_comment(request, page_id):
    page = commentable_page_or_404(page_id)
    form = CommentForm(request.POST)
    if form.has_error("target"):
        return refuse(request, page, services.unknown_target_message(), status=400)
    key = form.cleaned_data["target"]
    target = thread_of(request, page, key)
    if target is None:
        return refuse(request, page, services.unknown_target_message(), status=404)
    if not target.open:
        return refuse(request, page, target.closed_message(), target=target)
    if not request.user.is_authenticated:
        return http.login_redirect(request, page_context(request, page, target)["page_url"])
    if not services.can_comment(request.user):
        return refuse(
            request,
            page,
            _("Alleen leden met een bevestigd e-mailadres kunnen reageren."),
            target=target,
        )

    if form.is_valid():
        parent = None
        parent_id = form.cleaned_data["parent"]
        if parent_id:
            parent = Comment.objects.select_related("parent").filter(pk=parent_id).first()
        try:
            if parent_id and parent is None:
                raise services.CommentError(
                    _("Deze reactie bestaat niet (meer); je kunt er niet op antwoorden.")
                )
            comment = services.post_comment(
                page,
                request.user,
                form.cleaned_data["body"],
                parent=parent,
                target=key,
                language=form.cleaned_data["language"],
            )
        except services.CommentError as error:
            form.add_error(None, str(error))
        else:
            if comment.status == Comment.Status.APPROVED:
                messages.success(request, _("Je reactie is geplaatst."))
            else:
                messages.success(request, _("Je reactie wacht op goedkeuring door de moderator."))
            return back_to_comments(request, page, target)
    return render(
        request,
        "comments/comment_form.html",
        {
            "title": _("Je reactie"),
            "form": form,
            "action": reverse("comments:post", args=[page.pk]),
            "submit_label": _("Plaats reactie"),
            **page_context(request, page, target),
        },
    )


@http.private_view
@require_http_methods(["GET", "POST"])
def edit_comment(request, pk):
    comment, page, refused = own_comment_or_refuse(request, pk)
    if refused is not None:
        return refused
    if page is None:
        raise Http404
    target = thread_of(request, page, comment.target)
    if not services.can_edit(comment, request.user):
        return refuse(
            request,
            page,
            _("Je kunt een reactie alleen in de eerste %(minutes)s minuten wijzigen.")
            % {"minutes": int(services.EDIT_WINDOW.total_seconds() // 60)},
            target=target,
        )
    form = EditCommentForm(
        request.POST or None, initial={"body": comment.body, "language": comment.language}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_comment(
                comment, request.user, form.cleaned_data["body"], form.cleaned_data["language"]
            )
        except services.CommentError as error:
            return refuse(request, page, str(error), target=target)
        if comment.status == Comment.Status.PENDING:
            messages.success(request, _("Je reactie wacht op goedkeuring door de moderator."))
        else:
            messages.success(request, _("Je reactie is gewijzigd."))
        return back_to_comments(request, page, target)
    return render(
        request,
        "comments/comment_form.html",
        {
            "title": _("Reactie wijzigen"),
            "form": form,
            "action": reverse("comments:edit", args=[comment.pk]),
            "submit_label": _("Wijziging opslaan"),
            **page_context(request, page, target),
        },
    )


@http.private_view
@require_http_methods(["GET", "POST"])
def delete_comment(request, pk):
    comment, page, refused = own_comment_or_refuse(request, pk)
    if refused is not None:
        return refused
    target = thread_of(request, page, comment.target)
    if request.method == "POST":
        services.delete_comment(comment, request.user)
        messages.success(request, _("Je reactie is verwijderd."))
        return back_to_comments(request, page, target)
    return render(
        request,
        "comments/confirm_delete.html",
        {
            "title": _("Reactie verwijderen"),
            "comment": comment,
            **page_context(request, page, target),
        },
    )


@http.private_view
@require_http_methods(["GET", "POST"])
def report_comment(request, pk):
    """Anyone may report a comment everyone can see; once per comment per session."""
    comment = get_object_or_404(
        Comment, pk=pk, status=Comment.Status.APPROVED, deleted_at__isnull=True
    )
    page = commentable_page_or_404(comment.page_id)
    target = thread_of(request, page, comment.target)
    if target is None:
        # Its item is gone or hidden from this visitor: so is the comment.
        raise Http404
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        report_once(request, comment, form.cleaned_data["reason"])
        messages.success(request, _("Bedankt voor je melding. Een moderator bekijkt de reactie."))
        return back_to_comments(request, page, target)
    return render(
        request,
        "comments/report.html",
        {
            "title": _("Reactie melden"),
            "comment": comment,
            "form": form,
            **page_context(request, page, target),
        },
    )
