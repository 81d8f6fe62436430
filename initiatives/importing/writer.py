"""Writes parsed records as pages: creates or updates by source key, reports created / updated / unchanged.

The caller runs write() inside one transaction per file: any error (raised as ImportFileError) rolls it all back.
Queries are batched: existing pages, terms, keywords and organisations are fetched once per file.
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue

from home.models import ArticleIndexPage, ArticlePage
from initiatives.importing.bulk import bulk_add_pages, can_bulk_insert
from initiatives.importing.errors import ImportFileError, MissingTargetError
from initiatives.importing.fields import FuzzyDate
from initiatives.importing.markup import block_id, body_stream, plain_text, rich_text
from initiatives.importing.publishing import mark_published
from initiatives.importing.terms import OrganisationStore, vocabularies
from initiatives.models import (
    InitiativeIndexPage,
    InitiativeOrganisation,
    InitiativePage,
    OrganisationIndexPage,
    OrganisationRole,
    ThemeIndexPage,
    ThemePage,
)
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


def _first_paragraph(text):
    return plain_text(text or "").split("\n\n")[0].strip()


def _comparable(value):
    """Field values in a form that compares equal when the content is the same, whatever their source."""
    if isinstance(value, StreamValue):
        return [{"type": b["type"], "value": b["value"], "id": b["id"]} for b in value.raw_data]
    if hasattr(value, "pk"):
        return value.pk
    if isinstance(value, (list, tuple)):
        return [getattr(item, "code", item) for item in value]
    return value


class Writer:
    def __init__(self, locale, root, publish=True, user=None, progress=None, touch=None):
        self.progress = progress or (lambda: None)
        self.touch = touch
        self.locale = locale
        self.root = root
        self.publish = publish
        self.user = user
        self.counts = defaultdict(lambda: {"created": 0, "updated": 0, "unchanged": 0})
        self.indexes = {}
        self.slugs = {}

    # -- plumbing ------------------------------------------------------------------------------------------------
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

    def unique_slug(self, parent, title):
        taken = self.slugs.get(parent.pk)
        if taken is None:
            taken = self.slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        base = slugify(title)[:80].strip("-") or "page"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        return slug

    def add_pages(self, parent, pages, kind, m2m=(), children=()):
        """New pages in bulk where the database allows it (PostgreSQL, recent SQLite), else one by one."""
        if can_bulk_insert():
            for page in pages:
                page.locale = self.locale
            bulk_add_pages(parent, pages, publish=self.publish, user=self.user, m2m=m2m, children=children,
                           touch=self.touch)  # fmt: skip
            self.counts[kind]["created"] += len(pages)
        else:
            for page in pages:
                self.add_page(parent, page, kind)

    def add_page(self, parent, page, kind):
        page.locale = self.locale
        page.slug = page.slug or self.unique_slug(parent, page.title)
        page.live = self.publish
        page.has_unpublished_changes = not self.publish
        parent.add_child(instance=page)
        revision = page.save_revision(user=self.user, clean=False, changed=not self.publish)
        if self.publish:
            mark_published(page, revision, self.user)
        self.counts[kind]["created"] += 1
        return page

    # -- the records ---------------------------------------------------------------------------------------------
    def write(self, records):
        for record in records:
            if record.unknown_fields:
                label = next(iter(record.unknown_fields))
                raise ImportFileError(
                    record.source_file,
                    _("unknown field label “%(label)s” in “%(title)s”: it would be lost. Rename it to a known label "
                      "(see the README) or add it to initiatives/importing/fields.py, then import again.")
                    % {"label": label, "title": record.title},
                    record.unknown_lines.get(label, record.line),
                )  # fmt: skip
        by_kind = defaultdict(list)
        for record in records:
            by_kind[record.kind].append(record)
        self.existing = {}
        for kind, items in by_kind.items():
            pages = PAGE_MODELS[kind].objects.filter(locale=self.locale, source_key__in=[r.key for r in items])
            if kind == "initiative":
                pages = pages.select_related("status").prefetch_related(
                    "initiative_types", "audiences", "themes", "keyword_items", "organisation_links"
                )
            self.existing.update({(kind, page.source_key): page for page in pages})
        self.themes = {page.code: page for page in ThemePage.objects.filter(locale=self.locale)}
        for record in by_kind["theme"]:
            self.write_theme(record)
        initiatives = by_kind["initiative"]
        if initiatives:
            self.prepare_initiatives(initiatives)
            specs = [self.initiative_spec(record) for record in initiatives]
            if self.organisations and self.organisations.pending:
                self.add_pages(self.organisations.index_page, self.organisations.pending, "organisation")
            new_pages = []
            for record, values, relations in specs:
                if (record.kind, record.key) in self.existing:
                    self.save(record, values, relations)
                    continue
                self.progress()
                page = InitiativePage(source_key=record.key, **values)
                page.slug = self.unique_slug(self.index("initiative", record), record.title)
                for _getter, setter in relations.values():
                    setter(page)
                new_pages.append((record, page))
            try:
                self.add_pages(self.index("initiative", initiatives[0]), [page for _r, page in new_pages],
                               "initiative", m2m=("initiative_types", "audiences", "themes"),
                               children=("keyword_items", "organisation_links"))  # fmt: skip
            except ValidationError as error:
                raise self.invalid(new_pages[getattr(error, "page_index", 0)][0], error) from error
        for record in by_kind["note"]:
            self.write_note(record, by_kind["theme"])
        if by_kind["article"]:
            self.vocab = vocabularies(self.locale, self.counts)
            self.vocab["keywords"].need({k for r in by_kind["article"] for k in r.fields.get("keywords", [])})
            for record in by_kind["article"]:
                self.write_article(record)
        return {kind: dict(counts) for kind, counts in self.counts.items()}

    def save(self, record, values, relations=None):
        """Creates the page, or updates it when its content differs; `values` are fields, `relations` setters."""
        self.progress()
        relations = relations or {}
        model = PAGE_MODELS[record.kind]
        page = self.existing.get((record.kind, record.key))
        if record.kind == "theme" and page is None:
            page = self.themes.get(values["code"])  # a theme made in the admin: the import adopts it
        try:
            if page is None:
                page = model(source_key=record.key, **values)
                for _getter, setter in relations.values():
                    setter(page)
                return self.add_page(self.index(record.kind, record), page, record.kind)
            current = page
            if page.has_unpublished_changes and page.latest_revision_id:
                current = page.get_latest_revision_as_object()
            same = all(_comparable(getattr(current, name)) == _comparable(value) for name, value in values.items())
            same = same and all(getter(current) == setter.wanted for getter, setter in relations.values())
            same = same and current.source_key == record.key
            if same:
                self.counts[record.kind]["unchanged"] += 1
                return current
            current.source_key = record.key
            for name, value in values.items():
                setattr(current, name, value)
            for _getter, setter in relations.values():
                setter(current)
            revision = current.save_revision(user=self.user)
            if self.publish:
                revision.publish(user=self.user)
            self.counts[record.kind]["updated"] += 1
            return current
        except ValidationError as error:
            raise self.invalid(record, error) from error

    @staticmethod
    def invalid(record, error):
        problems = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
        message = _("“%(title)s” cannot be saved: %(problems)s") % {"title": record.title, "problems": problems}
        return ImportFileError(record.source_file, message, record.line)

    # -- per kind ------------------------------------------------------------------------------------------------
    def write_theme(self, record):
        intro = record.sections.get("introduction", "")
        page = self.save(
            record,
            {
                "title": record.title,
                "code": record.fields["code"],
                "number": record.fields["number"],
                "summary": _first_paragraph(intro),
                "introduction": rich_text(intro),
            },
        )
        self.themes[page.code] = page

    def prepare_initiatives(self, records):
        self.vocab = vocabularies(self.locale, self.counts)
        for name in ("initiative_types", "audiences", "keywords"):
            self.vocab[name].need({item for r in records for item in r.fields.get(name, [])})
        self.vocab["status"].need({r.fields["status"] for r in records if r.fields.get("status")})
        names = {n for r in records for field in ROLES for n in r.fields.get(field, [])}
        self.organisations = None
        if names:
            self.organisations = OrganisationStore(
                self.locale, self.counts, self.index("organisation", records[0]), self.unique_slug
            )
            self.organisations.prefetch(names)

    def initiative_spec(self, record):
        """(record, field values, relation setters) of an initiative, before anything is written."""
        fields = record.fields
        launch = fields.get("launch_date") or FuzzyDate(None, "unknown")
        collected = fields.get("collected_on")
        status = self.vocab["status"].get(fields["status"]) if fields.get("status") else None
        values = {
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
            "status": status,
        }
        links = []
        for field, role in ROLES.items():
            for name in fields.get(field, []):
                organisation = self.organisations.get(name)
                if (organisation, role) not in links:
                    links.append((organisation, role))
        relations = {
            "initiative_types": _m2m(
                "initiative_types", [self.vocab["initiative_types"].get(n) for n in fields.get("initiative_types", [])]
            ),  # fmt: skip
            "audiences": _m2m("audiences", [self.vocab["audiences"].get(n) for n in fields.get("audiences", [])]),
            "themes": _m2m("themes", [self.themes[code] for code in fields.get("themes", [])]),
            "keywords": _tags([self.vocab["keywords"].get(n) for n in fields.get("keywords", [])]),
            "organisation_links": _links(links),
        }
        return record, values, relations

    def write_note(self, record, theme_records):
        chapters = [
            {
                "type": "chapter",
                "value": {"title": chapter["title"][:255], "body": body_stream(chapter["text"], record.key, n)},
                "id": block_id(record.key, "chapter", n),
            }
            for n, chapter in enumerate(record.fields.get("chapters", []))
        ]
        footnotes = [
            {
                "type": "footnote",
                "value": {"number": note["number"], "text": rich_text(note["text"]), "reference": None},
                "id": block_id(record.key, "footnote", n),
            }
            for n, note in enumerate(record.fields.get("footnotes", []))
        ]
        intro = record.sections.get("introduction", "")
        themes = [self.themes[r.fields["code"]] for r in theme_records]
        self.save(
            record,
            {
                "title": record.title,
                "summary": _first_paragraph(intro),
                "introduction": rich_text(intro),
                "chapters": chapters,
                "footnotes": footnotes,
            },
            {"themes": _m2m("themes", themes)},
        )

    def write_article(self, record):
        fields = record.fields
        sections = dict(record.sections)
        intro = sections.pop("introduction", "")
        body = body_stream(intro, record.key, "intro")
        for n, (heading, text) in enumerate(sections.items()):
            body += body_stream(text, record.key + f"/{n}", heading=heading[:255])
        date = fields.get("date")
        links = [link for link in fields.get("more_links", []) if link.get("url")]
        values = {
            "title": record.title[:255],
            "summary": _first_paragraph(intro or next(iter(sections.values()), "")),
            "author": fields.get("author", "")[:255],
            "date": date.date if date else None,
            "licence": fields.get("licence", ""),
            "body": body,
            "more_links": [
                {
                    "type": "link",
                    "value": {"title": link["title"][:255], "url": link["url"]},
                    "id": block_id(record.key, "link", n),
                }
                for n, link in enumerate(links)
            ],  # fmt: skip
        }
        keywords = [self.vocab["keywords"].get(name) for name in fields.get("keywords", [])]
        self.save(record, values, {"keywords": _tags(keywords)})


# Relation setters: each knows how to apply the wanted relation to a page and how to read it back for comparison.
class _Setter:
    def __init__(self, apply, wanted):
        self.apply, self._wanted = apply, wanted

    @property
    def wanted(self):
        return self._wanted() if callable(self._wanted) else self._wanted

    def __call__(self, page):
        self.apply(page)


def _m2m(name, objects):
    objects = list(dict.fromkeys(objects))

    def getter(page):
        return sorted(obj.pk for obj in getattr(page, name).all())

    return getter, _Setter(lambda page: setattr(page, name, objects), sorted(obj.pk for obj in objects))


def _tags(keywords):
    keywords = list(dict.fromkeys(keywords))

    def getter(page):
        return sorted(item.tag_id for item in page.keyword_items.all())

    def apply(page):
        page.keywords.set(keywords)

    return getter, _Setter(apply, sorted(keyword.pk for keyword in keywords))


def _links(links):
    def getter(page):
        return [(link.organisation_id, link.role) for link in page.organisation_links.all()]

    def apply(page):
        page.organisation_links = [
            InitiativeOrganisation(organisation=organisation, role=role, sort_order=n)
            for n, (organisation, role) in enumerate(links)
        ]

    # Organisations created by this import get their id when written: compare lazily.
    return getter, _Setter(apply, lambda: [(organisation.pk, role) for organisation, role in links])
