"""Regenerates elasticsearch-openapi-subset.json from Elastic's full OpenAPI specification: the operations the engine
calls and every schema they reference. Usage: python tests/search/spec/extract.py FULL_SPEC.json"""

import json
import sys
from pathlib import Path

PATHS = ("/{index}/_search", "/_msearch", "/{index}/_msearch", "/_bulk", "/{index}", "/_alias/{name}", "/_aliases",
         "/{index}/_refresh", "/_cluster/health", "/")  # fmt: skip
EXTRA = ("_global.bulk.OperationContainer", "_types.ErrorResponseBase")
OUT = Path(__file__).resolve().parent / "elasticsearch-openapi-subset.json"


def refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                refs(value, found)
    elif isinstance(node, list):
        for item in node:
            refs(item, found)


def main(source):
    spec = json.loads(Path(source).read_text())
    subset = {"openapi": spec["openapi"], "info": spec["info"], "paths": {}, "components": {}}
    subset["paths"] = {path: spec["paths"][path] for path in PATHS if path in spec["paths"]}
    wanted = {f"#/components/schemas/{name}" for name in EXTRA}
    refs(subset["paths"], wanted)
    done = set()
    while wanted - done:
        ref = sorted(wanted - done)[0]
        done.add(ref)
        _hash, section, kind, name = ref.split("/", 3)
        node = spec[section][kind][name]
        subset["components"].setdefault(kind, {})[name] = node
        refs(node, wanted)
    OUT.write_text(json.dumps(subset, sort_keys=True, separators=(",", ":")))


if __name__ == "__main__":
    main(sys.argv[1])
