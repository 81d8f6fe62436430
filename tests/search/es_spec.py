"""Validation of request and response bodies against Elastic's OpenAPI specification (the subset the engine uses,
committed in tests/search/spec/ with its licence; extract.py there regenerates it from the full specification).

The specification leaves `additionalProperties` open; here an object schema that lists `properties` is closed
(unknown keys are errors), an object schema whose `additionalProperties` is a schema is a typed map (its values
are validated), and only a bare `{"type": "object"}` stays open: alone it is user data (a document), inside an
`allOf` it is how the specification marks user-named keys (a `terms` query's field, sub-aggregations).
"""

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

SPEC_PATH = Path(__file__).resolve().parent / "spec" / "elasticsearch-openapi-subset.json"


@lru_cache(maxsize=1)
def load_spec():
    if not SPEC_PATH.exists():
        pytest.fail(f"{SPEC_PATH} is missing: regenerate it with tests/search/spec/extract.py")
    return json.loads(SPEC_PATH.read_text())


# Containers whose TypeScript definition is keyed by a field name, a key (and a type) the OpenAPI export drops:
# the field's value is validated against the schema given here, written from Elastic's `FieldSort` definition
# (`{"year": {"order": "desc", "missing": "_last"}}` in a sort).
FIELD_SORT = {
    "type": "object",
    "properties": {
        "order": {"$ref": "#/components/schemas/_types.SortOrder"},
        "missing": {"oneOf": [{"type": "string"}, {"type": "number"}]},
        "mode": {"$ref": "#/components/schemas/_types.SortMode"},
        "unmapped_type": {"type": "string"},
        "numeric_type": {"type": "string", "enum": ["long", "double", "date", "date_nanos"]},
        "format": {"type": "string"},
    },
}
FIELD_KEYED = {"_types.SortOptions": FIELD_SORT}

# The suggesters of a search body are keyed by names the caller chooses; the OpenAPI export keeps only the global
# `text` and drops the named entries and every suggester type. Written from Elastic's TypeScript definitions
# (specification/_global/search/_types/suggester.ts: SuggestContainer, PhraseSuggester, DirectGenerator,
# PhraseSuggestCollate), for the phrase suggester the engine sends.
_INTEGER, _NUMBER, _STRING, _BOOLEAN = ({"type": kind} for kind in ("integer", "number", "string", "boolean"))
DIRECT_GENERATOR = {
    "type": "object",
    "properties": {
        "field": _STRING, "max_edits": _INTEGER, "max_inspections": _NUMBER, "max_term_freq": _NUMBER,
        "min_doc_freq": _NUMBER, "min_word_length": _INTEGER, "post_filter": _STRING, "pre_filter": _STRING,
        "prefix_length": _INTEGER, "size": _INTEGER,
        "suggest_mode": {"$ref": "#/components/schemas/_types.SuggestMode"},
    },
    "required": ["field"],
}  # fmt: skip
PHRASE_SUGGESTER = {
    "type": "object",
    "properties": {
        "field": _STRING, "analyzer": _STRING, "size": _INTEGER, "confidence": _NUMBER, "force_unigrams": _BOOLEAN,
        "gram_size": _INTEGER, "max_errors": _NUMBER, "real_word_error_likelihood": _NUMBER, "separator": _STRING,
        "shard_size": _INTEGER, "text": _STRING, "token_limit": _INTEGER,
        "direct_generator": {"type": "array", "items": DIRECT_GENERATOR},
        "collate": {
            "type": "object",
            "properties": {
                "params": {"type": "object"},
                "prune": _BOOLEAN,
                "query": {"type": "object", "properties": {"id": _STRING, "source": _STRING}},
            },
            "required": ["query"],
        },
    },
    "required": ["field"],
}  # fmt: skip
SUGGEST_CONTAINER = {
    "type": "object",
    "properties": {"phrase": PHRASE_SUGGESTER, "text": _STRING, "prefix": _STRING, "regex": _STRING},
    "minProperties": 1,
}
OVERRIDES = {
    "_global.search._types.Suggester": {
        "type": "object",
        "properties": {"text": _STRING},
        "additionalProperties": SUGGEST_CONTAINER,
    }
}


class Validator:
    def __init__(self, spec):
        self.spec = spec

    def resolve(self, schema):
        seen = 0
        while "$ref" in schema:
            if schema["$ref"].rsplit("/", 1)[-1] in OVERRIDES:
                return OVERRIDES[schema["$ref"].rsplit("/", 1)[-1]]
            node = self.spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part]
            schema = node
            seen += 1
            assert seen < 50, "reference loop"
        return schema

    def _object_like(self, schema):
        schema = self.resolve(schema)
        return (
            schema.get("type") == "object"
            or "properties" in schema
            or (bool(schema.get("allOf")) and all(self._object_like(sub) for sub in schema["allOf"]))
        )

    def _flatten(self, schema):
        """Properties, required keys and additionalProperties of an object schema and its allOf parents."""
        schema = self.resolve(schema)
        properties = dict(schema.get("properties", {}))
        required = list(schema.get("required", []))
        extra = schema.get("additionalProperties")
        for sub in schema.get("allOf", []):
            resolved = self.resolve(sub)
            if set(resolved) <= {"type", "description"} and resolved.get("type") == "object":
                # The specification's mark for user-named keys beside the listed ones (the field of a `terms`
                # query, the sub-aggregations of a bucket): a map, so open.
                extra = {}
                continue
            sub_properties, sub_required, sub_extra = self._flatten(sub)
            properties.update(sub_properties)
            required += sub_required
            extra = extra if extra is not None else sub_extra
        return properties, required, extra

    def errors(self, value, schema, path="$", depth=0):
        if depth > 60:
            return []
        gap = FIELD_KEYED.get(schema.get("$ref", "").rsplit("/", 1)[-1])
        if gap and isinstance(value, dict) and len(value) == 1 and not next(iter(value)).startswith("_"):
            field, item = next(iter(value.items()))
            return self.errors(item, gap, f"{path}.{field}", depth + 1)
        schema = self.resolve(schema)
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(value, dict):
            target = discriminator.get("mapping", {}).get(value.get(discriminator["propertyName"]))
            if target is None:
                return [f"{path}: unknown {discriminator['propertyName']} {value.get(discriminator['propertyName'])!r}"]
            return self.errors(value, {"$ref": target}, path, depth + 1)
        merged_object = bool(schema.get("allOf")) and all(self._object_like(sub) for sub in schema["allOf"])
        found = self._combinator_errors(value, schema, path, depth, merged_object)
        if "enum" in schema and value not in schema["enum"]:
            found.append(f"{path}: {value!r} not in {schema['enum']}")
        kind = schema.get("type")
        if merged_object or kind == "object" or (kind is None and ("properties" in schema
                                                                   or "additionalProperties" in schema)):  # fmt: skip
            return found + self._object_errors(value, schema, path, depth)
        if kind == "array":
            return found + self._array_errors(value, schema, path, depth)
        return found + _scalar_errors(value, kind, path)

    def _combinator_errors(self, value, schema, path, depth, merged_object):
        """allOf (unless its parts merge into one object), and the best branch of oneOf / anyOf."""
        found = []
        if not merged_object:
            for sub in schema.get("allOf", []):
                found += self.errors(value, sub, path, depth + 1)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.errors(value, sub, path, depth + 1) for sub in schema[key]]
                if not any(not b for b in branches):
                    best = min(branches, key=len)
                    found += best or [f"{path}: matches no alternative"]
        return found

    def _object_errors(self, value, schema, path, depth):
        if not isinstance(value, dict):
            return [f"{path}: expected an object, got {type(value).__name__}"]
        properties, required, extra = self._flatten(schema)
        found = []
        for key, item in value.items():
            if key in properties:
                found += self.errors(item, properties[key], f"{path}.{key}", depth + 1)
            elif isinstance(extra, dict) and extra:
                found += self.errors(item, extra, f"{path}.{key}", depth + 1)
            elif extra != {} and (properties or extra is False):
                found.append(f"{path}: unknown key {key!r}")
        found += [f"{path}: missing required {key!r}" for key in required if key not in value]
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            found.append(f"{path}: more than {schema['maxProperties']} keys")
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            found.append(f"{path}: fewer than {schema['minProperties']} keys")
        return found

    def _array_errors(self, value, schema, path, depth):
        if not isinstance(value, list):
            return [f"{path}: expected an array"]
        found = []
        for index, item in enumerate(value):
            found += self.errors(item, schema.get("items", {}), f"{path}[{index}]", depth + 1)
        return found

    def operation(self, method, target):
        """The specification's operation for an HTTP request (the most literal matching path)."""
        path = target.split("?", 1)[0]
        candidates = []
        for template, operations in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            if re.match(pattern, path) and method.lower() in operations:
                candidates.append((template.count("{"), template, operations[method.lower()]))
        assert candidates, f"{method} {path} is not an operation of the specification"
        return min(candidates)[1:]

    def request_schema(self, method, target):
        _template, operation = self.operation(method, target)
        body = self.resolve(operation["requestBody"])
        return body["content"]["application/json"]["schema"]

    def response_schema(self, method, target, status="200"):
        _template, operation = self.operation(method, target)
        response = self.resolve(operation["responses"][status])
        return response["content"]["application/json"]["schema"]

    def component(self, name):
        return {"$ref": f"#/components/schemas/{name}"}


SCALAR_CHECKS = {
    "string": ("a string", lambda value: isinstance(value, str)),
    "number": ("a number", lambda value: not isinstance(value, bool) and isinstance(value, int | float)),
    "integer": ("an integer", lambda value: not isinstance(value, bool) and isinstance(value, int)),
    "boolean": ("a boolean", lambda value: isinstance(value, bool)),
}


def _scalar_errors(value, kind, path):
    if kind not in SCALAR_CHECKS:
        return []
    expected, check = SCALAR_CHECKS[kind]
    return [] if check(value) else [f"{path}: expected {expected}, got {value!r}"]
