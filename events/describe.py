"""Plain-language descriptions of when an event takes place, for people (not machines)."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import recurrence
from .fields import WEEKDAYS

ORDINALS = {
    1: gettext_lazy("eerste"),
    2: gettext_lazy("tweede"),
    3: gettext_lazy("derde"),
    4: gettext_lazy("vierde"),
    -1: gettext_lazy("laatste"),
}


def _date(day):
    return formats.date_format(day, "j F Y")


def _time(moment):
    return formats.time_format(moment, "H:i")


def occurrence_time(occurrence):
    """ "19:00 - 21:00", "Hele dag", "22:00 - 02:00 (volgende dag)", "t/m 3 december"."""
    start = timezone.localtime(occurrence.start)
    end = timezone.localtime(occurrence.end)
    if occurrence.all_day:
        if occurrence.spans_days:
            return _("Hele dag, t/m %(date)s") % {
                "date": formats.date_format(occurrence.last_day, "j F")
            }
        return _("Hele dag")
    if start.date() == end.date():
        return f"{_time(start)} – {_time(end)}"
    if (end.date() - start.date()).days == 1:
        return _("%(start)s – %(end)s (volgende dag)") % {"start": _time(start), "end": _time(end)}
    return _("%(start)s t/m %(date)s %(end)s") % {
        "start": _time(start),
        "date": formats.date_format(end.date(), "j F"),
        "end": _time(end),
    }


def occurrence_when(occurrence):
    start = timezone.localtime(occurrence.start)
    return f"{formats.date_format(start, 'l j F Y')}, {occurrence_time(occurrence)}"


def _day_names(days):
    names = dict(WEEKDAYS)
    labels = [str(names[day]) for day in days]
    if len(labels) == 1:
        return labels[0]
    return _("%(list)s en %(last)s") % {"list": ", ".join(labels[:-1]), "last": labels[-1]}


def repeat_text(event):
    """ "Elke week op dinsdag en donderdag, t/m 20 december 2026" and the like; "" if once.
    Read from the stored repeat rule (events/rules.py)."""
    if not event.is_repeating:
        return ""
    first = recurrence.first_wall_start(event)
    repeat = event.repeat
    n = repeat.interval
    days = list(repeat.weekdays) or [first.weekday()]
    if repeat.frequency == "daily":
        text = ngettext("Elke dag", "Om de %(n)s dagen", n) % {"n": n}
    elif repeat.frequency == "weekly":
        text = ngettext("Elke week op %(days)s", "Om de %(n)s weken op %(days)s", n) % {
            "n": n,
            "days": _day_names(days),
        }
    elif repeat.frequency == "yearly":
        text = ngettext("Elk jaar op %(date)s", "Om de %(n)s jaar op %(date)s", n) % {
            "n": n,
            "date": formats.date_format(first, "j F"),
        }
    elif repeat.month_week:
        text = ngettext(
            "Elke maand op de %(nth)s %(days)s", "Om de %(n)s maanden op de %(nth)s %(days)s", n
        ) % {"n": n, "nth": ORDINALS[repeat.month_week], "days": _day_names(days)}
    else:
        text = ngettext("Elke maand op de %(day)se", "Om de %(n)s maanden op de %(day)se", n) % {
            "n": n,
            "day": first.day,
        }
    if repeat.until_has_time:
        text += ", " + _("t/m %(date)s %(time)s") % {
            "date": _date(repeat.until),
            "time": _time(repeat.until),
        }
    elif repeat.until:
        text += ", " + _("t/m %(date)s") % {"date": _date(repeat.until.date())}
    elif repeat.count:
        text += ", " + ngettext("%(count)s keer", "%(count)s keer", repeat.count) % {
            "count": repeat.count
        }
    return text
