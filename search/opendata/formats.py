"""The open data formats: CSV (one flat row per record), JSON (records with their metadata) and GeoJSON."""

import csv
import io
import json

from django.utils import timezone

SCHEMA_VERSION = "1.0"  # minor: fields added; major: a field renamed, removed or changed in meaning
LICENCE = "CC-BY-SA-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
LIST_SEPARATOR = " | "

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
}


def metadata(dataset, language_code, schema_url):
    return {
        "dataset": dataset,
        "version": SCHEMA_VERSION,
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "language": language_code,
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "schema": schema_url,
    }


def as_json(records, meta):
    return json.dumps({**meta, "count": len(records), "items": records}, ensure_ascii=False, indent=1)


def _flat_value(value):
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_flat_value(item) for item in value)
    if value is None:
        return ""
    return str(value)


def flat_row(record):
    """A record as CSV cells: lists joined with “ | ”, the place and the CSL item spread into their own columns."""
    row = {}
    for key, value in record.items():
        if key == "place":
            place = value or {}
            for part in ("latitude", "longitude", "precision", "approximate"):
                row[f"place_{part}"] = _flat_value(place.get(part))
        elif key == "organisations":
            row[key] = LIST_SEPARATOR.join(f"{org['name']} ({org['role']}, {org['country']})" for org in value)
        elif key == "csl":
            row.update(_csl_columns(value))
        elif key == "initiative_places":
            row["initiatives"] = LIST_SEPARATOR.join(place["initiative"] for place in value)
        else:
            row[key] = _flat_value(value)
    return row


def _csl_columns(item):
    names = [
        person.get("literal") or ", ".join(filter(None, (person.get("family"), person.get("given"))))
        for person in item.get("author", [])
    ]
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    return {
        "type": item.get("type", ""),
        "authors": LIST_SEPARATOR.join(names),
        "issued": "-".join(f"{part:02d}" if i else str(part) for i, part in enumerate(issued)),
        **{
            variable: item.get(variable, "")
            for variable in ("container-title", "publisher", "publisher-place", "URL", "DOI", "ISBN", "ISSN")
        },
    }


def as_csv(records):
    rows = [flat_row(record) for record in records]
    columns = list(dict.fromkeys(column for row in rows for column in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _geometry(record):
    """A point for a placed initiative or organisation, the initiatives' points for a reference, else null."""
    if "initiative_places" in record:
        points = [[p["longitude"], p["latitude"]] for p in record["initiative_places"]]
        return {"type": "MultiPoint", "coordinates": points} if points else None
    place = record.get("place")
    return {"type": "Point", "coordinates": [place["longitude"], place["latitude"]]} if place else None


def as_geojson(records, meta):
    features = [
        {
            "type": "Feature",
            "id": record["id"],
            "geometry": _geometry(record),
            "properties": {key: value for key, value in record.items() if key != "id"},
        }
        for record in records
    ]
    # Foreign members (RFC 7946 §6.1): the dataset's metadata travels with the features.
    return json.dumps({"type": "FeatureCollection", **meta, "features": features}, ensure_ascii=False)
