"""An elastic_transport node that records every request and answers with recorded, specification-shaped responses.

No Elasticsearch server can run here: the engine under test is the real client code (elasticsearch-dsl,
elasticsearch.helpers.bulk, the 8.x client); only the HTTP exchange is replaced, at the transport's node layer.
"""

import json
import re

from elastic_transport import ApiResponseMeta, BaseNode, ConnectionError, ConnectionTimeout, HttpHeaders
from elastic_transport._node._base import NodeApiResponse
from elasticsearch import Elasticsearch


class RecordingNode(BaseNode):
    requests = []
    responder = None  # callable(method, path, body_bytes) -> (status, payload) ; may raise transport errors

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        RecordingNode.requests.append({"method": method, "target": target, "body": body})
        status, payload = RecordingNode.responder(method, target, body)
        response_headers = HttpHeaders(
            {
                "content-type": "application/vnd.elasticsearch+json;compatible-with=8",
                "x-elastic-product": "Elasticsearch",
            }
        )
        meta = ApiResponseMeta(
            status=status, http_version="1.1", headers=response_headers, duration=0.0, node=self.config
        )
        data = b"" if payload is None else json.dumps(payload).encode()
        return NodeApiResponse(meta, data)

    def close(self):
        pass


def make_client():
    return Elasticsearch("http://es.invalid:9200", node_class=RecordingNode, max_retries=0)


def decoded_bodies(request):
    """The JSON bodies of a request: one object, or a list for an NDJSON bulk or multi-search request."""
    body = request["body"]
    if not body:
        return None
    text = body.decode()
    if request["target"].split("?")[0].endswith(("/_bulk", "/_msearch")):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


class FakeCluster:
    """Answers like a cluster holding aliases and indices; searches answer with `search_response`."""

    def __init__(self, search_response=None):
        self.aliases = {}  # alias -> index
        self.indices = set()
        self.search_response = search_response or empty_search_response()
        self.fail_with = None
        self.refuse_ids = {}  # document id -> error object the bulk answers for it

    def __call__(self, method, target, body):
        if self.fail_with == "timeout":
            raise ConnectionTimeout("Connection timed out")
        if self.fail_with == "connection":
            raise ConnectionError("Connection refused")
        if isinstance(self.fail_with, tuple):
            return self.fail_with
        path = target.split("?", 1)[0]
        for route_method, pattern, handler in ROUTES:
            if route_method in (None, method) and re.search(pattern, path):
                return getattr(self, handler)(path, body)
        return 404, {"error": f"no route for {method} {path}", "status": 404}

    def info(self, _path, _body):
        return 200, {"name": "node", "cluster_name": "test", "cluster_uuid": "x", "tagline": "You Know, for Search",
                     "version": {"number": "8.19.0", "build_flavor": "default", "build_type": "docker",
                                 "build_hash": "x", "build_date": "2025-01-01T00:00:00Z", "build_snapshot": False,
                                 "lucene_version": "9.12.0", "minimum_wire_compatibility_version": "7.17.0",
                                 "minimum_index_compatibility_version": "7.0.0"}}  # fmt: skip

    def alias_exists(self, path, _body):
        return (200 if path.rsplit("/", 1)[1] in self.aliases else 404), None

    def alias_get(self, path, _body):
        alias = path.rsplit("/", 1)[1]
        if alias not in self.aliases:
            return 404, {"error": f"alias [{alias}] missing", "status": 404}
        return 200, {self.aliases[alias]: {"aliases": {alias: {}}}}

    def update_aliases(self, _path, body):
        for action in json.loads(body)["actions"]:
            if "add" in action:
                self.aliases[action["add"]["alias"]] = action["add"]["index"]
        return 200, {"acknowledged": True}

    def index_exists(self, path, _body):
        return (200 if path[1:] in self.indices else 404), None

    def index_create(self, path, body):
        if path[1:] in self.indices:
            error = {"type": "resource_already_exists_exception", "reason": f"index [{path[1:]}] exists"}
            return 400, {"error": {"root_cause": [error], **error}, "status": 400}
        self.indices.add(path[1:])
        for alias in json.loads(body or b"{}").get("aliases", {}):
            self.aliases[alias] = path[1:]
        return 200, {"acknowledged": True, "shards_acknowledged": True, "index": path[1:]}

    def index_delete(self, path, _body):
        self.indices.discard(path[1:])
        return 200, {"acknowledged": True}

    def refresh(self, _path, _body):
        return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}

    def bulk(self, _path, body):
        items = []
        for line in (json.loads(line) for line in body.decode().splitlines() if line.strip()):
            kind = next(iter(line))
            if kind in ("index", "delete", "create", "update"):
                items.append({kind: self.bulk_item(line[kind])})
        errors = any("error" in next(iter(item.values())) for item in items)
        return 200, {"errors": errors, "took": 3, "items": items}

    def bulk_item(self, meta):
        if meta.get("_id") in self.refuse_ids:
            return {"_index": meta.get("_index", ""), "_id": meta["_id"], "status": 400,
                    "error": self.refuse_ids[meta["_id"]]}  # fmt: skip
        return {"_index": meta.get("_index", ""), "_id": meta.get("_id", ""), "status": 200, "result": "updated",
                "_version": 1}  # fmt: skip

    def search(self, _path, _body):
        return 200, self.search_response

    def multi_search(self, _path, body):
        count = sum(1 for line in body.decode().splitlines() if line.strip()) // 2
        return 200, {"took": 1, "responses": [{**self.search_response, "status": 200} for _ in range(count)]}


INDEX = r"^/[^/_][^/]*$"
# (method or None for any, path pattern, handler): the first match answers.
ROUTES = [
    ("GET", r"^/$", "info"),
    ("HEAD", r"^/_alias/", "alias_exists"),
    ("GET", r"^/_alias/", "alias_get"),
    ("POST", r"^/_aliases$", "update_aliases"),
    ("HEAD", INDEX, "index_exists"),
    ("PUT", INDEX, "index_create"),
    ("DELETE", INDEX, "index_delete"),
    (None, r"/_refresh$", "refresh"),
    (None, r"/_bulk$", "bulk"),
    (None, r"/_search$", "search"),
    (None, r"/_msearch$", "multi_search"),
]


def empty_search_response():
    from search.facets import Facet

    return {
        "took": 2,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
        "aggregations": {
            f"_filter_{facet}": {
                "doc_count": 0,
                facet: {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
            }
            for facet in Facet.values
        },
    }
