"""Correctness never depends on a cache reaching every process: two gunicorn workers, each with its own memory
cache, both stop listing a page the moment it is made private or unpublished (the old per-process version keys let
the other worker list it, and serve its cached HTML, for minutes)."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import PARTNERS_GROUP
from tests.sample_site import build_sample_site
from tests.trust.secrets import restrict
from tests.trust.workers import Workers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REQUESTS = 24  # per check: both workers answer many of them


@pytest.fixture
def workers():
    running = Workers()
    yield running
    running.stop()


def bodies(workers, path):
    answers = [workers.get(path) for _ in range(REQUESTS)]
    assert all(status == 200 for status, _body in answers), {status for status, _body in answers}
    return [body for _status, body in answers]


def test_a_privacy_change_and_an_unpublish_reach_both_workers_at_once(workers):
    site = build_sample_site(initiatives=4, organisations=2, references=2, notes=1)
    made_private, unpublished = site.initiatives[0], site.initiatives[1]
    index, theme = site.tree.initiatives.url, made_private.themes.first().url
    # both workers cache the pages listing the initiatives
    assert all(made_private.title in body and unpublished.title in body for body in bodies(workers, index))
    assert all(made_private.title in body for body in bodies(workers, theme))

    restrict(made_private, group=PARTNERS_GROUP)  # as from a shell or an import: no request in any worker
    for path in (index, theme, "/sitemap-fr.xml", "/api/v2/pages/?limit=50"):
        assert not any(made_private.title in body or made_private.slug in body for body in bodies(workers, path))
    # followed to the login page, never a cached copy of the page
    assert not any(made_private.title in body for body in bodies(workers, made_private.url))

    unpublished.unpublish()
    assert not any(unpublished.title in body for body in bodies(workers, index))

    PageViewRestriction.objects.filter(page=made_private).delete()
    assert all(made_private.title in body for body in bodies(workers, index))
