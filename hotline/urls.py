from django.urls import path

from . import views

app_name = "hotline"

urlpatterns = [
    path("", views.request_form, name="request"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
]
