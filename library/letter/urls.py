"""Subscription links under the language prefix: /letter/… (French), /en/letter/…, /es/letter/…."""

from django.urls import path

from library.letter import views

app_name = "letter"
urlpatterns = [
    path("letter/subscribe/", views.subscribe, name="subscribe"),
    path("letter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("letter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
