"""`make bench`: the speed and memory targets, measured (never asserted in timed tests).

Each section is a module of this package with `run(args) -> dict`; its figures go under its name in
bench/results.json. Sections: pages (the site under gunicorn), search (the resource index), imports.
"""
