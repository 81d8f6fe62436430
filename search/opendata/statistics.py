"""Counts of the public initiatives by theme, country, launch year, status, audience and type: one aggregate
query per dimension, labels from the per-language caches. The statistics page and its JSON API share them."""

from collections import Counter
from dataclasses import asdict, dataclass

from django.db.models import Count
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from home.listings import source_pages
from home.localization import term_labels
from initiatives.models import Audience, InitiativePage, InitiativeStatus, InitiativeType, OrganisationPage, ThemePage
from library.models import ReferencePage, ThematicNotePage


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class Dimension:
    name: str
    label: str
    rows: tuple

    @property
    def maximum(self):
        return max((row.count for row in self.rows), default=0)


def _by_relation(initiatives, relation, model, language_code, key_field="slug"):
    """Rows keyed like the search's facet values (a theme's code, a term's slug)."""
    rows = (
        initiatives.filter(**{f"{relation}__isnull": False})
        .order_by()
        .values_list(f"{relation}__translation_key", f"{relation}__{key_field}")
        .annotate(n=Count("pk", distinct=True))
    )
    labels = term_labels(model, language_code)
    return [Row(key, labels.get(translation_key, key), n) for translation_key, key, n in rows]


def _by_country(initiatives, language_code):
    # The multiple CountryField is stored as "FR,SN": counted here, in one query.
    stored = initiatives.order_by().values_list("countries", flat=True)
    counts = Counter(code for value in stored for code in str(value or "").split(",") if code)
    with translation.override(language_code):
        return [Row(code, str(countries.name(code)), n) for code, n in counts.items()]


def _by_year(initiatives):
    rows = (
        initiatives.exclude(launch_precision="unknown")
        .filter(launch_date__isnull=False)
        .order_by()
        .values_list("launch_date__year")
        .annotate(n=Count("pk"))
    )
    return sorted((Row(str(year), str(year), n) for year, n in rows), key=lambda row: row.key)


def _most_first(rows):
    return tuple(sorted(rows, key=lambda row: (-row.count, row.label.casefold())))


def initiative_statistics(language_code):
    initiatives = source_pages(InitiativePage)
    return [
        Dimension(
            "theme", _("Theme"), _most_first(_by_relation(initiatives, "themes", ThemePage, language_code, "code"))
        ),
        Dimension("country", _("Country"), _most_first(_by_country(initiatives, language_code))),
        Dimension("launch_year", _("Launch year"), tuple(_by_year(initiatives))),
        Dimension(
            "status", _("Status"), _most_first(_by_relation(initiatives, "status", InitiativeStatus, language_code))
        ),
        Dimension(
            "audience", _("Audience"), _most_first(_by_relation(initiatives, "audiences", Audience, language_code))
        ),
        Dimension(
            "initiative_type",
            _("Initiative type"),
            _most_first(_by_relation(initiatives, "initiative_types", InitiativeType, language_code)),
        ),
    ]


def totals():
    return {
        "initiatives": source_pages(InitiativePage).count(),
        "organisations": source_pages(OrganisationPage).count(),
        "notes": source_pages(ThematicNotePage).count(),
        "references": source_pages(ReferencePage).count(),
    }


def as_json(dimensions, total_counts, language_code):
    return {
        "language": language_code,
        "totals": total_counts,
        "initiatives": {
            dimension.name: {
                "label": str(dimension.label),
                "rows": [asdict(row) for row in dimension.rows],
            }
            for dimension in dimensions
        },
    }


BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 22, 6, 260, 300, 40


def bar_chart(dimension):
    """What the SVG template draws: a horizontal bar per row, lengths relative to the largest count."""
    step = BAR_HEIGHT + GAP
    bars = [
        {
            "label": row.label,
            "count": row.count,
            "y": index * step,
            "text_y": index * step + BAR_HEIGHT * 0.7,
            "width": round(BAR_WIDTH * row.count / dimension.maximum, 1) if dimension.maximum else 0,
            "value_x": LABEL_WIDTH
            + 6
            + (round(BAR_WIDTH * row.count / dimension.maximum, 1) if dimension.maximum else 0),
        }
        for index, row in enumerate(dimension.rows)
    ]
    return {
        "bars": bars,
        "height": max(step * len(bars), step),
        "width": LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH,
        "label_x": LABEL_WIDTH - 6,
        "bar_x": LABEL_WIDTH,
    }
