"""`manage.py send_letter <page id>`: queue a published letter issue for sending, as the admin's button does."""

from django.core.management.base import BaseCommand, CommandError

from library.letter.models import Delivery, LetterIssuePage
from library.letter.tasks import send_issue


class Command(BaseCommand):
    help = "Queue a published letter issue for sending to every subscriber (run by the background worker)."

    def add_arguments(self, parser):
        parser.add_argument("page_id", type=int)

    def handle(self, page_id, **options):
        issue = LetterIssuePage.objects.live().filter(pk=page_id).first()
        if issue is None:
            raise CommandError(f"No published letter issue with id {page_id}.")
        delivery = Delivery.objects.create(issue=issue)
        send_issue.enqueue(delivery.pk)
        delivery.refresh_from_db()
        self.stdout.write(
            f"Delivery {delivery.pk}: {delivery.get_status_display()}, sent {delivery.sent}, "
            f"refused {delivery.refused}, failed {delivery.failed}"
        )
