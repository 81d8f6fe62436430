"""Runs the benchmark sections and writes bench/results.json.

python -m bench                 # every section
python -m bench --only search   # one section (repeatable)
"""

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

SECTIONS = ["pages", "search", "imports", "backup", "citations", "letter"]
RESULTS = Path(__file__).resolve().parent / "results.json"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only this section")
    parser.add_argument("--quick", action="store_true", help="smaller sizes and durations, for a smoke run")
    args = parser.parse_args(argv)

    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = {"python": platform.python_version(), "platform": platform.platform()}
    failed = []
    for name in args.only or SECTIONS:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"bench.{name}":
                print(f"[bench] section {name}: not written yet, skipped")
                continue
            raise
        print(f"[bench] section {name} …", flush=True)
        started = time.perf_counter()
        try:
            results[name] = module.run(args)
        except Exception as error:  # one broken section must not hide the others' figures
            failed.append(name)
            results[name] = {"error": repr(error)}
            print(f"[bench] section {name} FAILED: {error!r}", file=sys.stderr)
        results[name + "_seconds"] = round(time.perf_counter() - started, 1)
        RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"[bench] results written to {RESULTS}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
