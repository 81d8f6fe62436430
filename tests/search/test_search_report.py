"""The search report: searches and opened results counted per day with nothing personal, cached searches included,
a click counter hostile input cannot grow or break, and a report only the editorial team and administrators read."""

import re
from html import unescape

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.signals import request_finished
from django.db import close_old_connections, connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from home import page_cache
from home.models.base import PARTNERS_GROUP
from home.permissions import TRANSLATORS_GROUP
from search import indexing
from search.engines.database import DatabaseEngine
from search.report import recording
from search.report.middleware import SearchReportMiddleware
from search.report.models import OTHER_QUERIES, DailyClick, DailySearch
from tests.editorial.helpers import editor, member

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0"}
CLICK = "/api/search/click/"


@pytest.fixture
def indexed(corpus):
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def counts():
    return {(r.language, r.query): (r.searches, r.no_result) for r in DailySearch.objects.all()}


def pings(html):
    return [unescape(url) for url in re.findall(r'ping="([^"]+)"', html)]


def test_searches_are_counted_per_day_and_language_normalised_and_without_personal_data(client, indexed):
    client.get("/recherche/", {"q": "Cyberbus !"}, **BROWSER)
    client.get("/recherche/", {"q": "  cyberbus"}, **BROWSER)
    client.get("/en/search/", {"q": "cyberbus"}, **BROWSER)
    client.get("/recherche/", {"q": "introuvablexyz"}, **BROWSER)
    # not counted: a second page, a crawler, a change of filter on the same words, an empty query, an editor
    client.get("/recherche/", {"q": "cyberbus", "page": "2"}, **BROWSER)
    client.get("/recherche/", {"q": "cyberbus"}, HTTP_USER_AGENT="Googlebot/2.1")
    client.get(
        "/recherche/",
        {"q": "cyberbus", "theme": "acces"},
        HTTP_REFERER="http://testserver/recherche/?q=Cyberbus",
        **BROWSER,
    )
    client.get("/recherche/", {"q": " "}, **BROWSER)
    client.force_login(editor())
    client.get("/recherche/", {"q": "cyberbus"}, **BROWSER)

    assert counts() == {("fr", "cyberbus"): (2, 0), ("en", "cyberbus"): (1, 0), ("fr", "introuvablexyz"): (1, 1)}
    stored = {field.name for model in (DailySearch, DailyClick) for field in model._meta.get_fields()}
    assert stored == {"id", "day", "language", "query", "searches", "no_result", "results", "page", "clicks"}


def test_a_search_served_from_the_page_cache_is_still_counted(client, indexed, monkeypatch):
    """The page cache answers before any view runs; the report's middleware sits in front of it. Searches are made
    cacheable here as the page cache may serve them."""
    monkeypatch.setattr(page_cache, "CACHED_QUERY_PARAMETERS", {"page", "q"})
    for words in ("cyberbus", "introuvablexyz"):
        first = client.get("/recherche/", {"q": words}, **BROWSER)
        request = RequestFactory().get("/recherche/", {"q": words})
        page_cache.cache.set(page_cache.cache_key(request), (first.content, first["Content-Type"]))
        cached = client.get("/recherche/", {"q": words}, **BROWSER)
        assert cached.content == first.content
        assert "X-Search-Fragment" in first["Vary"] and "X-Search-Fragment" not in cached.get("Vary", "")  # cached
    assert counts() == {("fr", "cyberbus"): (2, 0), ("fr", "introuvablexyz"): (2, 2)}


def test_the_count_is_written_after_the_response_is_complete(indexed):
    request = RequestFactory().get("/recherche/", {"q": "cyberbus"}, **BROWSER)
    request.user = AnonymousUser()
    response = SearchReportMiddleware(lambda request: HttpResponse("ok"))(request)
    assert not DailySearch.objects.exists()  # the response is ready, nothing written yet
    request_finished.disconnect(close_old_connections)  # as the test client does: keep the test's connection
    try:
        response.close()  # what the WSGI server does once it has sent the response
    finally:
        request_finished.connect(close_old_connections)
    assert counts() == {("fr", "cyberbus"): (1, 0)}


def test_recording_costs_a_repeated_search_a_few_statements_that_do_not_wait_for_the_disk(client, indexed):
    """The same search counted and not counted (a crawler's), side by side: what counting adds is the day's row
    updated in a transaction whose commit does not wait for the WAL flush. Statements, not milliseconds: a timing
    would fail on a busy machine (the benchmark measures time)."""
    client.get("/recherche/", {"q": "cyberbus"}, **BROWSER)  # the day's row exists; the page is cached
    statements = {}
    for label, agent in (("counted", BROWSER["HTTP_USER_AGENT"]), ("not counted", "Googlebot/2.1")):
        with CaptureQueriesContext(connection) as queries:
            client.get("/recherche/", {"q": "cyberbus"}, HTTP_USER_AGENT=agent)
        statements[label] = [query["sql"] for query in queries.captured_queries]
    added = len(statements["counted"]) - len(statements["not counted"])
    assert DailySearch.objects.get().searches == 2
    assert 1 <= added <= 5, statements["counted"]
    written = [sql for sql in statements["counted"] if sql.startswith(("UPDATE", "INSERT"))]
    assert len(written) == 1 and "dailysearch" in written[0].lower(), written
    if connection.vendor == "postgresql":
        assert any("synchronous_commit = off" in sql for sql in statements["counted"])


def test_a_result_opened_from_the_page_is_counted_once_per_ping(client, indexed):
    html = client.get("/recherche/", {"q": "cyberbus"}, **BROWSER).content.decode()
    url = next(u for u in pings(html) if f"page={indexed.cyberbus.pk}" in u)
    assert url.startswith(CLICK)
    for _ in range(2):
        assert client.post(url, "PING", content_type="text/ping").status_code == 204
    click = DailyClick.objects.get()
    assert (click.query, click.language, click.page_id, click.clicks) == ("cyberbus", "fr", indexed.cyberbus.pk, 2)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=cyberbus",
        "?q=cyberbus&lang=de&page=1",
        "?q=cyberbus&lang=fr&page=abc",
        "?q=cyberbus&lang=fr&page=-1",
        "?q=cyberbus&lang=fr&page=0",
        "?q=cyberbus&lang=fr&page=99999999999999999999",
        "?q=cyberbus&lang=fr&page=%D9%A3",  # an Arabic-Indic digit: isdigit() but not a page id
        "?q=%00%00&lang=fr&page=1",
        "?q=" + "a" * 5000 + "&lang=fr&page=1",
        "?q=cyberbus&lang=fr&page=1&page=2&lang=en",
        "?q[]=x&lang[]=fr",
    ],
)
def test_the_click_counter_refuses_hostile_input_without_an_error(client, indexed, query):
    response = client.post(CLICK + query, "x" * 10_000, content_type="application/json")
    assert response.status_code in (204, 400)
    assert not DailyClick.objects.exists()  # nothing was searched: nothing can be counted


def test_the_click_counter_is_bounded_and_counts_only_real_visible_results(client, indexed, monkeypatch):
    assert client.get(CLICK, {"q": "cyberbus", "lang": "fr", "page": indexed.cyberbus.pk}).status_code == 405
    client.get("/recherche/", {"q": "cyberbus"}, **BROWSER)
    monkeypatch.setattr(recording, "MAX_PAGES_PER_QUERY", 2)
    for page in (indexed.cyberbus, indexed.twinning, indexed.telemedicine, indexed.secret):
        client.post(f"{CLICK}?q=cyberbus&lang=fr&page={page.pk}")
    client.post(f"{CLICK}?q=never-searched&lang=fr&page={indexed.cyberbus.pk}")
    assert set(DailyClick.objects.values_list("query", "page_id")) == {
        ("cyberbus", indexed.cyberbus.pk),
        ("cyberbus", indexed.twinning.pk),
    }
    DailyClick.objects.all().delete()
    client.post(f"{CLICK}?q=cyberbus&lang=fr&page={indexed.secret.pk}")  # partner-only: not an anonymous result
    assert not DailyClick.objects.exists()

    monkeypatch.setattr(recording, "MAX_QUERIES_PER_DAY", 2)
    for words in ("un", "deux", "trois", "quatre"):
        client.get("/recherche/", {"q": f"mot{words}"}, **BROWSER)
    queries = dict(DailySearch.objects.values_list("query", "searches"))
    assert queries == {"cyberbus": 1, "motun": 1, OTHER_QUERIES: 3}  # past the limit: counted without the words


def test_the_report_shows_editors_the_top_queries_those_with_no_result_and_the_results_opened(client, indexed):
    for words in ("cyberbus", "cyberbus", "introuvablexyz"):
        client.get("/recherche/", {"q": words}, **BROWSER)
    client.post(f"{CLICK}?q=cyberbus&lang=fr&page={indexed.cyberbus.pk}")

    client.force_login(editor())
    assert "/admin/reports/search/" in client.get("/admin/").content.decode()  # in the Reports menu
    html = client.get("/admin/reports/search/", {"days": "7"}).content.decode()
    top = html.split('data-report="top"', 1)[1].split("</table>", 1)[0]
    assert re.search(r"<td>cyberbus</td><td>2</td><td>0</td><td>1</td><td>50\xa0%</td>", top), top
    assert "introuvablexyz" in html.split('data-report="no-result"', 1)[1].split("</table>", 1)[0]
    assert "Le Cyberbus" in html.split('data-report="opened"', 1)[1].split("</table>", 1)[0]


@pytest.mark.parametrize("group", [TRANSLATORS_GROUP, PARTNERS_GROUP, None])
def test_the_report_is_refused_to_other_groups(client, indexed, group):
    if group:
        client.force_login(member("autre", group))
    response = client.get("/admin/reports/search/", follow=True)
    assert response.redirect_chain or response.status_code == 403
    assert 'data-report="top"' not in response.content.decode()
    if group == TRANSLATORS_GROUP:
        assert "/admin/reports/search/" not in client.get("/admin/").content.decode()
