import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def forget_deleted_events(apps, schema_editor):
    """Ids of events deleted since their task was converted: the task is free again (and a
    foreign key cannot point at a missing page)."""
    Post = apps.get_model("board", "Post")
    Page = apps.get_model("wagtailcore", "Page")
    converted = Post.objects.filter(event_page_id__isnull=False)
    existing = Page.objects.filter(pk__in=converted.values("event_page_id")).values("pk")
    converted.exclude(event_page_id__in=existing).update(event_page_id=None)


class Migration(migrations.Migration):

    dependencies = [
        ('board', '0003_verbose_names'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(forget_deleted_events, migrations.RunPython.noop),
        migrations.RenameField(
            model_name='post',
            old_name='event_page_id',
            new_name='event_page',
        ),
        migrations.AlterField(
            model_name='post',
            name='event_page',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='activiteit in de kalender'),
        ),
    ]
