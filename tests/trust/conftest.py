"""Fixtures for the trust tests: a generated site (tests.sample_site)."""

import pytest

from tests.sample_site import build_sample_site


@pytest.fixture
def sample_site(db):
    return build_sample_site(initiatives=6, organisations=4, references=4, notes=1)


# the two-worker test commits data, hence flushes the database: put the migrated data back at the session's end
from tests.browser.conftest import restore_migrated_data_at_session_end  # noqa: E402, F401
