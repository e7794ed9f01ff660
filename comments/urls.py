from django.urls import path

from . import views

app_name = "comments"
urlpatterns = [
    path("pagina/<int:page_id>/", views.post_comment, name="post"),
    path("<int:pk>/wijzigen/", views.edit_comment, name="edit"),
    path("<int:pk>/verwijderen/", views.delete_comment, name="delete"),
    path("<int:pk>/melden/", views.report_comment, name="report"),
]
