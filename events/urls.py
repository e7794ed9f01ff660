from django.urls import path

from . import views

app_name = "events"
urlpatterns = [path("<str:token>/", views.signup_page, name="signup")]
