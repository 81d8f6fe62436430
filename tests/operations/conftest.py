import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def manage(database_url, *args, media_root=None, check=True, extra_env=None):
    """Run manage.py in a process of its own on `database_url` (its own committed data, as an operator would)."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "LOG_LEVEL": "ERROR",
        **(extra_env or {}),
    }
    env.pop("ELASTICSEARCH_URL", None)
    if media_root:
        env["MEDIA_ROOT"] = str(media_root)
    completed = subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *args], env=env, capture_output=True, text=True, cwd=PROJECT
    )
    if check and completed.returncode:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{completed.stdout}\n{completed.stderr}")
    return completed


@pytest.fixture
def run_manage():
    return manage
