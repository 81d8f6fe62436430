import json

from django.core.management.base import BaseCommand, CommandError

from operations.personal_data import apply_retention, erase_person, export_person


class Command(BaseCommand):
    help = "Export (as JSON) or erase everything the site keeps about one e-mail address; apply the retention limits."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase", "retention"])
        parser.add_argument("email", nargs="?")
        parser.add_argument("--yes", action="store_true", help="Erase without asking.")

    def handle(self, *args, action, email, yes, **options):
        if action == "retention":
            self.stdout.write(json.dumps(apply_retention()))
            return
        if not email or "@" not in email:
            raise CommandError("Give the person's e-mail address.")
        if action == "export":
            self.stdout.write(json.dumps(export_person(email), indent=2, ensure_ascii=False))
            return
        if not yes and input(f"Erase everything kept about {email}? [y/N] ").strip().lower() != "y":
            raise CommandError("Nothing was erased.")
        erased = erase_person(email)
        self.stdout.write(f"Erased for {email}: " + ", ".join(f"{key} {n}" for key, n in erased.items()))
