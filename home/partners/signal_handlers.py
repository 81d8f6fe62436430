"""A message published (on the site, or approved by an editor) is translated and e-mailed by the worker."""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_migrate, post_save

from home.partners.models import Message
from home.partners.setup import ensure_partner_space
from home.partners.tasks import publish_message


def enqueue_publication(sender, instance, raw=False, **kwargs):
    if raw or instance.status != Message.Status.PUBLISHED or instance.delivered_at is not None:
        return
    transaction.on_commit(lambda: publish_message.enqueue(instance.pk))


def set_up_partner_space(sender, **kwargs):
    ensure_partner_space()


def connect():
    post_save.connect(enqueue_publication, sender=Message, dispatch_uid="partners.enqueue_publication")
    post_migrate.connect(set_up_partner_space, sender=apps.get_app_config("partners"), dispatch_uid="partners.setup")
