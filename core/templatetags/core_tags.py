from django import template

from core.chrome import build_site_chrome

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


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below (and including) its site's root, without StreamField data."""
    request = context.get("request")
    page = context.get("page")
    chrome = site_chrome(context)
    if (
        page is None
        or chrome is None
        or chrome.root_depth is None
        or page.depth <= chrome.root_depth
    ):
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gte=chrome.root_depth).defer_streamfields()
    crumbs = [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]
    return {"crumbs": crumbs, "current": page.title}
