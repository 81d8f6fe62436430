"""An e-mail backend that hands each message to the worker, so no request waits for the SMTP server."""

import base64

from django.core.mail.backends.base import BaseEmailBackend

from operations.worker.tasks import send_email


def serialise(message):
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase attachments are not used by the site
        raw = content.encode() if isinstance(content, str) else content
        attachments.append((filename, base64.b64encode(raw).decode("ascii"), mimetype))
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


class TaskEmailBackend(BaseEmailBackend):
    """EMAIL_BACKEND of the site; the worker delivers through EMAIL_DELIVERY_BACKEND (SMTP in production)."""

    def send_messages(self, email_messages):
        for message in email_messages:
            send_email.enqueue(serialise(message))
        return len(email_messages)
