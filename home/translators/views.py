"""The translators' dashboard view (registered in home/wagtail_hooks.py)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.translators import backlog

PERMISSION = "wagtail_localize.submit_translation"


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def dashboard(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    source_locale = Locale.get_default()
    locales = list(Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    selected = next((loc for loc in locales if loc.language_code == request.GET.get("locale")), None)
    selected = selected or (locales[0] if locales else None)
    section_choices = backlog.sections(source_locale)
    section = request.GET.get("section") or None
    if section not in {path for path, _title in section_choices} | {backlog.TAXONOMY_SECTION}:
        section = None
    theme_choices = backlog.theme_choices(source_locale)
    theme_id = _int_or_none(request.GET.get("theme"))
    if theme_id not in {pk for pk, _title in theme_choices}:
        theme_id = None
    rows = backlog.backlog(selected, section=section, theme_id=theme_id) if selected else []
    counts = {status: sum(1 for row in rows if row.status == status) for status in backlog.STATUS_LABELS}
    return render(
        request,
        "home/admin/translators_dashboard.html",
        {
            "page_title": _("Translations to do"),
            "locales": locales,
            "selected_locale": selected,
            "section_choices": section_choices,
            "taxonomy_section": backlog.TAXONOMY_SECTION,
            "section": section or "",
            "theme_choices": theme_choices,
            "theme_id": theme_id,
            "rows": rows,
            "counts": [(backlog.STATUS_LABELS[status], count) for status, count in counts.items()],
        },
    )
