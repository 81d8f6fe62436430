"""Fixtures for the page tests: a generated site (tests.sample_site) and translations made with wagtail-localize."""

import pytest
from django.core.cache import cache

from tests.sample_site import build_sample_site, translate_page


@pytest.fixture(autouse=True)
def clear_cache():
    """Labels and navigation live in the cache: every test starts cold."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sample_site(db):
    return build_sample_site(initiatives=6, organisations=4, references=4, notes=1)


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """translate(page, "en", title=…) -> the published translation (wagtail-localize publishes on commit)."""

    def _translate(page, language_code, title=None):
        with django_capture_on_commit_callbacks(execute=True):
            return translate_page(page, language_code, title=title)

    return _translate
