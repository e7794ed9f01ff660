from django.urls import path

from . import admin_views

app_name = "board_admin"
urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("<int:pk>/<slug:action>/", admin_views.moderate, name="moderate"),
]
