"""Calendar files under the language prefix: /agenda.ics (French), /en/agenda.ics, /es/agenda.ics?theme=<code>."""

from django.urls import path

from initiatives.events import views

app_name = "events"
urlpatterns = [
    path("agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("events/<int:page_id>.ics", views.event_ics, name="event_ics"),
]
