from django import template

from events import describe

register = template.Library()


@register.filter
def occurrence_time(occurrence):
    return describe.occurrence_time(occurrence)


@register.filter
def occurrence_when(occurrence):
    return describe.occurrence_when(occurrence)


@register.filter
def repeat_text(event):
    return describe.repeat_text(event)


@register.simple_tag(takes_context=True)
def event_url(context, page):
    """{% pageurl page %} for an event shown many times on one page (the month grid, a list of
    a daily repeat): worked out once per event and request, since every page URL walks the
    site's root paths and the language tree."""
    request = context.get("request")
    if request is None:
        return page.get_url()
    urls = request.__dict__.setdefault("_event_urls", {})
    if page.pk not in urls:
        urls[page.pk] = page.get_url(request=request)
    return urls[page.pk]
