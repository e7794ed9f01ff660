"""The board's pages: the list (with filters and RSS), the post form, one post, and the owner's
actions. Every view that changes data takes a POST with a CSRF token and is never cached; the
work is done in board.services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.translation import gettext as _

from comments.display import render_body
from core.feeds import ListingFeed, feed_url
from core.language_tree import source_page
from core.listing import ChoiceFilter, ListingFilterSet, MunicipalityFilter, ThemeFilter, paginate
from core.moderation.services import report_once
from core.routes import subpage_url
from members.services import display_name
from municipalities.aggregation import label_items, scope_for

from . import messaging, services
from .conversion import can_convert
from .forms import PostForm, ReportForm
from .posts import Post
from .responses import login_redirect, private, refuse, render

PER_PAGE = 20
FEED_LENGTH = 20


def label(posts, scope, request=None, everywhere=False):
    """The municipality a post belongs to (on the national board, or `everywhere`), and the
    post's address on its own board."""
    for post in posts:
        post.detail_url = subpage_url(post.board, "post", post.pk, request=request)
    return label_items(posts, scope, path=lambda post: post.board.path, everywhere=everywhere)


# --- The list -------------------------------------------------------------------------------------


class BoardFilters(ListingFilterSet):
    soort = ChoiceFilter(field_name="kind", choices=Post.Kind.choices)
    thema = ThemeFilter()
    gemeente = MunicipalityFilter(field_name="board__path")


def list_state(board, request):
    scope = scope_for(board)
    posts = (
        services.posts_for_board(board, scope)
        .select_related("board", "author__profile")
        .prefetch_related("themes")
        .order_by("-created_at", "-pk")
    )
    filters = BoardFilters(
        request, posts, locale_id=board.locale_id, municipalities=scope.municipality_choices()
    )
    return {
        "scope": scope,
        "themes": filters.themes,
        "kinds": Post.Kind.choices,
        "municipalities": filters.municipalities,
        "filters": filters.values,
        "posts": filters.qs,
    }


def board_list(board, request):
    state = list_state(board, request)
    listing = paginate(request, state["posts"], PER_PAGE, state["filters"])
    label(listing.page.object_list, state["scope"], request)
    return render(
        request,
        board,
        "board/bulletin_board_page.html",
        {
            **state,
            "listing": listing,
            "items": listing.page.object_list,
            "feed_url": feed_url(board, request, state["filters"]),
            "can_post": services.can_post(request.user),
        },
    )


class BoardFeed(ListingFeed):
    """The board's open posts: ListingFeed with a post's kind, text, address and date."""

    def item_title(self, post):
        return f"{post.get_kind_display()}: {post.title}"

    def item_description(self, post):
        return post.body[:500]

    def item_link(self, post):
        return subpage_url(post.board, "post", post.pk, full=True)

    def item_pubdate(self, post):
        return post.created_at


def board_feed(board, request):
    state = list_state(board, request)
    posts = list(state["posts"][:FEED_LENGTH])
    return BoardFeed(board, posts, request)(request)


# --- One post -------------------------------------------------------------------------------------


def get_post(board, pk, user, visible=True):
    """The post on this board (or, on the national board, on any board) that `user` may see;
    `visible=False` skips that check for views that check who may act themselves."""
    scope = scope_for(board)
    posts = Post.objects.select_related("board", "author__profile").prefetch_related("themes")
    if scope.is_national:
        posts = posts.filter(board__path__startswith=scope.national_home.path)
    else:
        posts = posts.filter(board=source_page(board))
    post = posts.filter(pk=pk).first()
    if post is None or (visible and not services.can_see(post, user)):
        raise Http404(_("Dit bericht bestaat niet (meer)."))
    return post


def post_detail(board, request, pk):
    post = get_post(board, pk, request.user)
    if post.board_id != source_page(board).pk:
        # On the national host, a municipality's post lives on its own board.
        return HttpResponseRedirect(subpage_url(post.board, "post", post.pk, request=request))
    label([post], scope_for(board), request)
    user = request.user
    return render(
        request,
        board,
        "board/post_page.html",
        {
            "post": post,
            # What the page's description and link previews show (core.meta).
            "meta_title": post.title,
            "meta_description": post.body,
            "body_html": render_body(post.body),
            "task_html": render_body(post.task),
            "author_name": display_name(post.author),
            "is_owner": services.can_edit(post, user),
            "can_moderate": user.is_authenticated and services.can_moderate(user, post),
            "comment_target": f"post-{post.pk}",
            "can_convert": can_convert(user, post),
            "report_form": ReportForm(),
        },
    )


def _form_context(board, form, post=None):
    return {"form": form, "post": post, "max_links": services.MAX_LINKS}


def post_create(board, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    if not services.can_post(request.user):
        return refuse(
            board,
            request,
            _("Alleen leden met een bevestigd e-mailadres kunnen berichten plaatsen."),
        )
    form = PostForm(request.POST or None, request.FILES or None, locale_id=board.locale_id)
    if request.method == "POST" and form.is_valid():
        try:
            post = services.create_post(
                board, request.user, form.post_fields(), themes=form.cleaned_data["themes"]
            )
        except services.PostError as error:
            form.add_error(None, str(error))
        else:
            if post.status == Post.Status.APPROVED:
                messages.success(request, _("Je bericht staat op het prikbord."))
            else:
                messages.success(request, _("Je bericht wacht op goedkeuring door de moderator."))
            return HttpResponseRedirect(board.post_url(post, request))
    status = 400 if request.method == "POST" else 200
    return render(request, board, "board/post_form.html", _form_context(board, form), status)


def own_post(board, request, pk):
    post = get_post(board, pk, request.user)
    if not services.can_edit(post, request.user):
        raise PermissionDenied
    return post


def post_edit(board, request, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
    post = own_post(board, request, pk)
    form = PostForm(
        request.POST or None,
        request.FILES or None,
        instance=post,
        locale_id=board.locale_id,
        initial={"themes": list(post.themes.all())},
    )
    if request.method == "POST" and form.is_valid():
        services.update_post(
            post, request.user, form.post_fields(), themes=form.cleaned_data["themes"]
        )
        messages.success(request, _("Je bericht is gewijzigd."))
        return HttpResponseRedirect(board.post_url(post, request))
    status = 400 if request.method == "POST" else 200
    return render(request, board, "board/post_form.html", _form_context(board, form, post), status)


def my_posts(board, request):
    """The member's own posts on every board, open or not."""
    if not request.user.is_authenticated:
        return login_redirect(request)
    posts = list(
        Post.objects.filter(author=request.user)
        .select_related("board")
        .order_by("-created_at", "-pk")
    )
    label(posts, scope_for(board), request, everywhere=True)  # posts from every board
    return render(request, board, "board/my_posts.html", {"posts": posts})


# --- Actions (POST) -------------------------------------------------------------------------------


def _owner_action(service, done):
    def action(board, request, post):
        service(post, request.user)
        messages.success(request, done)
        return HttpResponseRedirect(board.post_url(post, request))

    return action


def _delete(board, request, post):
    if request.POST.get("confirm") != "yes":
        return render(request, board, "board/confirm_delete.html", {"post": post})
    services.delete_post(post, request.user)
    messages.success(request, _("Je bericht is verwijderd."))
    return HttpResponseRedirect(subpage_url(board, "mine", request=request))


# By route name (board/models.py).
OWNER_ACTIONS = {
    "close": lambda: _owner_action(services.close_post, _("Je bericht is gesloten.")),
    "reopen": lambda: _owner_action(services.reopen_post, _("Je bericht is weer open.")),
    "renew": lambda: _owner_action(services.renew_post, _("Je bericht is verlengd.")),
    "delete": lambda: _delete,
}


def owner_action(board, request, pk, action):
    """Close, reopen, renew or delete: POST by the post's owner."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return login_redirect(request)
    post = own_post(board, request, pk)
    return private(OWNER_ACTIONS[action]()(board, request, post))


def post_report(board, request, pk):
    """POST by anyone: the post breaks the rules. Once per visitor's session and per member
    (as for comments); the reason is cleaned to one printable line by the kernel (NUL and
    all)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    post = get_post(board, pk, request.user)
    if not post.is_open:
        raise Http404
    report_once(request, post, request.POST.get("reason", "")[:1000])
    messages.success(request, _("Bedankt. Een moderator bekijkt je melding."))
    return HttpResponseRedirect(board.post_url(post, request))


def member_action(board, request, pk, action):
    """POST by a member on a post they can see: "Ik help mee" (board/messaging.py) or making
    an activity of a task (board/conversion.py)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return login_redirect(request)
    post = get_post(board, pk, request.user)
    return private(action(board, request, post))


def post_contact(board, request, pk):
    """The contact form is a page of its own (GET shows it). An answer to a message stays
    possible after the post closed: messaging checks that it is the recipient's."""
    answering = "antwoord" in request.GET
    post = get_post(board, pk, request.user, visible=not answering)
    return messaging.contact(board, request, post)
