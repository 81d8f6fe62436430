"""Search benchmark (issue 4 §5): the database engine on PostgreSQL at 10,000 and 100,000 documents, against
Wagtail's built-in database search (`.search()` plus one `.facet()` per facet) on the same pages.

Runs in a child process on its own database (rc_bench_search, dropped and re-created) so it touches nothing else:
    python -m bench --only search [--quick]
Text is realistic French: sentences drawn from the French prose of the demo content (library/demo/) and of the
legacy documents (tests/imports/data/legacy/).
"""

import ast
import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEGACY = ROOT / "tests" / "imports" / "data" / "legacy"  # the legacy documents, the import tests' fixtures
DEMO = ROOT / "library" / "demo"
FRENCH_MARKERS = re.compile(r"\b(les|des|une|du|et|est|aux|dans|pour)\b")
OTHER_MARKERS = re.compile(r"\b(the|and|of|with|los|las|el|y|para|con|una)\b")
DATABASE = os.environ.get("BENCH_SEARCH_DATABASE", "rc_bench_search")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
# Set to keep the database after the run (to EXPLAIN the searches on the data the figures came from).
KEEP = os.environ.get("BENCH_SEARCH_KEEP_DATABASE", "") not in ("", "0")
REPEAT = 7
# The demo's theme codes (each has its illustration in static/illustrations/themes/).
THEMES = [
    "acces-connexion-materiel",
    "fracture-numerique-lien-social",
    "entraide-numerique",
    "sante-prevention",
    "culture-pour-tous",
    "lieux-sociaux",
    "cooperation-decentralisee",
]
COUNTRIES = ["FR", "ML", "SN", "BF", "MA", "BR", "AR", "CL", "VN", "BE"]
QUERY_MIX = [
    ("one word", {"q": "coopération"}),
    ("two words", {"q": "accès internet"}),
    ("phrase", {"q": '"fracture numérique"'}),
    ("one word, 1 filter", {"q": "numérique", "theme": "sante-prevention"}),
    (
        "two words, 3 filters",
        {
            "q": "projet jeunes",
            "theme": ["acces-connexion-materiel", "entraide-numerique"],
            "type": "initiative",
            "country": "FR",
        },
    ),
    (
        "phrase, 3 filters, newest",
        {
            "q": '"espace public"',
            "theme": "acces-connexion-materiel",
            "country": ["FR", "ML"],
            "audience": "jeunes",
            "sort": "newest",
        },
    ),
    ("one word, sort title", {"q": "association", "sort": "title"}),
    ("no words, 1 filter, newest", {"theme": "cooperation-decentralisee", "sort": "newest"}),
]


def run(args):
    sizes = [1000, 5000] if args.quick else [10000, 100000]
    static_root = tempfile.mkdtemp(prefix="bench-search-static-")
    env = dict(
        os.environ,
        DATABASE_URL=f"{PG}/{DATABASE}",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        SECURE_HSTS_SECONDS="0",
        ALLOWED_HOSTS="testserver,127.0.0.1",
        STATIC_ROOT=static_root,
        BENCH_REPEAT=str(3 if args.quick else REPEAT),
    )
    for name in ("CACHE_URL", "REDIS_URL"):  # the local memory cache: no server to share with other runs
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "site"), env.get("PYTHONPATH", "")])
    subprocess.run(["psql", PG + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"], check=True)
    subprocess.run(["psql", PG + "/postgres", "-qc", f"CREATE DATABASE {DATABASE}"], check=True)
    try:
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=ROOT,
                       env=env, check=True)  # fmt: skip
        output = subprocess.run(
            [sys.executable, "-m", "bench.search", "--worker", *map(str, sizes)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
    finally:
        if not KEEP:
            subprocess.run(["psql", PG + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"], check=False)
        shutil.rmtree(static_root, ignore_errors=True)
    result = json.loads(output.strip().splitlines()[-1])
    _print(result)
    return result


def _print(result):
    machine = result.get("machine", {})
    loop, spread = machine.get("cpu_loop_ms"), machine.get("cpu_loop_spread_ms")
    cpu = f"{machine.get('cores')} cores, CPU loop {loop} ms (spread {spread} ms)"
    print(f"[search] machine: {cpu}, load {machine.get('load_average')}, PostgreSQL {machine.get('postgresql')}")
    for size, figures in result["sizes"].items():
        cold, warm = figures["engine_first_time"], figures["engine_counts_kept"]
        print(
            f"[search] {size} documents: engine p50 {cold['p50_ms']} ms, p95 {cold['p95_ms']} ms (facet counts kept: "
            f"p50 {warm['p50_ms']}, p95 {warm['p95_ms']}); indexing {figures['indexing_docs_per_second']} docs/s"
        )
        for label, median in cold.get("p50_ms_per_query", {}).items():
            print(f"[search]     {label}: {median} ms ({figures['hits_per_query'][label]} hits)")
        if "wagtail_p95_ms" in figures:
            print(
                f"[search] {size} pages: Wagtail search+facets p50 {figures['wagtail_p50_ms']} ms, "
                f"p95 {figures['wagtail_p95_ms']} ms"
            )
        if "search_page" in figures:
            page = figures["search_page"]
            print(
                f"[search] {size}: search page as served p50 {page['first_time']['p50_ms']} ms, "
                f"p95 {page['first_time']['p95_ms']} ms, {page['first_time']['html_kb_max']} KB max; repeated "
                f"anonymous p50 {page['repeated_anonymous']['p50_ms']} ms, "
                f"p95 {page['repeated_anonymous']['p95_ms']} ms"
            )
        for listing in figures.get("listings", {}).values():
            print(
                f"[search] listing of {listing['initiatives']} initiatives: first page "
                f"{listing['first_page']['p50_ms']} ms / {listing['first_page']['html_kb_max']} KB, middle page "
                f"{listing['middle_page']['p50_ms']} ms / {listing['middle_page']['html_kb_max']} KB"
            )


# The worker (child process, Django set up on the bench database) ------------------------------------------------


class French:
    """Sentences and vocabulary of the legacy documents, sampled with a fixed seed."""

    def __init__(self, seed=4):
        texts = [path.read_text(errors="ignore") for path in sorted(LEGACY.glob("*.txt"))] if LEGACY.is_dir() else []
        texts += demo_french_texts()
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", " ".join(texts)))
        sentences = {s.strip() for s in re.split(r"(?<=[.!?;:])\s+", text) if 40 <= len(s.strip()) <= 400}
        self.sentences = sorted(sentences) or ["Un espace public numérique ouvert à tous les habitants du quartier."]
        words = re.findall(r"[A-Za-zÀ-ÿ'’-]{5,}", text)
        self.words = words or ["numérique"]
        self.random = random.Random(seed)

    def title(self):
        words = self.random.sample(self.words, 4)
        return " ".join(words).capitalize()[:200]

    def paragraph(self, low, high):
        return " ".join(self.random.choice(self.sentences) for _ in range(self.random.randint(low, high)))


def demo_french_texts():
    """The French prose of the demo content: string literals of library/demo/*.py and the texts of its data files
    (library/demo/data/) that read as French sentences (the English and Spanish translations are left out)."""
    strings = []
    for path in sorted(DEMO.glob("*.py")):
        nodes = ast.walk(ast.parse(path.read_text()))
        strings += [node.value for node in nodes if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    for path in sorted((DEMO / "data").rglob("*")):
        if path.suffix == ".json":
            strings += json_strings(json.loads(path.read_text()))
        elif path.suffix in {".txt", ".md"}:
            strings += path.read_text().split("\n\n")
    return [text for text in strings if len(text) >= 40 and reads_as_french(text.lower())]


def reads_as_french(text):
    return len(FRENCH_MARKERS.findall(text)) > len(OTHER_MARKERS.findall(text))


def json_strings(value):
    if isinstance(value, dict):
        return [text for item in value.values() for text in json_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in json_strings(item)]
    return [value] if isinstance(value, str) else []


def synthetic_documents(count, french, page_ids):
    """Generated documents; page_id points at existing pages in turn (the column is a foreign key)."""
    from home.sorting import sort_key

    rng = french.random
    for number in range(count):
        key = str(uuid.UUID(int=number + 1))
        resource_type = rng.choices(["initiative", "reference", "note", "article"], [6, 3, 1, 1])[0]
        year = rng.randint(1995, 2025)
        title = french.title()
        yield {
            "id": f"{key}-fr",
            "page_id": page_ids[number % len(page_ids)],
            "translation_key": key,
            "locale": "fr",
            "original_locale": "fr",
            "untranslated": False,
            "title": title,
            "summary": french.paragraph(1, 2),
            "body": french.paragraph(4, 12),
            "keywords_text": " ".join(rng.sample(french.words, 3)),
            "themes_text": "",
            "labels_text": "",
            "countries_text": "",
            "territory": rng.choice(["Commune d'Athis-Mons", "Tombouctou", "Dakar", "Lyon"]),
            "organisations_text": "",
            "authors": "",
            "type": [resource_type],
            "theme": sorted(rng.sample(THEMES, rng.randint(1, 2))),
            "keyword": sorted(rng.sample([f"mot-{i}" for i in range(200)], 3)),
            "initiative_type": [rng.choice(["epn", "jumelage", "formation"])] if resource_type == "initiative" else [],
            "audience": sorted(rng.sample(["jeunes", "seniors", "femmes", "habitants"], 2)),
            "status": [rng.choice(["operationnel", "en-cours"])] if resource_type == "initiative" else [],
            "country": sorted(rng.sample(COUNTRIES, rng.randint(1, 2))),
            "organisation": [f"org-{rng.randint(1, 2000)}"],
            "reference_type": [rng.choice(["book", "report"])] if resource_type == "reference" else [],
            "launch_year": year if resource_type == "initiative" else None,
            "published_year": year if resource_type != "initiative" else None,
            "year": year,
            "title_sort": sort_key(title)[0],
            "sort_date": f"{year}-06-01T00:00:00+00:00",
            "url": f"/initiatives/p{number}/",
            "visibility": "partners" if number % 50 == 0 else "public",
        }


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def time_queries(run_one, repeat=REPEAT):
    timings, per_query = [], {}
    for label, params in QUERY_MIX:
        run_one(params)  # warm-up
        mine = []
        for _ in range(repeat):
            started = time.perf_counter()
            run_one(params)
            mine.append((time.perf_counter() - started) * 1000)
        per_query[label] = round(statistics.median(mine), 1)
        timings += mine
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "queries": len(timings),
        "p50_ms_per_query": per_query,
    }


def time_engine(resource_query, repeat):
    """The engine (search.searches.run_search on the database engine): facet counts computed for every request
    (a search never asked), then kept under the index version (a search asked again, another page or sort)."""
    from search.engines import facet_counts

    keep = facet_counts.cached
    facet_counts.cached = lambda statements: None
    try:
        first = time_queries(resource_query, repeat)
    finally:
        facet_counts.cached = keep
    return {"engine_first_time": first, "engine_counts_kept": time_queries(resource_query, repeat)}


def machine_figures():
    """What the figures depend on: the PostgreSQL settings searches feel, and the speed of this CPU as the median
    time of a fixed pure-Python loop (to compare runs on different machines)."""
    from django.db import connection

    loops = []
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for number in range(5_000_000):
            total += number
        loops.append((time.perf_counter() - started) * 1000)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, setting, unit FROM pg_settings WHERE name IN "
            "('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'server_version')"
        )
        settings = {name: f"{setting}{' × ' + unit if unit else ''}" for name, setting, unit in cursor.fetchall()}
    return {
        "cpu_loop_ms": round(statistics.median(loops)),
        "cpu_loop_spread_ms": round(max(loops) - min(loops)),
        "load_average": [round(value, 1) for value in os.getloadavg()],
        "cores": os.cpu_count(),
        "postgresql": settings,
    }


def worker(sizes):
    import django

    django.setup()
    from django.core.management import call_command
    from django.http import QueryDict

    from home.request_memo import RequestMemoMiddleware
    from search.engines.database import DatabaseEngine
    from search.searches import request_from_params, run_search

    call_command("migrate", verbosity=0)
    engine = DatabaseEngine()
    repeat = int(os.environ.get("BENCH_REPEAT", REPEAT))

    def resource_query(params):
        """One search as a request makes it: the content versions read once (home.request_memo)."""
        data = QueryDict(mutable=True)
        for key, value in params.items():
            data.setlist(key, value if isinstance(value, list) else [value])
        return RequestMemoMiddleware(lambda _request: run_search(request_from_params(data), engine=engine))(None)

    french = French()
    results = {"query_mix": [label for label, _params in QUERY_MIX], "machine": machine_figures(), "sizes": {}}
    for size in sizes:
        figures = {}
        if size == sizes[0]:
            # Real pages, so Wagtail's own search runs on the same content, and documents built from pages.
            from bench.search_pages import Site, index_in_wagtail, time_wagtail_baseline, wagtail_filter_fields
            from bench.search_served import listing_figures, search_page_figures

            wagtail_filter_fields()
            started = time.perf_counter()
            site = Site(french)
            page_ids = site.add_initiatives(size // 10)
            figures["listings"] = {"small": listing_figures(site.index, repeat, percentile)}
            page_ids += site.add_initiatives(size - size // 10)
            figures["listings"]["large"] = listing_figures(site.index, repeat, percentile)
            figures["page_creation_seconds"] = round(time.perf_counter() - started, 1)
            figures["wagtail_indexing_docs_per_second"] = index_in_wagtail(page_ids)
            started = time.perf_counter()
            from search.indexing import rebuild

            written = rebuild(["fr"], engines=[engine])["database"]
            figures["indexing_docs_per_second"] = round(written / (time.perf_counter() - started))
            figures["indexed_from"] = "pages (search.documents.build_document + database engine)"
            figures.update(time_wagtail_baseline(QUERY_MIX, repeat, percentile))
            figures["search_page"] = search_page_figures(QUERY_MIX, repeat, percentile)
        else:
            started = time.perf_counter()
            from wagtail.models import Page

            page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
            written = engine.rebuild(synthetic_documents(size, french, page_ids), ["fr"])
            figures["indexing_docs_per_second"] = round(written / (time.perf_counter() - started))
            figures["indexed_from"] = "generated documents (database engine)"
        figures["documents"] = written
        figures.update(time_engine(resource_query, repeat))
        figures["hits_per_query"] = {label: resource_query(params).count for label, params in QUERY_MIX}
        results["sizes"][str(size)] = figures
        print(f"[search worker] {size}: {figures}", file=sys.stderr, flush=True)
    results["machine_after"] = machine_figures()
    print(json.dumps(results))


if __name__ == "__main__" and "--worker" in sys.argv:
    worker([int(value) for value in sys.argv[sys.argv.index("--worker") + 1 :]])
