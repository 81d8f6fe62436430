"""Factories for the agenda and its events (tests, benchmarks)."""

import datetime

import factory
import wagtail_factories

from initiatives.events.models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rencontre {n}")
    summary = "Une rencontre du réseau."
    start_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    time_zone = "Europe/Paris"

    class Meta:
        model = EventPage
