"""Writes the records of the legacy documents (themes, initiatives, the note, articles) as pages.

The caller runs write() inside one transaction per file: any error (raised as ImportFileError) rolls it all back.
Queries are batched: existing pages, terms, keywords and organisations are fetched once per file; new initiatives
and organisations are inserted in bulk. Pages are written through the importers' one path (pages.PageWriter).
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from home.models import ArticleIndexPage, ArticlePage
from initiatives.models import (
    InitiativeIndexPage,
    InitiativeOrganisation,
    InitiativePage,
    OrganisationIndexPage,
    OrganisationRole,
    ThemeIndexPage,
    ThemePage,
)
from library.importing.directory import write_organisations
from library.importing.errors import ImportFileError, MissingTargetError
from library.importing.fields import FuzzyDate
from library.importing.markup import body_stream, plain_text, rich_text
from library.importing.note import cited_by_key, note_values, stream_items
from library.importing.pages import PageWriter, apply_all, child_rows, invalid, keywords, many_to_many
from library.importing.terms import KeywordStore, OrganisationStore, ThemeNames, vocabularies
from library.models import LibraryIndexPage, ThematicNotePage

PAGE_MODELS = {"theme": ThemePage, "initiative": InitiativePage, "note": ThematicNotePage, "article": ArticlePage}
INDEX_MODELS = {
    "theme": ThemeIndexPage,
    "initiative": InitiativeIndexPage,
    "organisation": OrganisationIndexPage,
    "note": LibraryIndexPage,
    "article": ArticleIndexPage,
}
ROLES = {
    "carriers": OrganisationRole.CARRIER,
    "contractors": OrganisationRole.PARTNER,
    "partners": OrganisationRole.PARTNER,
    "funders": OrganisationRole.FUNDER,
}
INITIATIVE_M2M = ("initiative_types", "audiences", "themes", "related_references")
INITIATIVE_CHILDREN = ("keyword_items", "organisation_links")


def _first_paragraph(text):
    return plain_text(text or "").split("\n\n")[0].strip()


def unknown_field_errors(records):
    """One error per unknown label: a field the import does not know would be lost."""
    return [
        ImportFileError(
            record.source_file,
            _(
                "unknown field label “%(label)s” in “%(title)s”: it would be lost. Rename it to a known label "
                "(see the README) or add it to library/importing/fields.py, then import again."
            )
            % {"label": label, "title": record.title},
            record.unknown_lines.get(label, record.line),
        )  # fmt: skip
        for record in records
        for label in record.unknown_fields
    ]


def _link_content(row):
    # An organisation this import creates gets its id when written: read it from the object, not the column.
    return row.organisation_id or row.organisation.pk, row.role


class Writer(PageWriter):
    def __init__(self, locale, root, publish=True, user=None, progress=None, touch=None):
        super().__init__(locale, publish=publish, user=user, progress=progress, touch=touch)
        self.root = root
        self.indexes = {}
        self.existing = {}
        self.themes = {}
        self.vocab = None
        self.organisations = None
        self.references = {}  # citation key -> reference page, for "Références"
        self.by_theme = {}  # theme code -> the initiatives filed under it, in file order (for the note's chapters)

    def index(self, kind, record):
        if kind not in self.indexes:
            model = INDEX_MODELS[kind]
            page = model.objects.child_of(self.root).filter(locale=self.locale).first()
            if page is None:
                raise MissingTargetError(
                    record.source_file,
                    _("there is no “%(index)s” page under “%(root)s” (page %(id)s) to hold the %(kind)s records: "
                      "create it in the admin, or give --parent the page that holds the section indexes.")
                    % {"index": model._meta.verbose_name, "root": self.root.title, "id": self.root.pk, "kind": kind},
                )  # fmt: skip
            self.indexes[kind] = page
        return self.indexes[kind]

    # -- the records ---------------------------------------------------------------------------------------------
    def write(self, records):
        errors = unknown_field_errors(records)
        if errors:
            raise ImportFileError.many(errors)
        by_kind = defaultdict(list)
        for record in records:
            by_kind[record.kind].append(record)
        organisations = by_kind.pop("organisation", [])
        if organisations:  # the directory of actors, found by key, title or other name
            write_organisations(self, organisations, self.index("organisation", organisations[0]))
        self.fetch_existing(by_kind)
        for record in by_kind["theme"]:
            self.write_theme(record)
        self.write_initiatives(by_kind["initiative"])
        for record in by_kind["note"]:
            self.write_note(record, by_kind["theme"])
        self.write_articles(by_kind["article"])
        return self.report()

    def fetch_existing(self, by_kind):
        for kind, items in by_kind.items():
            pages = PAGE_MODELS[kind].objects.filter(locale=self.locale, source_key__in=[r.key for r in items])
            if kind == "initiative":
                pages = pages.select_related("status").prefetch_related(
                    "initiative_types", "audiences", "themes", "keyword_items", "organisation_links"
                )
            self.existing.update({(kind, page.source_key): page for page in pages})
        self.themes = {page.code: page for page in ThemePage.objects.filter(locale=self.locale)}

    def save(self, record, values, relations=None):
        page = self.existing.get((record.kind, record.key))
        parent = None if page else self.index(record.kind, record)
        values = self.with_new_slug(record, page, parent, values)
        return self.upsert(record, page, PAGE_MODELS[record.kind], parent, values, relations)

    def with_new_slug(self, record, page, parent, values):
        """A new page takes the address its record gives ("Adresse de la page", made unique under its parent); an
        existing page keeps its own."""
        if page is None and record.fields.get("slug"):
            return {**values, "slug": self.unique_slug(parent, record.title, record.fields["slug"])}
        return values

    # -- themes ----------------------------------------------------------------------------------------------------
    def write_theme(self, record):
        intro = record.sections.get("introduction", "")
        page = self.existing.get((record.kind, record.key)) or self.themes.get(record.fields["code"])
        values = {
            "title": record.title,
            # A theme keeps its code once made (facets and links use it): a re-import never renames it.
            "code": page.code if page else record.fields["code"],
            "number": record.fields["number"],
            "summary": record.fields.get("summary") or _first_paragraph(intro),
            "introduction": rich_text(intro),
        }
        parent = None if page else self.index("theme", record)
        page = self.upsert(record, page, ThemePage, parent, self.with_new_slug(record, page, parent, values))
        self.themes[record.fields["code"]] = self.themes[page.code] = page

    # -- initiatives -----------------------------------------------------------------------------------------------
    def write_initiatives(self, records):
        if not records:
            return
        self.prepare_initiatives(records)
        specs = [self.initiative_spec(record) for record in records]
        if self.organisations and self.organisations.pending:
            self.add_pages(self.organisations.index_page, self.organisations.pending, "organisation")
        new_pages = []
        for record, values, relations in specs:
            if (record.kind, record.key) in self.existing:
                page = self.save(record, values, relations)
            else:
                page = self.new_initiative(record, values, relations)
                new_pages.append((record, page))
            for code in record.fields.get("themes", [])[:1]:
                self.by_theme.setdefault(code, []).append(page)
        try:
            self.add_pages(self.index("initiative", records[0]), [page for _r, page in new_pages], "initiative",
                           m2m=INITIATIVE_M2M, children=INITIATIVE_CHILDREN)  # fmt: skip
        except ValidationError as error:
            raise invalid(new_pages[getattr(error, "page_index", 0)][0], error) from error

    def new_initiative(self, record, values, relations):
        self.progress()
        page = InitiativePage(source_key=record.key, **values)
        page.slug = self.unique_slug(self.index("initiative", record), record.title, record.fields.get("slug"))
        apply_all(page, {}, relations)
        return page

    def prepare_initiatives(self, records):
        self.vocab = vocabularies(self.locale, self.counts)
        for name in ("initiative_types", "audiences", "keywords"):
            self.vocab[name].need({item for r in records for item in r.fields.get(name, [])})
        self.vocab["status"].need({r.fields["status"] for r in records if r.fields.get("status")})
        self.references = cited_by_key({key for r in records for key in r.fields.get("references", [])}, self.locale,
                                       records[0].source_file)  # fmt: skip
        names = {n for r in records for field in ROLES for n in r.fields.get(field, [])}
        if names:
            self.organisations = OrganisationStore(
                self.locale, self.counts, self.index("organisation", records[0]), self.unique_slug
            )
            self.organisations.prefetch(names)

    def initiative_spec(self, record):
        """(record, field values, relations) of an initiative, before anything is written."""
        return record, self.initiative_values(record), self.initiative_relations(record.fields)

    def initiative_values(self, record):
        fields = record.fields
        launch = fields.get("launch_date") or FuzzyDate(None, "unknown")
        collected = fields.get("collected_on")
        return {
            "title": record.title,
            "summary": plain_text(record.sections.get("presentation", "")),
            "context": rich_text(record.sections.get("context", "")),
            "description": body_stream(record.sections.get("description", ""), record.key),
            "website": fields.get("website", ""),
            "territory": fields.get("territory", "")[:255],
            "countries": sorted(fields.get("countries", [])),  # CountryField stores them sorted
            "launch_date": launch.date,
            "launch_precision": launch.precision,
            "launch_period": launch.period,
            "collected_on": collected.date if collected else None,
            "collected_precision": collected.precision if collected and collected.date else "day",
            "status": self.vocab["status"].get(fields["status"]) if fields.get("status") else None,
            # Fields of the new site only: a legacy record, which cannot give them, leaves them as they are.
            **({"region": fields["region"][:120]} if "region" in fields else {}),
        }

    def initiative_relations(self, fields):
        terms = {name: [self.vocab[name].get(n) for n in fields.get(name, [])] for name in INITIATIVE_M2M[:2]}
        relations = {
            **{name: many_to_many(name, objects) for name, objects in terms.items()},
            "themes": many_to_many("themes", [self.themes[code] for code in fields.get("themes", [])]),
            "keywords": keywords([self.vocab["keywords"].get(n) for n in fields.get("keywords", [])]),
            "organisation_links": self.organisation_links(fields),
        }
        if "references" in fields:
            references = [self.references[key] for key in fields["references"]]
            relations["related_references"] = many_to_many("related_references", references)
        return relations

    def organisation_links(self, fields):
        links = []
        for field, role in ROLES.items():
            for name in fields.get(field, []):
                link = (self.organisations.get(name), role)
                if link not in links:
                    links.append(link)

        def rows():  # made when applied: organisations this import creates have their ids by then
            return [InitiativeOrganisation(organisation=organisation, role=role, sort_order=n)
                    for n, (organisation, role) in enumerate(links)]  # fmt: skip

        return child_rows("organisation_links", rows, _link_content)

    # -- the note and the articles ---------------------------------------------------------------------------------
    def write_note(self, record, theme_records):
        values = note_values(record, theme_records, self.by_theme, self.locale)
        themes = [self.themes[r.fields["code"]] for r in theme_records]
        tags = self.note_keywords(record)
        relations = {"themes": many_to_many("themes", themes)}
        if tags is not None:
            relations["keywords"] = keywords(tags)
        self.save(record, values, relations)

    def note_keywords(self, record):
        if "keywords" not in record.fields:
            return None
        store = KeywordStore(self.locale, self.counts)
        store.need(set(record.fields["keywords"]))
        return [store.get(name) for name in record.fields["keywords"]]

    def write_articles(self, records):
        if not records:
            return
        self.vocab = vocabularies(self.locale, self.counts)
        self.vocab["keywords"].need({k for r in records for k in r.fields.get("keywords", [])})
        names = ThemeNames(self.locale)
        for record in records:
            tags = [self.vocab["keywords"].get(name) for name in record.fields.get("keywords", [])]
            self.save(record, article_values(record), {"keywords": keywords(tags), **article_themes(record, names)})


def article_themes(record, names):
    """The themes relation when the article names themes (a "Thèmes" line, or rubrics that are theme names)."""
    wanted = record.fields.get("themes", [])
    unknown = names.unknown(wanted)
    if unknown:
        problem = _("there is no theme “%(name)s” on this site: name a theme by its code, number or title.")
        raise ImportFileError(record.source_file, f"“{record.title}”: {problem % {'name': unknown[0]}}", record.line)
    themes = [names.get(name) for name in wanted + record.fields.get("rubrics", []) if names.get(name)]
    return {"themes": many_to_many("themes", themes)} if themes else {}


def article_values(record):
    fields = record.fields
    sections = dict(record.sections)
    intro = sections.pop("introduction", "")
    body = body_stream(intro, record.key + "/intro")  # the key of its blocks; the introduction has no heading
    for n, (heading, text) in enumerate(sections.items()):
        body += body_stream(text, record.key + f"/{n}", heading=heading)
    date = fields.get("date")
    links = [{"title": link["title"][:255], "url": link["url"]} for link in fields.get("more_links", [])
             if link.get("url")]  # fmt: skip
    # An article's "Slug" line is its address, an existing page's too (the rewrite names where it lives).
    optional = {"slug": fields["slug"]} if fields.get("slug") else {}
    return {
        **optional,
        "title": record.title[:255],
        "summary": fields.get("summary") or _first_paragraph(intro or next(iter(sections.values()), "")),
        "author": fields.get("author", "")[:255],
        "date": date.date if date else None,
        "licence": fields.get("licence", ""),
        "body": body,
        "more_links": stream_items("link", record.key, links),
    }
