from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from core.chrome import build_site_chrome
from core.chrome import page_title as build_page_title
from core.languages import content_lang as content_lang_attributes
from core.meta import page_meta as build_page_meta
from core.queries import page_ancestors

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The site around the page (name, menu, colours, footer links), built once per request."""
    request = context.get("request")
    if request is None:
        return None
    chrome = getattr(request, "_site_chrome", None)
    if chrome is None:
        chrome = build_site_chrome(request, context.get("page"))
        request._site_chrome = chrome
    return chrome


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The description, canonical link and Open Graph data of the request (core.meta)."""
    request = context.get("request")
    if request is None:
        return None
    return build_page_meta(request, context.get("page"), site_chrome(context), context)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The page's ancestors from its site's root down, without StreamField data. With
    `current` (a route of a routable page, such as one bulletin board post), the page itself
    becomes a link and `current` the last crumb."""
    request = context.get("request")
    page = context.get("page")
    chrome = site_chrome(context)
    root_depth = chrome.root_depth if chrome else None
    if page is None or root_depth is None or page.depth <= root_depth:
        return {"crumbs": []}
    crumbs = [
        {"title": ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in page_ancestors(page)
        if ancestor.depth >= root_depth
    ]
    if current:
        crumbs.append({"title": page.title, "url": page.get_url(request)})
        return {"crumbs": crumbs, "current": current}
    return {"crumbs": crumbs, "current": page.title}


@register.filter
def iso_datetime(value):
    """A `datetime` attribute value: local ISO 8601 to the second (the HTML standard allows at
    most three digits of a fraction, and nobody needs one)."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


@register.filter
def page_title(title, chrome):
    """The document title around a page's own title (core.chrome.page_title)."""
    return build_page_title(title, chrome)


@register.filter
def tel_href(number):
    """A phone number as written ("072 548 80 00") as the href of a link that dials it
    ("tel:0725488000"): RFC 3966 allows no spaces; a leading + stays, and the "(0)" written
    after a country code is not dialled."""
    number = str(number).strip().replace("(0)", "")
    digits = "".join(character for character in number if character.isdigit())
    return f"tel:+{digits}" if number.startswith("+") else f"tel:{digits}"


@register.filter
def content_lang(obj):
    """` lang="nl" dir="ltr"` on an element printing a page's Dutch content inside a page in
    another language, or a member's text in the language they gave it
    (`{{ comment.language|content_lang }}`): core.languages.content_lang. The codes are
    settings' own, never the input."""
    return mark_safe(content_lang_attributes(obj))  # noqa: S308
