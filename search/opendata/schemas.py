"""The published JSON Schemas (draft 2020-12) of the JSON exports: one per dataset, served at /api/open-data/."""

from search.opendata.formats import SCHEMA_VERSION

DRAFT = "https://json-schema.org/draft/2020-12/schema"
STRING = {"type": "string"}
STRINGS = {"type": "array", "items": STRING}
DATETIME = {"type": ["string", "null"], "format": "date-time"}

PLACE = {
    "type": ["object", "null"],
    "description": "Where it is; approximate unless an editor picked the point.",
    "required": ["latitude", "longitude", "precision", "approximate"],
    "properties": {
        "latitude": {"type": "number", "minimum": -90, "maximum": 90},
        "longitude": {"type": "number", "minimum": -180, "maximum": 180},
        "precision": {"enum": ["exact", "town", "partner", "country"]},
        "approximate": {"type": "boolean"},
    },
}

COMMON = {
    "id": {**STRING, "description": "Stable identifier, the same in every language."},
    "url": {**STRING, "format": "uri"},
    "language": {**STRING, "description": "Language of the title and labels: a translation, else French."},
    "last_published_at": DATETIME,
}

ITEMS = {
    "initiatives": {
        "required": ["id", "title", "url", "themes", "countries", "place"],
        "properties": {
            **COMMON,
            "title": STRING,
            "summary": STRING,
            "territory": STRING,
            "countries": {**STRINGS, "description": "ISO 3166-1 alpha-2 codes."},
            "region": STRING,
            "themes": {**STRINGS, "description": "Theme codes."},
            "theme_labels": STRINGS,
            "initiative_types": STRINGS,
            "audiences": STRINGS,
            "keywords": STRINGS,
            "status": STRING,
            "launch_year": {"type": ["integer", "null"]},
            "launch_date": {**STRING, "description": "As precisely as it is known, in words."},
            "website": STRING,
            "organisations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "name", "role", "country"],
                    "properties": {
                        "id": STRING,
                        "name": STRING,
                        "role": {"enum": ["carrier", "partner", "funder"]},
                        "country": STRING,
                        "place": PLACE,
                    },
                },
            },
            "place": PLACE,
        },
    },
    "organisations": {
        "required": ["id", "name", "url", "country", "place"],
        "properties": {
            **COMMON,
            "name": STRING,
            "kind": STRING,
            "country": STRING,
            "town": STRING,
            "website": STRING,
            "place": PLACE,
        },
    },
    "references": {
        "required": ["id", "title", "url", "csl"],
        "properties": {
            **COMMON,
            "title": STRING,
            "csl": {"type": "object", "description": "The CSL-JSON item (citationstyles.org).", "required": ["type"]},
            "themes": STRINGS,
            "initiative_places": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["initiative", "latitude", "longitude"],
                    "properties": {
                        "initiative": STRING,
                        "latitude": {"type": "number"},
                        "longitude": {"type": "number"},
                    },
                },
            },
        },
    },
}
DATASETS = tuple(ITEMS)


def dataset_schema(dataset, schema_url):
    item = {"type": "object", "additionalProperties": False, **ITEMS[dataset]}
    return {
        "$schema": DRAFT,
        "$id": schema_url,
        "title": f"{dataset} (version {SCHEMA_VERSION})",
        "type": "object",
        "required": ["dataset", "version", "licence", "language", "count", "items"],
        "properties": {
            "dataset": {"const": dataset},
            "version": STRING,
            "licence": STRING,
            "licence_url": {**STRING, "format": "uri"},
            "language": STRING,
            "generated_at": {**STRING, "format": "date-time"},
            "schema": {**STRING, "format": "uri"},
            "count": {"type": "integer", "minimum": 0},
            "items": {"type": "array", "items": item},
        },
    }
