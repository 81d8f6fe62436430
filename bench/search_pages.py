"""Real pages in bulk for the search benchmark, and the Wagtail built-in search baseline over them.

Pages are inserted with bulk SQL (treebeard paths computed here) rather than one `add_child` per page, which would
take longer than the benchmark itself; the rows are the same as the page tree would hold.
"""

import datetime
import random
import statistics
import time
import uuid

from django.db import connection
from django.utils.text import slugify

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The facets of the resource index that Wagtail's database backend can count (see wagtail_filter_fields).
WAGTAIL_FACETS = ["themes", "audiences", "keywords", "initiative_types", "countries", "launch_date"]


def _step(number):
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = ALPHABET[remainder] + digits
    return digits.rjust(4, "0")


ORGANISATIONS = 2000  # as a national directory: the organisation facet has thousands of values


class Site:
    """The page tree the benchmark grows: themes, audiences, keywords, 2,000 organisations, then initiatives in
    batches (the listing is measured at two sizes)."""

    def __init__(self, french):
        from bench.search import THEMES
        from home.factories import KeywordFactory, make_home_site
        from initiatives.factories import (
            AudienceFactory,
            InitiativeIndexPageFactory,
            OrganisationIndexPageFactory,
            ThemeIndexPageFactory,
            ThemePageFactory,
        )
        from initiatives.models import OrganisationPage

        self.french = french
        home = make_home_site()
        theme_index = ThemeIndexPageFactory(parent=home)
        self.themes = [
            ThemePageFactory(parent=theme_index, title=code.capitalize(), code=code, slug=code) for code in THEMES
        ]
        self.audiences = [
            AudienceFactory(name=name.capitalize(), slug=name) for name in ("jeunes", "seniors", "habitants")
        ]
        self.keywords = [KeywordFactory(name=f"mot {i}", slug=f"mot-{i}") for i in range(200)]
        self.index = InitiativeIndexPageFactory(parent=home)
        directory = OrganisationIndexPageFactory(parent=home)
        self.organisation_ids = _bulk_pages(
            directory,
            OrganisationPage,
            [
                (f"Association {french.title()} {number}", {"country": french.random.choice(["FR", "ML", "SN"])})
                for number in range(1, ORGANISATIONS + 1)
            ],
        )
        self.initiatives = 0

    def add_initiatives(self, count):
        from bench.search import COUNTRIES
        from initiatives.models import InitiativeKeyword, InitiativeOrganisation, InitiativePage

        rng = self.french.random
        rows = []
        for _ in range(count):
            year = rng.randint(1995, 2025)
            rows.append(
                (
                    self.french.title(),
                    {
                        "summary": self.french.paragraph(1, 2),
                        "context": f"<p>{self.french.paragraph(2, 5)}</p>",
                        "description": [],
                        "territory": "Commune d'Athis-Mons",
                        "countries": rng.sample(COUNTRIES, rng.randint(1, 2)),
                        "launch_date": datetime.date(year, 1, 1),
                        "launch_precision": "year",
                    },
                )
            )
        page_ids = _bulk_pages(self.index, InitiativePage, rows, first=self.initiatives + 1)
        self.initiatives += count
        through = InitiativePage.themes.through
        through.objects.bulk_create(
            [through(initiativepage_id=pk, themepage_id=rng.choice(self.themes).pk) for pk in page_ids],
            batch_size=5000,
        )
        through = InitiativePage.audiences.through
        through.objects.bulk_create(
            [through(initiativepage_id=pk, audience_id=rng.choice(self.audiences).pk) for pk in page_ids],
            batch_size=5000,
        )
        InitiativeKeyword.objects.bulk_create(
            [InitiativeKeyword(content_object_id=pk, tag_id=rng.choice(self.keywords).pk) for pk in page_ids],
            batch_size=5000,
        )
        InitiativeOrganisation.objects.bulk_create(
            [
                InitiativeOrganisation(initiative_id=pk, organisation_id=rng.choice(self.organisation_ids))
                for pk in page_ids
            ],
            batch_size=5000,
        )
        return page_ids


def _bulk_pages(parent, model, rows, first=1):
    """Child pages of `parent` from (title, {field: value}) rows, in bulk SQL; returns their ids."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page

    locale = Locale.get_default()
    content_type = ContentType.objects.get_for_model(model)
    now = datetime.datetime.now(datetime.UTC)
    rng = random.Random(first)
    pages = []
    for number, (title, _fields) in enumerate(rows, start=first):
        slug = f"{slugify(title)[:40]}-{number}"
        published = now - datetime.timedelta(days=rng.randint(0, 9000))
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=parent.path + _step(number),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                first_published_at=published,
                last_published_at=published,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
        )
    Page.objects.bulk_create(pages, batch_size=2000)
    Page.objects.filter(pk=parent.pk).update(numchild=first - 1 + len(rows))
    paths = [page.path for page in pages]
    ids = dict(Page.objects.filter(path__in=paths).values_list("path", "pk"))
    fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    values = []
    for page, (_title, extra) in zip(pages, rows, strict=True):
        child = model(page_ptr_id=ids[page.path], **extra)
        values.append([f.get_db_prep_save(getattr(child, f.attname), connection) for f in fields])
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({placeholders})", values)
    return [ids[path] for path in paths]


def index_in_wagtail(page_ids):
    """Wagtail's own search index (its database backend) for these initiatives; returns docs/s."""
    from wagtail.search.backends import get_search_backend

    from initiatives.models import InitiativePage

    started = time.perf_counter()
    backend = get_search_backend()
    for start in range(0, len(page_ids), 1000):
        backend.add_bulk(InitiativePage, list(InitiativePage.objects.filter(pk__in=page_ids[start : start + 1000])))
    return round(len(page_ids) / (time.perf_counter() - started))


def wagtail_filter_fields():
    """Declare, for the benchmark process only, the FilterFields Wagtail needs to filter and facet the same
    relations as the resource index (the model declares only Page's: the site's own search does not use Wagtail's).
    Wagtail's database backend facets on themes, audiences, keywords, initiative types, countries and launch dates;
    it cannot filter on many-to-many relations, so theme and audience filters are `pk__in` subqueries (filtering
    on `id`, a FilterField), and it cannot reach organisations (through a child model): that facet has no twin."""
    from wagtail.search import index

    from initiatives.models import InitiativePage

    names = [f.field_name for f in InitiativePage.search_fields if isinstance(f, index.FilterField)]
    InitiativePage.search_fields = list(InitiativePage.search_fields) + [
        index.FilterField(name) for name in WAGTAIL_FACETS if name not in names
    ]


def _as_list(value):
    return value if isinstance(value, list) else [value]


def wagtail_filtered(params):
    """The initiatives Wagtail's search runs over: our facet filters and sort as Wagtail's queryset says them."""
    from django.db.models import Q

    from initiatives.models import InitiativePage

    queryset = InitiativePage.objects.live()  # type=initiative: the only type the baseline holds
    if "theme" in params:
        ids = InitiativePage.themes.through.objects.filter(themepage__code__in=_as_list(params["theme"]))
        queryset = queryset.filter(pk__in=ids.values("initiativepage_id"))
    if "audience" in params:
        ids = InitiativePage.audiences.through.objects.filter(audience__slug__in=_as_list(params["audience"]))
        queryset = queryset.filter(pk__in=ids.values("initiativepage_id"))
    if "country" in params:
        condition = Q()
        for code in _as_list(params["country"]):
            condition |= Q(countries__contains=code)
        queryset = queryset.filter(condition)
    order = {"title": "title", "newest": "-launch_date"}.get(params.get("sort"))
    return queryset.order_by(order) if order else queryset


def time_wagtail_baseline(query_mix, repeat, percentile):
    from wagtail.search.query import MATCH_ALL, Phrase

    def run_one(params):
        queryset = wagtail_filtered(params)
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
        "wagtail_facets": WAGTAIL_FACETS,
    }
