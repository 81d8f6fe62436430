"""Hostile input never breaks a page: thousands of generated requests over the search page (three languages), the
search API (every parameter), autocomplete, exports, API v2 and listing pagination. No answer is a 5xx; the search
API always answers JSON, with a message when it refuses a value; an HTML page never reflects markup unescaped."""

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.facets import YEAR_RANGES, Facet

pytestmark = pytest.mark.django_db

EXAMPLES = 420
REQUESTS_PER_EXAMPLE = 5
NASTY = [
    "\x00",
    "a\x00b",
    "<mark>",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'",
    "((",
    ":",
    "*",
    "[]",
    "%",
    "-1",
    "0",
    "99999999999999999999",
    "1e9",
    " ",
    "é" * 300,
    "title,-title",
    "and",
    "or",
]
YEAR_PARAMS = [name for _label, *bounds in YEAR_RANGES.values() for name in bounds]
SEARCH_PARAMS = ["q", "lang", "sort", "page", "page_size", "include_untranslated", *Facet.values, *YEAR_PARAMS]
API_V2_PARAMS = ["search", "search_operator", "fields", "locale", "order", "type", "child_of", "descendant_of"]
API_V2_PARAMS += ["limit", "offset", "translation_of", "slug", "id"]

values = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.integers(-(10**12), 10**12).map(str),
)


def params_of(names):
    return st.lists(st.tuples(st.sampled_from(names), values), max_size=6)


requests = st.tuples(
    params_of(SEARCH_PARAMS),
    st.sampled_from(["/recherche/", "/en/search/", "/es/busqueda/"]),
    params_of(["q", "lang"]),
    st.sampled_from(["bibtex", "ris", "csljson", "bib", "x"]),
    params_of(API_V2_PARAMS),
    st.sampled_from(["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"]),
    values,
)


def query_string(pairs):
    data = QueryDict(mutable=True)
    for name, value in pairs:
        data.appendlist(name, value)
    return data.urlencode()


def reflected(pairs, body):
    """The generated values with markup that appear verbatim (unescaped) in an HTML body."""
    return [value for _name, value in pairs if "<" in value and len(value) > 2 and value in body]


def test_thousands_of_hostile_requests_get_no_server_error(client, sample_site):
    sent = []
    index = sample_site.tree.initiatives.url

    def get(url, pairs, expect_json=False):
        response = client.get(f"{url}?{query_string(pairs)}" if pairs else url)
        sent.append(url)
        assert response.status_code < 500, (url, pairs)
        content_type = response.get("Content-Type", "")
        if expect_json:
            assert content_type.startswith("application/json"), (url, pairs)
            if response.status_code >= 400:
                assert response.json().get("error") or response.json().get("message"), (url, pairs)
        elif content_type.startswith("text/html"):
            assert not reflected(pairs, response.content.decode()), (url, pairs)
        return response

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(requests)
    def one_round(case):
        search, page_path, suggest, fmt, api, api_path, page_number = case
        get(page_path, search)
        get("/api/search/", search, expect_json=True)
        get("/api/search/autocomplete/", suggest, expect_json=True)
        get(f"/api/search/export.{fmt}", search)
        get(api_path, api, expect_json=True)
        get(index, [("page", page_number)])

    one_round()
    assert len(sent) >= EXAMPLES * REQUESTS_PER_EXAMPLE >= 2000
