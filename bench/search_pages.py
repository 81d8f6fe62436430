"""Real pages in bulk for the search benchmark, and the Wagtail built-in search baseline over them.

Pages are inserted with bulk SQL (treebeard paths computed here) rather than one `add_child` per page, which would
take longer than the benchmark itself; the rows are the same as the page tree would hold.
"""

import datetime
import statistics
import time
import uuid

from django.db import connection
from django.utils.text import slugify

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Wagtail facets need FilterFields; the page models declare only Page's, so the baseline facets on nine of those
# (the cost of one grouped count over the matched pages each, which is what a facet is).
WAGTAIL_FACETS = [
    "content_type_id",
    "locale_id",
    "owner_id",
    "depth",
    "locked",
    "show_in_menus",
    "live",
    "first_published_at",
    "last_published_at",
]


def _step(number):
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = ALPHABET[remainder] + digits
    return digits.rjust(4, "0")


def build_pages(size, french):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page

    from bench.search import COUNTRIES, THEMES
    from home.factories import KeywordFactory, make_home_site
    from initiatives.factories import (
        AudienceFactory,
        InitiativeIndexPageFactory,
        ThemeIndexPageFactory,
        ThemePageFactory,
    )
    from initiatives.models import InitiativeKeyword, InitiativePage

    started = time.perf_counter()
    home = make_home_site()
    theme_index = ThemeIndexPageFactory(parent=home)
    themes = [ThemePageFactory(parent=theme_index, title=code.capitalize(), code=code, slug=code) for code in THEMES]
    audiences = [AudienceFactory(name=name.capitalize(), slug=name) for name in ("jeunes", "seniors", "habitants")]
    keywords = [KeywordFactory(name=f"mot {i}", slug=f"mot-{i}") for i in range(200)]
    index = InitiativeIndexPageFactory(parent=home)
    locale = Locale.get_default()
    content_type = ContentType.objects.get_for_model(InitiativePage)
    rng = french.random
    pages, details = [], []
    now = datetime.datetime.now(datetime.UTC)
    for number in range(1, size + 1):
        title = french.title()
        slug = f"{slugify(title)[:40]}-{number}"
        published = now - datetime.timedelta(days=rng.randint(0, 9000))
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=index.path + _step(number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                first_published_at=published,
                last_published_at=published,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
        )
        details.append(
            {
                "summary": french.paragraph(1, 2),
                "context": f"<p>{french.paragraph(2, 5)}</p>",
                "year": rng.randint(1995, 2025),
                "countries": rng.sample(COUNTRIES, rng.randint(1, 2)),
            }
        )
    Page.objects.bulk_create(pages, batch_size=2000)
    Page.objects.filter(pk=index.pk).update(numchild=size)
    ids = dict(Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).values_list("path", "pk"))
    fields = list(InitiativePage._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = []
    for page, detail in zip(pages, details, strict=True):
        child = InitiativePage(
            page_ptr_id=ids[page.path],
            summary=detail["summary"],
            context=detail["context"],
            description=[],
            territory="Commune d'Athis-Mons",
            countries=detail["countries"],
            launch_date=datetime.date(detail["year"], 1, 1),
            launch_precision="year",
        )
        rows.append([f.get_db_prep_save(getattr(child, f.attname), connection) for f in fields])
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {InitiativePage._meta.db_table} ({columns}) VALUES ({placeholders})", rows)
    page_ids = list(ids.values())
    InitiativePage.themes.through.objects.bulk_create(
        [InitiativePage.themes.through(initiativepage_id=pk, themepage_id=rng.choice(themes).pk) for pk in page_ids],
        batch_size=5000,
    )
    InitiativePage.audiences.through.objects.bulk_create(
        [
            InitiativePage.audiences.through(initiativepage_id=pk, audience_id=rng.choice(audiences).pk)
            for pk in page_ids
        ],
        batch_size=5000,
    )
    InitiativeKeyword.objects.bulk_create(
        [InitiativeKeyword(content_object_id=pk, tag_id=rng.choice(keywords).pk) for pk in page_ids], batch_size=5000
    )
    figures = {"pages": size, "page_creation_seconds": round(time.perf_counter() - started, 1)}
    started = time.perf_counter()
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    queryset = InitiativePage.objects.all()
    for start in range(0, size, 1000):
        backend.add_bulk(InitiativePage, list(queryset[start : start + 1000]))
    figures["wagtail_indexing_docs_per_second"] = round(size / (time.perf_counter() - started))
    return figures


def time_wagtail_baseline(query_mix, repeat, percentile):
    from wagtail.models import Locale
    from wagtail.search.query import MATCH_ALL, Phrase

    from initiatives.models import InitiativePage

    locale = Locale.get_default()
    since = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

    def run_one(params):
        queryset = InitiativePage.objects.live()
        filter_count = sum(1 for key in params if key not in ("q", "sort"))
        filters = [{"locale": locale}, {"show_in_menus": False}, {"first_published_at__gte": since}]
        for condition in filters[: min(filter_count, 3)]:
            queryset = queryset.filter(**condition)
        if params.get("sort") == "title":
            queryset = queryset.order_by("title")
        elif params.get("sort") == "newest":
            queryset = queryset.order_by("-first_published_at")
        text = params.get("q", "")
        query = Phrase(text.strip('"')) if text.startswith('"') else (text or MATCH_ALL)
        results = queryset.search(query, order_by_relevance=not params.get("sort"))
        list(results[:20])
        results.count()
        for facet in WAGTAIL_FACETS:
            results.facet(facet)

    timings = []
    for _label, params in query_mix:
        run_one(params)
        for _ in range(repeat):
            started = time.perf_counter()
            run_one(params)
            timings.append((time.perf_counter() - started) * 1000)
    return {
        "wagtail_p50_ms": round(statistics.median(timings), 1),
        "wagtail_p95_ms": round(percentile(timings, 0.95), 1),
    }
