"""Work done after a discussion message is published: machine translations, then e-mail to the subscribers."""

import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from home.mail import send_templated
from home.partners.display import shown_message
from home.partners.models import MemberProfile, Message, MessageTranslation
from home.partners.translation import get_translator

logger = logging.getLogger(__name__)


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def translate_message(message):
    """Stores the message (and, for the first one, its subject) in every other site language; idempotent."""
    translator = get_translator()
    if translator is None:
        return
    thread = message.thread
    opens_thread = not thread.messages.filter(created_at__lt=message.created_at).exists()
    done = set(message.translations.values_list("language", flat=True))
    for target in _languages():
        if target == message.language or target in done:
            continue
        texts = [message.body, thread.title] if opens_thread else [message.body]
        try:
            translated = translator.translate(texts, message.language, target)
        except Exception:  # an engine failure leaves the original alone, never a lost message
            logger.exception("Machine translation of message %s into %s failed", message.pk, target)
            continue
        MessageTranslation.objects.get_or_create(
            message=message,
            language=target,
            defaults={
                "body": translated[0],
                "title": translated[1] if opens_thread else "",
                "translator": translator.name,
            },
        )


@task()
def publish_message(message_id):
    """Translates a published message, then e-mails it once to each subscriber in their language."""
    message = Message.objects.select_related("thread__discussion_list", "author").filter(pk=message_id).first()
    if message is None or message.status != Message.Status.PUBLISHED:
        return
    translate_message(message)
    claimed = Message.objects.filter(pk=message.pk, delivered_at__isnull=True).update(delivered_at=timezone.now())
    if not claimed:
        return  # already sent
    deliver(message)


def deliver(message):
    discussion_list = message.thread.discussion_list
    subscribers = discussion_list.subscribers.filter(is_active=True).exclude(email="")
    if message.author_id:
        subscribers = subscribers.exclude(pk=message.author_id)
    languages = dict(MemberProfile.objects.filter(user__in=subscribers).values_list("user_id", "language"))
    translations = {t.language: t for t in message.translations.all()}
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for user in subscribers:
        language = languages.get(user.pk, settings.LANGUAGE_CODE)
        shown = shown_message(message, translations.get(language), language)
        context = {"message": message, "shown": shown, "list": discussion_list, "base": base}
        headers = {"List-Id": f"<{discussion_list.slug}.lists.resource-centre>"}
        send_templated("partners/email/message", context, [user.email], language, headers=headers)
