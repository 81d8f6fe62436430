"""Factories for « Le courrier » (tests, benchmarks)."""

import factory
import wagtail_factories

from library.letter.models import LetterIndexPage, LetterIssuePage, Subscriber


class LetterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Le courrier"
    slug = "courrier"

    class Meta:
        model = LetterIndexPage


class LetterIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Numéro {n}")
    introduction = "<p>Au sommaire cette semaine.</p>"

    class Meta:
        model = LetterIssuePage


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"lecteur{n}@example.org")
    language = "fr"

    class Meta:
        model = Subscriber
