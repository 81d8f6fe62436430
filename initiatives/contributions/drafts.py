"""A proposal or correction becomes a draft revision in the editorial workflow; nothing is published here."""

import datetime

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale

from home.listings import source_pages
from home.permissions import EDITORS_GROUP, REVIEWERS_GROUP
from initiatives.contributions.models import Submission
from initiatives.contributions.tasks import announce_submission
from initiatives.models import Audience, DatePrecision, InitiativeIndexPage, InitiativePage, ThemePage

UPLOADS_COLLECTION = "Contributions"


def source_themes():
    return source_pages(ThemePage).order_by("title")


def source_audiences():
    return Audience.objects.filter(locale=Locale.get_default()).order_by("name")


def uploads_collection():
    """Visitors' uploads, which only the editorial groups may download until an editor moves them."""

    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=UPLOADS_COLLECTION).first()
    if existing:
        return existing
    collection = root.add_child(name=UPLOADS_COLLECTION)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=[EDITORS_GROUP, REVIEWERS_GROUP]))
    return collection


def _store_uploads(data, title):
    """Wagtail image and document in the Contributions collection (editors choose whether to use them)."""
    image = document = None
    if data.get("image"):
        upload = data["image"]
        upload.name = f"contribution.{upload.checked_extension}"
        image = get_image_model().objects.create(title=title, file=upload, collection=uploads_collection())
    if data.get("document"):
        upload = data["document"]
        upload.name = f"contribution.{upload.checked_extension}"
        document = get_document_model().objects.create(title=title, file=upload, collection=uploads_collection())
    return image, document


def _apply(page, data, new=True):
    page.title = data["title"]
    page.summary = data["summary"]
    page.territory = data.get("territory", "")
    page.countries = data.get("countries") or []
    page.website = data.get("website", "")
    if data.get("launch_year"):
        page.launch_date = datetime.date(data["launch_year"], 1, 1)
        page.launch_precision = DatePrecision.YEAR
    for name in ("contact_name", "contact_email", "contact_phone"):
        if new or data.get(name):  # a correction leaves the contact as it is unless the visitor gives one
            setattr(page, name, data.get(name, ""))
            setattr(page, f"show_{name}", bool(data.get("show_contact")))
    page.themes.set(data.get("themes") or [])
    page.audiences.set(data.get("audiences") or [])


def _submit(page, submission):
    """Saves the draft revision and starts the page's workflow, as an anonymous request for review."""
    revision = page.save_revision(user=None, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user=None)
    transaction.on_commit(lambda: announce_submission.enqueue(submission.pk))
    return revision


def _submission(kind, page, data):
    image, document = _store_uploads(data, data["title"])
    return Submission.objects.create(
        kind=kind,
        page=page,
        submitter_name=data["name"],
        submitter_email=data["email"],
        language=translation.get_language() or "fr",
        carriers=data.get("carriers", ""),
        message=data.get("message", ""),
        image=image,
        document=document,
    )


@transaction.atomic
def propose_initiative(data):
    """A new French draft under the initiative index, submitted for review; returns the Submission."""
    index = source_pages(InitiativeIndexPage).first()
    page = InitiativePage(live=False)
    _apply(page, data)
    index.add_child(instance=page)
    submission = _submission(Submission.Kind.PROPOSAL, page, data)
    _submit(page, submission)
    return submission


@transaction.atomic
def correct_initiative(page, data):
    """A new draft revision of the (French) page carrying the correction; the live version is untouched."""
    page = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
    _apply(page, data, new=False)
    submission = _submission(Submission.Kind.CORRECTION, page, data)
    if page.workflow_in_progress:
        page.save_revision(user=None, log_action=True)
        transaction.on_commit(lambda: announce_submission.enqueue(submission.pk))
    else:
        _submit(page, submission)
    return submission


def initial_from_page(page):
    """The correction form filled in with what the page says now."""
    return {
        "title": page.title,
        "summary": page.summary,
        "territory": page.territory,
        "countries": list(page.countries),
        "website": page.website,
        "launch_year": page.launch_year,
        "themes": list(page.themes.all()),
        "audiences": list(page.audiences.all()),
    }
