"""Members reach a poster through the site: "Ik help mee" and "Neem contact op".

The site relays every message by email. Neither side ever sees the other's address: the email
comes from the site, has no Reply-To and names the sender by display name only. The recipient
answers on the site, through the link in the email (`<post>/contact/?antwoord=<message id>`,
open only to that message's recipient); an answer is a ContactMessage the other way, relayed
the same way. A help offer is stored as a message too, so the poster answers it likewise.
"""

import logging
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.mail import render_mail, site_name_for
from core.routes import subpage_url
from core.text import is_blank
from members.services import display_name, is_verified_member, mail_language

from .posts import ContactMessage, HelpOffer
from .responses import login_redirect, private, refuse, render
from .services import MAX_LINKS, check_links, clean_text

logger = logging.getLogger(__name__)

MAX_MESSAGE = 2000
MAX_MESSAGES_PER_DAY = 10


class MessageError(Exception):
    """A message we refuse, with a text for the member (already translated)."""


class AlreadyOffered(MessageError):
    pass


class RateLimited(MessageError):
    pass


# --- Sending --------------------------------------------------------------------------------------


def check_rate(sender, now=None):
    """At most MAX_MESSAGES_PER_DAY messages (help offers included) per member per 24 hours."""
    since = (now or timezone.now()) - timedelta(days=1)
    if ContactMessage.objects.filter(sender=sender, created_at__gte=since).count() >= (
        MAX_MESSAGES_PER_DAY
    ):
        raise RateLimited(
            _(
                "Je kunt hoogstens %(max)s berichten per dag via de site sturen. "
                "Probeer het morgen weer."
            )
            % {"max": MAX_MESSAGES_PER_DAY}
        )


def answer_url(message, request=None):
    """Where the recipient of `message` answers it (they must log in as themselves)."""
    post = message.post
    contact = subpage_url(post.board, "contact", post.pk, request=request, full=True)
    return f"{contact}?{urlencode({'antwoord': message.pk})}"


def relay(message, kind, answer, post_url):
    """Email `message` to its recipient, in their language; `kind` is "help", "message" or "reply".
    The mail is queued (core/mail_queue.py: sent by the worker, retried while the mail server is
    down); should even queueing fail, it is logged, and the message itself is stored."""
    recipient = message.recipient
    if not recipient.email:
        logger.warning("Board message %s: recipient %s has no email", message.pk, recipient.pk)
        return
    context = {
        "kind": kind,
        "message": message,
        "post": message.post,
        "sender_name": display_name(message.sender),
        "recipient_name": display_name(recipient),
        "answer_url": answer,
        "post_url": post_url,
        "site_name": site_name_for(message.post.board),
    }
    subject, body = render_mail(
        "board/email/subject.txt",
        "board/email/message.txt",
        context,
        language=mail_language(recipient),
    )
    try:
        EmailMessage(subject, body, to=[recipient.email]).send()
    except Exception:  # noqa: BLE001 - any mail failure; the message is stored
        logger.exception("Could not send board message %s", message.pk)


def _schedule(message, kind, request):
    answer = answer_url(message, request)
    post_url = subpage_url(message.post.board, "post", message.post.pk, request=request, full=True)
    transaction.on_commit(lambda: relay(message, kind, answer, post_url))


def _check_recipient(recipient):
    if not recipient.is_active:
        raise MessageError(_("Deze persoon is niet meer bereikbaar via de site."))


def recipient_for(post, sender, reply_to=None):
    """Who a message from `sender` goes to: the poster of an open post (not yourself), or the
    sender of `reply_to`, a message `sender` received about this post."""
    if reply_to is None:
        if post.author_id == sender.pk:
            raise MessageError(_("Dit is je eigen bericht; je kunt jezelf geen bericht sturen."))
        if not post.is_open:
            raise MessageError(_("Op dit bericht kun je niet meer reageren."))
        recipient = post.author
    else:
        if reply_to.recipient_id != sender.pk or reply_to.post_id != post.pk:
            raise MessageError(
                _("Je kunt alleen antwoorden op een bericht dat aan jou is gestuurd.")
            )
        recipient = reply_to.sender
    _check_recipient(recipient)
    return recipient


@transaction.atomic
def send_message(post, sender, body, reply_to=None, request=None):
    """A message about `post`: to its author, or (`reply_to`) an answer to a message the sender
    received. Emailed to the recipient once the transaction commits."""
    if not is_verified_member(sender):
        raise MessageError(_("Alleen leden met een bevestigd e-mailadres kunnen berichten sturen."))
    recipient = recipient_for(post, sender, reply_to)
    check_rate(sender)
    message = ContactMessage.objects.create(
        post=post, sender=sender, recipient=recipient, body=body, reply_to=reply_to
    )
    _schedule(message, "message" if reply_to is None else "reply", request)
    return message


@transaction.atomic
def offer(post, helper, request=None):
    """ "Ik help mee": once per member and post, on open posts that take help."""
    if not is_verified_member(helper):
        raise MessageError(_("Alleen leden met een bevestigd e-mailadres kunnen hulp aanbieden."))
    if post.author_id == helper.pk:
        raise MessageError(_("Dit is je eigen bericht."))
    if not (post.is_open and post.takes_help):
        raise MessageError(_("Bij dit bericht kun je geen hulp aanbieden."))
    if HelpOffer.objects.filter(post=post, helper=helper).exists():
        raise AlreadyOffered(_("Je hebt je hulp al aangeboden."))
    _check_recipient(post.author)
    check_rate(helper)
    try:
        with transaction.atomic():
            help_offer = HelpOffer.objects.create(post=post, helper=helper)
    except IntegrityError:  # a second click that raced the first
        raise AlreadyOffered(_("Je hebt je hulp al aangeboden.")) from None
    with translation.override(settings.LANGUAGE_CODE):
        body = _("Ik wil graag meehelpen.")
    message = ContactMessage.objects.create(
        post=post, sender=helper, recipient=post.author, body=body
    )
    _schedule(message, "help", request)
    return help_offer


# --- Views ----------------------------------------------------------------------------------------


class ContactForm(forms.Form):
    """Plain text, at most MAX_MESSAGE characters and a few links; bots fill the hidden field."""

    body = forms.CharField(
        label=gettext_lazy("Je bericht"),
        strip=False,
        error_messages={"required": gettext_lazy("Je bericht is leeg. Schrijf eerst iets.")},
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": MAX_MESSAGE}),
    )
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_body(self):
        body = clean_text(self.cleaned_data["body"], max_length=MAX_MESSAGE)
        if is_blank(body):
            raise forms.ValidationError(_("Je bericht is leeg. Schrijf eerst iets."))
        check_links(body)
        return body

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(_("Je bericht kon niet worden verwerkt."))
        return cleaned


def _back(board, request, post):
    return HttpResponseRedirect(board.post_url(post, request))


def offer_help(board, request, post):
    """POST "Ik help mee" (the view has checked the method and the login)."""
    if not is_verified_member(request.user):
        return refuse(
            board,
            request,
            _("Alleen leden met een bevestigd e-mailadres kunnen hulp aanbieden."),
        )
    try:
        offer(post, request.user, request)
    except AlreadyOffered as error:
        messages.info(request, str(error))
    except MessageError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Bedankt! %(name)s krijgt een e-mail dat je wilt meehelpen.")
            % {"name": display_name(post.author)},
        )
    return _back(board, request, post)


def _original(request, post):
    """The message being answered (?antwoord=<id>), if it was sent to this user about this
    post; else None."""
    value = request.GET.get("antwoord", "")
    if not value.isdigit():
        return None
    return (
        ContactMessage.objects.select_related("sender__profile")
        .filter(pk=int(value), post=post, recipient=request.user)
        .first()
    )


def contact(board, request, post):
    """GET: the form (to the poster, or ?antwoord=<id> to answer a message); POST: send."""
    if not request.user.is_authenticated:
        return login_redirect(request)
    user = request.user
    if not is_verified_member(user):
        return refuse(
            board, request, _("Alleen leden met een bevestigd e-mailadres kunnen berichten sturen.")
        )
    original = None
    if "antwoord" in request.GET:
        original = _original(request, post)
        if original is None:
            return refuse(
                board,
                request,
                _("Je kunt alleen antwoorden op een bericht dat aan jou is gestuurd."),
            )
    try:
        recipient = recipient_for(post, user, original)
    except MessageError as error:
        return refuse(board, request, str(error))

    form = ContactForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                send_message(post, user, form.cleaned_data["body"], original, request)
            except MessageError as error:
                form.add_error(None, str(error))
                status = 429 if isinstance(error, RateLimited) else 400
            else:
                if original:
                    done = _("Je antwoord is verstuurd.")
                else:
                    done = _("Je bericht is verstuurd. %(name)s krijgt het per e-mail.") % {
                        "name": display_name(recipient)
                    }
                messages.success(request, done)
                return private(_back(board, request, post))
    return render(
        request,
        board,
        "board/contact.html",
        {
            "post": post,
            "form": form,
            "original": original,
            "recipient_name": display_name(recipient),
            "form_action": request.get_full_path(),
            "max_links": MAX_LINKS,
            "max_length": MAX_MESSAGE,
        },
        status=status,
    )
