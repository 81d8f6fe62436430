"""`manage.py geocode_places`: coordinates for the organisations and initiatives that lack them, offline."""

from django.core.management.base import BaseCommand
from django.db import transaction

from initiatives.geocoding import geocode_missing


class Command(BaseCommand):
    help = (
        "Give a place to every organisation (its town, else its country's centre) and initiative (its territory, "
        "else its first organisation's place, else its country's centre) without one, from an offline gazetteer. "
        "Places picked by an editor are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Redo every place an editor did not pick.")

    def handle(self, *args, **options):
        with transaction.atomic():
            placed = geocode_missing(force=options["force"])
        self.stdout.write(
            f"{placed['OrganisationPage']} organisations and {placed['InitiativePage']} initiatives placed"
        )
