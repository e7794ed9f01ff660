from django.urls import path

from . import admin_views

app_name = "events_admin"
urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:event_id>/", admin_views.event_signups, name="event"),
    path("<int:event_id>/csv/", admin_views.signups_csv, name="csv"),
]
