"""Fixtures for the trust tests: a generated site (tests.sample_site)."""

import pytest

from tests.sample_site import build_sample_site


@pytest.fixture
def sample_site(db):
    return build_sample_site(initiatives=6, organisations=4, references=4, notes=1)
