from django.urls import path

from . import views

urlpatterns = [
    path("profiel/", views.profile_edit, name="member_profile"),
    path("mijn-gegevens/", views.data_export, name="member_data_export"),
    path("verwijderen/", views.delete_account, name="member_delete"),
]
