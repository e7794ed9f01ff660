"""What every mail the sites send shares: the name of the site it comes from.

A mail is signed with the name of the site the member is on (the request's) or the site of
the content it is about: "Aan de Slag Alkmaar", "Aan de Slag" on the national site. Account
mails (members.adapter), moderation outcomes (comments, board) and sign-up mails (events) all
take the name from here.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Page, Site

PROGRAM_NAME = "Aan de Slag"


def site_name(site):
    """The name a Wagtail Site goes by in mails and page titles."""
    return (site.site_name if site is not None else "") or PROGRAM_NAME


def site_name_for(source):
    """The site name for a request, a page (the site it belongs to) or a Site."""
    if source is None:
        return PROGRAM_NAME
    if isinstance(source, Site):
        return site_name(source)
    if isinstance(source, Page):
        return site_name(source.get_site())
    return site_name(Site.find_for_request(source))


def render_mail(subject_template, body_template, context, language=None):
    """(subject, body) of a mail from its two templates, in `language` (Dutch unless the reader
    chose another); the subject on one line, as mail headers need."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    return subject, body
