"""One record per initiative, organisation or reference: the open data every format is written from.

Records are built from French source pages (they carry the relations) in a fixed number of queries, and show
titles, addresses and taxonomy labels in the requested language. Only public pages are ever passed in.
"""

from django.db.models import Prefetch
from django.utils import translation
from wagtail.models import Locale

from home.listings import source_pages
from home.localization import localized_label, localized_labels, localized_pages
from initiatives.models import InitiativeOrganisation, InitiativePage
from library.export import csl_items


def _locale(language_code):
    return Locale.objects.filter(language_code=language_code).first() or Locale.get_default()


def _shown(pages, language_code, request):
    """{translation_key: (title, absolute url, language of what is shown)}."""
    shown = localized_pages(pages, _locale(language_code)) if pages else {}
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    return {
        key: (page.title, page.get_full_url(request=request) or "", codes[page.locale_id])
        for key, page in shown.items()
    }


def _place(page):
    if not page.has_place:
        return None
    return {
        "latitude": page.latitude,
        "longitude": page.longitude,
        "precision": page.place_precision,
        "approximate": page.place_is_approximate,
    }


def initiative_records(pages, language_code, request=None):
    pages = list(
        pages.select_related("status").prefetch_related(
            "themes",
            "initiative_types",
            "audiences",
            "keyword_items__tag",
            Prefetch(
                "organisation_links",
                queryset=InitiativeOrganisation.objects.select_related("organisation").order_by("sort_order"),
            ),
        )
    )
    organisations = [link.organisation for page in pages for link in page.organisation_links.all()]
    shown = _shown(pages + organisations, language_code, request)
    records = []
    with translation.override(language_code):
        for page in pages:
            title, url, language = shown[page.translation_key]
            records.append(
                {
                    "id": str(page.translation_key),
                    "title": title,
                    "url": url,
                    "language": language,
                    "summary": page.summary,
                    "territory": page.territory,
                    "countries": [country.code for country in page.countries],
                    "region": page.region,
                    "themes": [theme.code for theme in page.themes.all()],
                    "theme_labels": localized_labels(page.themes.all(), language_code),
                    "initiative_types": localized_labels(page.initiative_types.all(), language_code),
                    "audiences": localized_labels(page.audiences.all(), language_code),
                    "keywords": [localized_label(item.tag, language_code) for item in page.keyword_items.all()],
                    "status": localized_label(page.status, language_code) if page.status_id else "",
                    "launch_year": page.launch_year,
                    "launch_date": str(page.launch_date_display()),
                    "website": page.website,
                    "organisations": [
                        {
                            "id": str(link.organisation.translation_key),
                            "name": shown[link.organisation.translation_key][0],
                            "role": link.role,
                            "country": link.organisation.country.code or "",
                            "place": _place(link.organisation),
                        }
                        for link in page.organisation_links.all()
                        if link.organisation.live
                    ],
                    "place": _place(page),
                    "last_published_at": page.last_published_at.isoformat() if page.last_published_at else None,
                }
            )
    return records


def organisation_records(pages, language_code, request=None):
    pages = list(pages.select_related("kind"))
    shown = _shown(pages, language_code, request)
    records = []
    for page in pages:
        title, url, language = shown[page.translation_key]
        records.append(
            {
                "id": str(page.translation_key),
                "name": title,
                "url": url,
                "language": language,
                "kind": localized_label(page.kind, language_code) if page.kind_id else "",
                "country": page.country.code or "",
                "town": page.town,
                "website": page.website,
                "place": _place(page),
                "last_published_at": page.last_published_at.isoformat() if page.last_published_at else None,
            }
        )
    return records


def reference_records(pages, language_code, request=None):
    """References as their CSL-JSON item plus the page's address and the places of the initiatives they inform."""

    pages = list(pages.prefetch_related("themes"))
    items = csl_items(pages)
    shown = _shown(pages, language_code, request)
    initiatives = (
        source_pages(InitiativePage)
        .filter(related_references__in=[page.pk for page in pages])
        .values_list("related_references", "translation_key", "latitude", "longitude")
    )
    places = {}
    for reference_id, key, latitude, longitude in initiatives:
        places.setdefault(reference_id, []).append(
            {"initiative": str(key), "latitude": latitude, "longitude": longitude}
        )
    records = []
    for page, item in zip(pages, items, strict=True):
        title, url, language = shown[page.translation_key]
        records.append(
            {
                "id": str(page.translation_key),
                "title": title,
                "url": url,
                "language": language,
                "csl": item,
                "themes": [theme.code for theme in page.themes.all()],
                "initiative_places": [p for p in places.get(page.pk, []) if p["latitude"] is not None],
                "last_published_at": page.last_published_at.isoformat() if page.last_published_at else None,
            }
        )
    return records
