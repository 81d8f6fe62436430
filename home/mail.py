"""E-mails to people, in their language, rendered from templates `<name>_subject.txt` and `<name>.txt`.

Only background tasks call this (the web request only enqueues), so a slow SMTP server never delays a page.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def send_templated(name, context, to, language, reply_to=None, headers=None):
    with translation.override(language):
        subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
        body = render_to_string(f"{name}.txt", context)
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to or []),
        headers=headers or {},
    )
    message.send()
    return message
