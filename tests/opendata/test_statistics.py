"""The statistics page and its JSON API: counts of the public initiatives, each chart with its data table."""

import re

import pytest
from django.urls import reverse

from initiatives.factories import InitiativePageFactory

pytestmark = pytest.mark.django_db


def figures(client, **params):
    response = client.get("/api/open-data/statistics.json", params)
    assert response.status_code == 200
    data = response.json()
    return data, {name: {row["key"]: row["count"] for row in d["rows"]} for name, d in data["initiatives"].items()}


def test_api_counts_public_initiatives_by_each_dimension(client, corpus):
    data, counts = figures(client)
    assert data["totals"]["initiatives"] == 4  # the partner-only initiative is not counted
    assert counts["theme"] == {"acces": 3, "cooperation": 1, "sante": 1}
    assert counts["country"] == {"FR": 3, "ML": 2}
    assert counts["launch_year"] == {"2009": 1, "2011": 1, "2012": 1, "2015": 1}
    assert counts["status"] == {"operationnel": 1}
    assert counts["audience"] == {"jeunes": 1, "seniors": 1}
    assert counts["initiative_type"] == {"epn": 1}


def test_api_labels_follow_the_language(client, corpus):
    data, _counts = figures(client, lang="es")
    countries = {row["key"]: row["label"] for row in data["initiatives"]["country"]["rows"]}
    assert countries["ML"] == "Malí"
    assert data["initiatives"]["country"]["label"] == "País"
    assert client.get("/api/open-data/statistics.json", {"lang": "xx"}).status_code == 400


def test_page_draws_each_dimension_as_svg_with_the_same_figures_in_a_table(client, corpus):
    html = client.get(reverse("opendata:statistics")).content.decode()
    assert html.count("<svg") == 6 and html.count("<table") == 6
    country_table = html[html.index('id="table-country"') :]
    country_table = country_table[: country_table.index("</table>")]
    rows = re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', country_table)
    assert rows == [("France", "3"), ("Mali", "2")]
    chart = html[html.index('aria-describedby="table-country"') :]
    chart = chart[: chart.index("</svg>")]
    widths = [float(w) for w in re.findall(r'<rect class="chart__bar"[^>]* width="([\d.]+)"', chart)]
    assert widths == [300.0, 200.0]  # bars proportional to 3 and 2


def test_statistics_run_the_same_number_of_queries_whatever_the_number_of_initiatives(client, corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(reverse("opendata:statistics"))
    with CaptureQueriesContext(connection) as before:
        client.get(reverse("opendata:statistics"))
    for number in range(3):
        page = InitiativePageFactory(parent=corpus.tree.initiatives, title=f"Encore {number}", slug=f"encore-{number}")
        page.themes.set([corpus.theme_health])
        page.save()
    with CaptureQueriesContext(connection) as after:
        client.get(reverse("opendata:statistics"))
    assert len(after) == len(before)
