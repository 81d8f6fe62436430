"""Two gunicorn workers on loopback, each with its own memory cache (no cache server), on the test database."""

import os
import random
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


class Workers:
    def __init__(self, settings_module="config.settings.test", extra_env=None):
        self.port = random.randint(20000, 60000)
        db = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings_module,
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            "PAGE_CACHE_TIMEOUT": "300",  # long enough that a stale worker would show
            **(extra_env or {}),
        }
        env.pop("CACHE_URL", None)
        env.pop("REDIS_URL", None)
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "config.wsgi", "-w", "2", "-b", f"127.0.0.1:{self.port}", "--pythonpath", "site"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait()

    def _wait(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/api/search/autocomplete/?q=ab")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def get(self, path):
        """(status, body); a new connection each time, so both workers answer in turn."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
