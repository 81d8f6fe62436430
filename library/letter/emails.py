"""The letter and the other messages as e-mail: HTML with inlined CSS (css-inline) plus plain text.

An issue is rendered once per language; each subscriber's copy only differs by its unsubscribe link, put in place
of a marker, so 2,000 messages cost two renderings, not 2,000.
"""

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from library.letter.compose import issue_in, issue_sections
from library.letter.tokens import unsubscribe_token

UNSUBSCRIBE_MARKER = "__UNSUBSCRIBE_URL__"
_inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def unsubscribe_url(email, language):
    with translation.override(language):
        return absolute(reverse("letter:unsubscribe", args=[unsubscribe_token(email)]))


def render_pair(template, context):
    """(HTML with inlined CSS, plain text) of letter/email/<template>.html and .txt."""
    html = render_to_string(f"letter/email/{template}.html", context)
    text = render_to_string(f"letter/email/{template}.txt", context)
    return _inliner.inline(html), text


def render_issue(issue, language_code=None, request=None, unsubscribe_url=UNSUBSCRIBE_MARKER):
    """(subject, html, text) of an issue for the readers of one language (its translation when live)."""
    language_code = language_code or issue.locale.language_code
    shown = issue_in(issue, language_code)
    with translation.override(language_code):
        locale = Locale.objects.get(language_code=language_code)
        context = {
            "issue": shown,
            "sections": issue_sections(shown, locale),
            "web_url": shown.get_full_url(request=request),
            "archive_url": shown.get_parent().get_full_url(request=request),
            "unsubscribe_url": unsubscribe_url,
            "language_code": language_code,
        }
        html, text = render_pair("issue", context)
        subject = subject_of(shown)
    return subject, html, text


def subject_of(issue):
    return gettext("Le courrier no. %(number)s: %(title)s") % {"number": issue.number, "title": issue.title}


def message(subject, html, text, to, unsubscribe=None, connection=None):
    """An EmailMultiAlternatives; `unsubscribe` adds RFC 2369/8058 one-click headers and fills the marker."""
    headers = {}
    if unsubscribe:
        html, text = html.replace(UNSUBSCRIBE_MARKER, unsubscribe), text.replace(UNSUBSCRIBE_MARKER, unsubscribe)
        headers = {"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    email = EmailMultiAlternatives(
        subject, text, settings.LETTER_FROM_EMAIL, [to], headers=headers, connection=connection
    )
    email.attach_alternative(html, "text/html")
    return email
