"""The repeat of an event becomes one RFC 5545 RRULE value (`repeat_rule`) instead of six
fields. The data moves both ways: pages, their revisions (drafts, scheduled and old versions)
and wagtail-localize's translation sources, which hold the page as it was serialised.

The conversion is written out here, not imported from events/rules.py, so that this migration
keeps meaning what it meant when that module changes."""

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.db import migrations, models

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
OLD_FIELDS = (
    "repeat_frequency",
    "repeat_interval",
    "repeat_weekdays",
    "repeat_month_week",
    "repeat_until",
    "repeat_count",
)


def _weekdays(value):
    if not value:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return sorted({int(day) for day in value})


def _first_weekday(start):
    if isinstance(start, str):
        start = datetime.fromisoformat(start.replace("Z", "+00:00"))
    if start is None:
        return None
    return start.astimezone(ZoneInfo(settings.TIME_ZONE)).weekday()


def rule_text(fields, start):
    """The RRULE value for the six old fields (a dict of them)."""
    frequency = fields.get("repeat_frequency") or ""
    if not frequency:
        return ""
    rule = {"FREQ": frequency.upper()}
    interval = int(fields.get("repeat_interval") or 1)
    if interval > 1:
        rule["INTERVAL"] = interval
    days = _weekdays(fields.get("repeat_weekdays"))
    month_week = fields.get("repeat_month_week")
    if frequency == "weekly" and days:
        rule["BYDAY"] = [BYDAY[day] for day in days]
    elif frequency == "monthly" and month_week:
        days = days or [_first_weekday(start)]
        rule["BYDAY"] = [f"{int(month_week)}{BYDAY[day]}" for day in days]
    until = fields.get("repeat_until")
    if isinstance(until, str):
        until = date.fromisoformat(until)
    if until:
        rule["UNTIL"] = datetime.combine(until, time(23, 59, 59))
    elif fields.get("repeat_count"):
        rule["COUNT"] = int(fields["repeat_count"])
    return icalendar.vRecur(rule).to_ical().decode()


def rule_fields(text):
    """The six old fields for an RRULE value (what the old fields could hold)."""
    fields = {
        "repeat_frequency": "",
        "repeat_interval": 1,
        "repeat_weekdays": "",
        "repeat_month_week": None,
        "repeat_until": None,
        "repeat_count": None,
    }
    if not text:
        return fields
    parts = icalendar.vRecur.from_ical(text)
    frequency = parts["FREQ"][0].lower()
    if frequency not in ("daily", "weekly", "monthly"):
        return fields  # a yearly repeat has no old form: the event takes place once
    fields["repeat_frequency"] = frequency
    fields["repeat_interval"] = int(parts.get("INTERVAL", [1])[0])
    days = parts.get("BYDAY", [])
    fields["repeat_weekdays"] = ",".join(
        str(day) for day in sorted({BYDAY.index(day[-2:]) for day in days})
    )
    weeks = {int(day[:-2]) for day in days if day[:-2]}
    if weeks:
        fields["repeat_month_week"] = weeks.pop()
    if "UNTIL" in parts:
        until = parts["UNTIL"][0]
        fields["repeat_until"] = until.date() if isinstance(until, datetime) else until
    if "COUNT" in parts:
        fields["repeat_count"] = int(parts["COUNT"][0])
    return fields


def _convert_content(content, forwards):
    """A serialised page (a revision's or a translation source's content), converted."""
    if forwards:
        if "repeat_rule" in content or "repeat_frequency" not in content:
            return False
        content["repeat_rule"] = rule_text(content, content.get("start"))
        for name in OLD_FIELDS:
            content.pop(name, None)
    else:
        if "repeat_rule" not in content:
            return False
        fields = rule_fields(content.pop("repeat_rule"))
        until = fields["repeat_until"]
        fields["repeat_until"] = until.isoformat() if until else None
        content.update(fields)
    return True


def _convert(apps, forwards):
    EventPage = apps.get_model("events", "EventPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in EventPage.objects.all():
        if forwards:
            values = {name: getattr(page, name) for name in OLD_FIELDS}
            page.repeat_rule = rule_text(values, page.start)
            page.save(update_fields=["repeat_rule"])
        else:
            for name, value in rule_fields(page.repeat_rule).items():
                setattr(page, name, value)
            page.save(update_fields=list(OLD_FIELDS))
    content_type = ContentType.objects.filter(app_label="events", model="eventpage").first()
    if content_type is None:
        return
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type_id=content_type.pk):
        if _convert_content(revision.content, forwards):
            revision.save(update_fields=["content"])
    if apps.is_installed("wagtail_localize"):
        TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
        for source in TranslationSource.objects.filter(specific_content_type_id=content_type.pk):
            content = json.loads(source.content_json)
            if _convert_content(content, forwards):
                source.content_json = json.dumps(content, cls=_Encoder)
                source.save(update_fields=["content_json"])


class _Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date | datetime):
            return o.isoformat()
        return super().default(o)


def forwards(apps, schema_editor):
    _convert(apps, forwards=True)


def backwards(apps, schema_editor):
    _convert(apps, forwards=False)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_verbose_names"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="repeat_rule",
            field=models.CharField(
                blank=True, default="", max_length=200, verbose_name="herhaalregel"
            ),
        ),
        migrations.RunPython(forwards, backwards),
        *[migrations.RemoveField(model_name="eventpage", name=name) for name in OLD_FIELDS],
    ]
