"""Citation benchmark: citeproc-js in embedded V8 on the 17 fixture references × the 9 style/locale pairs offered.

Measures a new V8 context with its first engine (a process's first citation), an entry with the engines parsed, and
an entry read back from the cache. Runs in a child process so the V8 contexts stay out of the other sections.
"""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "library" / "fixtures" / "references.json"


def run(args):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test")
    completed = subprocess.run([sys.executable, "-m", "bench.citations"], cwd=ROOT, env=env, capture_output=True,
                               text=True)  # fmt: skip
    if completed.returncode:
        raise RuntimeError(completed.stderr[-2000:])
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    print(f"[bench] citations: {result['warm_ms_per_entry']} ms per entry, first one in a process "
          f"{result['cold_first_entry_s']} s, cached {result['cached_ms_per_entry']} ms")  # fmt: skip
    return result


def _child():
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()
    from library import citeproc_js
    from library.citations import STYLES, _prepared, csl_locale, format_citation

    items = [_prepared(item) for item in json.loads(FIXTURES.read_text(encoding="utf-8"))]
    cases = sorted({(files.get(lang, files["*"]), csl_locale(lang)) for _k, _l, files in STYLES
                    for lang in ("fr", "en", "es")})  # fmt: skip
    cold = {}

    def first():
        started = time.perf_counter()
        citeproc_js.render(items[:1], *cases[0])
        cold["s"] = time.perf_counter() - started

    thread = threading.Thread(target=first)  # a thread of its own: a fresh V8 context
    thread.start()
    thread.join()
    started = time.perf_counter()
    for case in cases:
        citeproc_js.render(items[:1], *case)
    engines = (time.perf_counter() - started) / len(cases)
    started, count = time.perf_counter(), 0
    for _repeat in range(3):
        for case in cases:
            for item in items:
                citeproc_js.render([item], *case)
                count += 1
    warm = (time.perf_counter() - started) / count
    format_citation(items[0], "apa", "fr")
    started = time.perf_counter()
    for _repeat in range(500):
        format_citation(items[0], "apa", "fr")
    cached = (time.perf_counter() - started) / 500
    print(json.dumps({
        "entries": count, "cold_first_entry_s": round(cold["s"], 2), "engine_parse_s": round(engines, 2),
        "warm_ms_per_entry": round(warm * 1000, 2), "cached_ms_per_entry": round(cached * 1000, 3),
    }))  # fmt: skip


if __name__ == "__main__":
    _child()
