from django.urls import path

from . import answers, views

app_name = "hotline"

urlpatterns = [
    path("", views.request_form, name="request"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
    path("answers/", answers.answers, name="answers"),
]
