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
