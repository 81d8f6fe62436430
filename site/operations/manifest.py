"""The counts an archive carries and a restore must find again: pages per type and locale, and every kept record."""

from django.apps import apps
from django.db.models import Count
from wagtail.models import Page

# Other kept records, by model label; a label whose app is not installed is skipped (so apps can come and go).
COUNTED_MODELS = [
    "wagtailcore.Revision",
    "wagtailcore.PageViewRestriction",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "auth.User",
    "auth.Group",
    "wagtail_localize.Translation",
    "taggit.Tag",
    "search.IndexDocument",
]
# Added by the apps that keep personal data or editorial records of their own (subscribers, proposals…).
COUNTED_MODELS_OPTIONAL = [
    "letter.Subscriber",
    "contributions.Submission",
    "partners.Message",
    "partners.Thread",
    "partners.MemberProfile",
]


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def manifest_counts():
    pages = (
        Page.objects.exclude(depth=1)
        .order_by()
        .values("content_type__app_label", "content_type__model", "locale__language_code")
        .annotate(n=Count("id"))
    )
    counts = {
        f"pages.{row['content_type__app_label']}.{row['content_type__model']}.{row['locale__language_code']}": row["n"]
        for row in pages
    }
    for label in COUNTED_MODELS + COUNTED_MODELS_OPTIONAL:
        model = _model(label)
        if model is not None:
            counts[label] = model._default_manager.count()
    return dict(sorted(counts.items()))
