"""Validation of request and response bodies against Elastic's OpenAPI specification (../shared/elasticsearch/).

The specification leaves `additionalProperties` open; here an object schema that lists `properties` is closed
(unknown keys are errors), an object schema whose `additionalProperties` is a schema is a typed map (its values
are validated), and only a bare `{"type": "object"}` (user data such as documents) stays open.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

SPEC_PATH = Path(__file__).resolve().parents[2] / ".." / "shared" / "elasticsearch" / (
    "elasticsearch-serverless-openapi-8.19.json"
)


@lru_cache(maxsize=1)
def load_spec():
    if not SPEC_PATH.exists():
        pytest.skip(f"Elastic's OpenAPI specification is absent: put it at {SPEC_PATH.resolve()} (see shared/README)")
    return json.loads(SPEC_PATH.read_text())


class Validator:
    def __init__(self, spec):
        self.spec = spec

    def resolve(self, schema):
        seen = 0
        while "$ref" in schema:
            node = self.spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part]
            schema = node
            seen += 1
            assert seen < 50, "reference loop"
        return schema

    def errors(self, value, schema, path="$", depth=0):
        if depth > 60:
            return []
        schema = self.resolve(schema)
        found = []
        for sub in schema.get("allOf", []):
            found += self.errors(value, sub, path, depth + 1)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.errors(value, sub, path, depth + 1) for sub in schema[key]]
                if not any(not b for b in branches):
                    best = min(branches, key=len)
                    found += best or [f"{path}: matches no alternative"]
        kind = schema.get("type")
        if "enum" in schema and value not in schema["enum"]:
            found.append(f"{path}: {value!r} not in {schema['enum']}")
        if kind == "object" or (kind is None and ("properties" in schema or "additionalProperties" in schema)):
            if not isinstance(value, dict):
                return found + [f"{path}: expected an object, got {type(value).__name__}"]
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                if key in properties:
                    found += self.errors(item, properties[key], f"{path}.{key}", depth + 1)
                elif isinstance(extra, dict) and extra:
                    found += self.errors(item, extra, f"{path}.{key}", depth + 1)
                elif properties or extra is False:
                    found.append(f"{path}: unknown key {key!r}")
            for key in schema.get("required", []):
                if key not in value:
                    found.append(f"{path}: missing required {key!r}")
            if "maxProperties" in schema and len(value) > schema["maxProperties"]:
                found.append(f"{path}: more than {schema['maxProperties']} keys")
            if "minProperties" in schema and len(value) < schema["minProperties"]:
                found.append(f"{path}: fewer than {schema['minProperties']} keys")
        elif kind == "array":
            if not isinstance(value, list):
                return found + [f"{path}: expected an array"]
            for index, item in enumerate(value):
                found += self.errors(item, schema.get("items", {}), f"{path}[{index}]", depth + 1)
        elif kind == "string" and not isinstance(value, str):
            found.append(f"{path}: expected a string, got {value!r}")
        elif kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
            found.append(f"{path}: expected a number, got {value!r}")
        elif kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
            found.append(f"{path}: expected an integer, got {value!r}")
        elif kind == "boolean" and not isinstance(value, bool):
            found.append(f"{path}: expected a boolean, got {value!r}")
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
