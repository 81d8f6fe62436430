"""What an issue relays: the pages published since the previous issue, and how each reader sees them."""

import uuid

from django.db.models import Max
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from home.listings import source_pages
from home.localization import localized_pages
from home.visibility import public_pages
from initiatives.events.models import EventPage
from initiatives.models import InitiativePage
from library.letter.models import LetterIssuePage
from library.models import ReferencePage, ThematicNotePage

MAX_PER_SECTION = 20


def relayed_models():
    """(model, heading) of each section, in the order the letter shows them."""
    return [
        (InitiativePage, gettext("New initiatives")),
        (ThematicNotePage, gettext("Thematic notes")),
        (ReferencePage, gettext("New references")),
        (EventPage, gettext("Upcoming events")),
    ]


def archive_pages():
    return source_pages(LetterIssuePage).order_by("-number", "-first_published_at")


def previous_issue_date(issue=None):
    """When the previous issue went out (or was published): the start of what the next one relays."""
    issues = source_pages(LetterIssuePage)
    if issue is not None and issue.pk:
        issues = issues.exclude(pk=issue.pk)
    latest = issues.aggregate(sent=Max("sent_at"), published=Max("first_published_at"))
    return latest["sent"] or latest["published"]


def next_number():
    return (LetterIssuePage.objects.aggregate(number=Max("number"))["number"] or 0) + 1


def compose_body(issue=None, since=None):
    """Raw StreamField data: one section per kind of page with the public pages first published since `since`."""
    since = since or previous_issue_date(issue)
    body = []
    with translation.override("fr"):
        for model, heading in relayed_models():
            pages = source_pages(model)
            if since:
                pages = pages.filter(first_published_at__gt=since)
            ids = list(pages.order_by("-first_published_at").values_list("pk", flat=True)[:MAX_PER_SECTION])
            if ids:
                items = [{"type": "item", "value": pk, "id": str(uuid.uuid4())} for pk in ids]
                value = {"heading": heading, "pages": items}
                body.append({"type": "section", "value": value, "id": str(uuid.uuid4())})
    return body


def issue_sections(issue, locale):
    """[{heading, items}] of an issue shown in `locale`: public pages only, in their translation when one exists.

    Two queries whatever the number of pages: the chosen pages (specific) and their translations.
    """

    chosen = [
        (block.value["heading"], [page.pk for page in block.value["pages"] if page is not None])
        for block in issue.body
        if block.block_type == "section"
    ]
    ids = [pk for _heading, pks in chosen for pk in pks]
    pages = public_pages(Page.objects.live().filter(pk__in=ids)).specific().in_bulk()
    shown = localized_pages(list(pages.values()), locale)
    sections = []
    for heading, pks in chosen:
        items = []
        for pk in pks:
            if pk not in pages:
                continue  # unpublished since, or restricted to partners: never in a letter
            page = shown.get(pages[pk].translation_key, pages[pk])
            items.append(
                {
                    "title": page.title,
                    "url": page.get_full_url(),
                    "summary": page.summary,
                    "lang": page.locale.language_code if page.locale_id != locale.pk else None,
                    "when": page.when_display() if hasattr(page, "when_display") else "",
                }
            )
        if items:
            sections.append({"heading": heading, "items": items})
    return sections


def issue_in(issue, language_code):
    """The issue's live translation in `language_code`, else the issue itself."""
    if issue.locale.language_code == language_code:
        return issue
    translated = issue.get_translations().live().filter(locale__language_code=language_code).specific().first()
    return translated or issue
