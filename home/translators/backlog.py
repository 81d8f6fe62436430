"""The translation backlog of one locale, computed with a fixed number of queries whatever the number of rows.

A row is a French page or taxonomy term whose translation into the locale is missing (or only an alias), out of
date (the French source changed after the last sync) or unfinished (some segments untranslated).
"""

import json
from dataclasses import dataclass

from django.apps import apps
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import Keyword, TaxonomyTerm
from initiatives.models import ThemePage

MISSING = "missing"
OUTDATED = "outdated"
UNFINISHED = "unfinished"
STATUS_LABELS = {
    MISSING: _("Not translated"),
    OUTDATED: _("Out of date"),
    UNFINISHED: _("Unfinished"),
}
TAXONOMY_SECTION = "taxonomy"
SECTION_DEPTH = 3  # home is depth 2; its children are the sections
PATH_STEP = Page.steplen


@dataclass(frozen=True)
class BacklogRow:
    title: str
    kind: str
    section: str
    status: str
    percent: int | None
    action_url: str
    action_label: str
    sync_url: str | None = None

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def taxonomy_models():
    return [Keyword] + [m for m in apps.get_models() if issubclass(m, TaxonomyTerm)]


def sections(source_locale=None):
    """[(path, title)] of the French section pages (children of the home page)."""
    source_locale = source_locale or Locale.get_default()
    rows = Page.objects.filter(depth=SECTION_DEPTH, locale=source_locale).order_by("path")
    return list(rows.values_list("path", "title"))


def theme_choices(source_locale=None):
    source_locale = source_locale or Locale.get_default()
    return list(ThemePage.objects.filter(locale=source_locale).order_by("number", "title").values_list("id", "title"))


def _page_ids_for_theme(theme_id):
    """Ids of the pages classified under a theme (every page model with a `themes` relation), and the theme."""
    ids = {theme_id}
    for model in get_page_models():
        field = next((f for f in model._meta.local_many_to_many if f.name == "themes"), None)
        if isinstance(field, ParentalManyToManyField) and field.related_model is ThemePage:
            through = field.remote_field.through
            source_column = field.m2m_field_name()
            target_column = field.m2m_reverse_field_name()
            ids.update(
                through.objects.filter(**{f"{target_column}_id": theme_id}).values_list(
                    f"{source_column}_id", flat=True
                )
            )
    return ids


def _progress(source_ids, locale):
    """{source_id: (total segments, translated segments)} in two queries."""
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    translated_exists = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale, has_error=False
    )
    done = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .filter(Exists(translated_exists))
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    return {source_id: (total, done.get(source_id, 0)) for source_id, total in totals.items()}


def _percent(progress):
    total, done = progress
    return 100 if not total else int(done * 100 / total)


def _translations(source_ids, locale):
    return set(
        Translation.objects.filter(source_id__in=source_ids, target_locale=locale, enabled=True).values_list(
            "source_id", flat=True
        )
    )


def page_rows(locale, section_path=None, theme_id=None):
    source_locale = Locale.get_default()
    pages = Page.objects.filter(locale=source_locale, depth__gte=2, alias_of__isnull=True)
    if section_path:
        pages = pages.filter(path__startswith=section_path)
    if theme_id:
        pages = pages.filter(id__in=_page_ids_for_theme(theme_id))
    pages = list(
        pages.order_by("path").values(
            "id", "title", "path", "translation_key", "content_type_id", "latest_revision_created_at"
        )
    )
    if not pages:
        return []
    keys = [page["translation_key"] for page in pages]
    section_titles = dict(sections(source_locale))
    targets = {
        row["translation_key"]: row
        for row in Page.objects.filter(locale=locale, translation_key__in=keys).values(
            "id", "translation_key", "alias_of_id"
        )
    }
    sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values(
            "id", "object_id", "last_updated_at"
        )
    }
    source_ids = [row["id"] for row in sources.values()]
    progress = _progress(source_ids, locale)
    translated_sources = _translations(source_ids, locale)

    kinds = {ct.pk: ct for ct in ContentType.objects.filter(pk__in={p["content_type_id"] for p in pages})}

    rows = []
    for page in pages:
        model = kinds[page["content_type_id"]].model_class()
        kind = model._meta.verbose_name if model else ""
        section = section_titles.get(page["path"][: SECTION_DEPTH * PATH_STEP], "")
        target = targets.get(page["translation_key"])
        source = sources.get(page["translation_key"])
        if target is None or target["alias_of_id"]:
            url = reverse("wagtail_localize:submit_page_translation", args=[page["id"]])
            rows.append(
                BacklogRow(
                    page["title"],
                    kind,
                    section,
                    MISSING,
                    None,
                    f"{url}?select_locale={locale.language_code}",
                    _("Translate"),
                )
            )
            continue
        if source is None or source["id"] not in translated_sources:
            continue  # translated outside wagtail-localize's workflow: nothing to track
        edit_url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
        percent = _percent(progress.get(source["id"], (0, 0)))
        changed = page["latest_revision_created_at"]
        if changed and changed > source["last_updated_at"]:
            sync_url = reverse("wagtail_localize:update_translations", args=[source["id"]])
            rows.append(BacklogRow(page["title"], kind, section, OUTDATED, percent, edit_url, _("Edit"), sync_url))
        elif percent < 100:
            rows.append(BacklogRow(page["title"], kind, section, UNFINISHED, percent, edit_url, _("Edit")))
    return rows


def snippet_rows(locale):
    source_locale = Locale.get_default()
    rows = []
    for model in taxonomy_models():
        app_label, model_name = model._meta.app_label, model._meta.model_name
        terms = list(model.objects.filter(locale=source_locale).order_by("name"))
        if not terms:
            continue
        keys = [term.translation_key for term in terms]
        targets = dict(
            model.objects.filter(locale=locale, translation_key__in=keys).values_list("translation_key", "pk")
        )
        sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).only(
                "id", "object_id", "content_json"
            )
        }
        source_ids = [source.id for source in sources.values()]
        progress = _progress(source_ids, locale)
        translated_sources = _translations(source_ids, locale)
        for term in terms:
            target_pk = targets.get(term.translation_key)
            source = sources.get(term.translation_key)
            if target_pk is None:
                url = reverse(
                    "wagtail_localize:submit_snippet_translation", args=[app_label, model_name, quote(term.pk)]
                )
                rows.append(
                    BacklogRow(
                        term.name,
                        model._meta.verbose_name,
                        _("Taxonomies"),
                        MISSING,
                        None,
                        f"{url}?select_locale={locale.language_code}",
                        _("Translate"),
                    )
                )
                continue
            if source is None or source.id not in translated_sources:
                continue
            edit_url = reverse(f"wagtailsnippets_{app_label}_{model_name}:edit", args=[quote(target_pk)])
            percent = _percent(progress.get(source.id, (0, 0)))
            if json.loads(source.content_json) != json.loads(
                json.dumps(get_serializable_data_for_fields(term), cls=DjangoJSONEncoder)
            ):
                sync_url = reverse("wagtail_localize:update_translations", args=[source.id])
                status = OUTDATED
            else:
                sync_url = None
                status = UNFINISHED if percent < 100 else None
            if status:
                rows.append(
                    BacklogRow(
                        term.name,
                        model._meta.verbose_name,
                        _("Taxonomies"),
                        status,
                        percent,
                        edit_url,
                        _("Edit"),
                        sync_url,
                    )
                )
    return rows


def backlog(locale, section=None, theme_id=None):
    """Rows for one target locale; `section` is a section page path or TAXONOMY_SECTION."""
    rows = []
    if section != TAXONOMY_SECTION:
        rows += page_rows(locale, section_path=section, theme_id=theme_id)
    if not theme_id and section in (None, "", TAXONOMY_SECTION):
        rows += snippet_rows(locale)
    return rows
