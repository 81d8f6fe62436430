"""Builds the French resource centre: the data files (files.py) through the importers, the site's scaffolding
(home, indexes, vocabularies, events, the partners' page) from the Python modules beside this one. The English
and Spanish pass is in localized.py.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction, Site

from home.models import PARTNERS_GROUP, HomePage, StandardPage
from initiatives.events.models import EventPage
from initiatives.models import (
    Audience,
    InitiativeStatus,
    InitiativeType,
    OrganisationKind,
    ThemePage,
)
from library.demo import events, sections, taxonomy
from library.demo.builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    Tally,
    block_id,
    french,
    paragraphs,
    root_page,
    stream,
    upsert_keyword,
    upsert_page,
    upsert_term,
)
from library.demo.files import ARTICLES_DIR, NOTE_FILE, ORGANISATIONS_FILE, REFERENCES_FILE
from library.demo.validate import DemoDataError, validate
from library.importing.run import DocumentImport, import_files, import_reference_file, parse_file
from library.models import ReferencePage, ThematicNotePage

SITE_NAME = "Solidarités numériques"


class DemoLoader:
    """Loads everything once, keeping what it built in dicts keyed like the data modules."""

    def __init__(self, tally):
        self.tally = tally
        self.terms = {}  # (model, slug) -> term
        self.keywords = {}  # French name -> Keyword
        self.indexes = {}  # slug -> index page
        self.themes = {}  # number -> ThemePage
        self.references = {}
        self.new_references = set()  # pks of the references the import created this run
        self.home = None
        self.note = None
        self.partner_page = None
        self.events = {}  # key -> EventPage

    def run(self):
        self.load_taxonomies()
        self.load_home()
        self.load_indexes()
        note_file = parse_file(NOTE_FILE)
        validate({record.fields["number"] for record in note_file if record.kind == "theme"})
        # The bibliography files references under themes, and the note's initiatives cite references: the themes
        # are written first, then the references, then the whole file (its themes then unchanged).
        self.tally.add_imported(self.import_note([record for record in note_file if record.kind == "theme"]))
        self.load_home(featured=True)
        self.load_organisations()
        self.load_references()
        counts = self.import_note(note_file)
        counts.pop("theme", None)  # counted by the first write
        self.tally.add_imported(counts)
        self.relate_references_to_note()
        self.load_articles()
        self.load_events()
        self.load_partner_page()
        return self

    # Vocabularies ---------------------------------------------------------------------------------------------

    def load_taxonomies(self):
        for model, rows in (
            (InitiativeType, taxonomy.INITIATIVE_TYPES),
            (Audience, taxonomy.AUDIENCES),
            (InitiativeStatus, taxonomy.STATUSES),
            (OrganisationKind, taxonomy.ORGANISATION_KINDS),
        ):
            for order, (slug, label, _en, _es) in enumerate(rows):
                self.terms[(model, slug)] = upsert_term(self.tally, model, slug, label, order)

    def term(self, model, slug):
        return self.terms[(model, slug)]

    def keyword(self, name):
        """The French keyword `name`, whoever made it (this loader or an importer)."""
        if name not in self.keywords:
            self.keywords[name] = upsert_keyword(self.tally, name)
        return self.keywords[name]

    # Site tree ------------------------------------------------------------------------------------------------

    def load_home(self, featured=False):
        root = root_page()
        homes = HomePage.objects.filter(locale=french())
        if not homes.filter(source_key=sections.HOME["key"]).exists() and not homes.child_of(root).exists():
            remove_welcome_page(root)
        text = sections.HOME["fr"]
        fields = {
            "title": text["title"],
            "slug": sections.HOME["slug"],
            "summary": text["summary"],
            "introduction": paragraphs(*text["introduction"]),
        }
        relations = {"featured_themes": list(self.themes.values())} if featured else {}
        self.home = upsert_page(self.tally, "HomePage", root, HomePage, sections.HOME["key"], fields, relations)
        ensure_default_site(self.home)

    def load_indexes(self):
        for label, slug, texts in sections.INDEXES:
            model = apps.get_model(label)
            text = texts["fr"]
            fields = {
                "title": text["title"],
                "slug": slug,
                "summary": text["summary"],
                "introduction": paragraphs(*text["introduction"]),
            }
            self.indexes[slug] = upsert_page(self.tally, model.__name__, self.home, model, slug, fields)

    def import_file(self, path, records=None):
        """Writes a data file (or some of its `records`) through the importers, published; returns their counts."""
        records = parse_file(path) if records is None else records
        return DocumentImport(french(), self.home, publish=True).write(path, records)

    def import_note(self, records):
        counts = self.import_file(NOTE_FILE, records)
        self.themes = {page.number: page for page in ThemePage.objects.filter(locale=french())}
        keys = [record.key for record in records if record.kind == "note"]
        self.note = ThematicNotePage.objects.filter(locale=french(), source_key__in=keys).first()
        return counts

    # Actors, references, initiatives ----------------------------------------------------------------------------

    def load_organisations(self):
        """The directory of actors, a CSV file, through the documents importer."""
        self.tally.add_imported(self.import_file(ORGANISATIONS_FILE))

    def load_references(self):
        """The bibliography file, through the references import; self.references maps citation keys to pages."""
        existing = set(ReferencePage.objects.filter(locale=french()).values_list("pk", flat=True))
        entry = import_reference_file(REFERENCES_FILE, locale=french(), root=self.home, publish=True)
        if "error" in entry:
            raise DemoDataError(entry["error"])
        self.tally.add_imported(entry["counts"])
        pages = ReferencePage.objects.filter(locale=french(), citation_key__in=[item["id"] for item in entry["items"]])
        self.references = {page.citation_key: page for page in pages}
        self.new_references = {page.pk for page in pages if page.pk not in existing}

    def relate_references_to_note(self):
        """The references the note's footnotes cite are related to it (no bibliography format says so)."""
        cited = {block.value["reference"].pk for block in self.note.footnotes if block.value["reference"]}
        for page in self.references.values():
            if page.pk in cited:
                # A reference the import created this run is counted once, as created, by the import.
                tally = Tally() if page.pk in self.new_references else self.tally
                upsert_page(tally, "ReferencePage", self.indexes["bibliotheque"], ReferencePage,
                            page.source_key, {}, {"related_notes": [self.note]})  # fmt: skip

    # Articles and the partners' space ---------------------------------------------------------------------------

    def load_articles(self):
        """The article files, through the documents import."""
        results = import_files([ARTICLES_DIR], locale=french(), parent_id=self.home.pk, publish=True)
        errors = [str(result.error) for result in results if result.error]
        if errors:
            raise DemoDataError("; ".join(errors))
        for result in results:
            self.tally.add_imported(result.counts)

    def load_events(self):
        for event in events.EVENTS:
            start_date, start_time, end_date, end_time, zone = event["when"]
            text = event["fr"]
            fields = {
                "title": text["title"],
                "slug": event["slug"],
                "summary": text["summary"],
                "place": text["place"],
                "town": event["town"],
                "start_date": start_date,
                "start_time": start_time,
                "end_date": end_date,
                "end_time": end_time,
                "time_zone": zone,
                "body": stream(event["key"], "body", [("paragraph", paragraphs(p)) for p in text["body"]]),
            }
            relations = {"themes": [self.themes[number] for number in event["themes"]]}
            self.events[event["key"]] = upsert_page(
                self.tally, "EventPage", self.indexes["agenda"], EventPage, event["key"], fields, relations
            )

    def load_partner_page(self):
        data = sections.PARTNERS_PAGE
        fields = {
            "title": data["title"],
            "slug": data["slug"],
            "summary": data["summary"],
            "body": stream(data["key"], "body", data["body"]),
        }
        self.partner_page = upsert_page(self.tally, "StandardPage", self.home, StandardPage, data["key"], fields)
        restrict_to_group(self.tally, self.partner_page, PARTNERS_GROUP)


def remove_welcome_page(root):
    """Deletes Wagtail's "Welcome to your new Wagtail site!" page: a plain Page directly under the root."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page):
        page.delete()


def ensure_default_site(home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or SITE_NAME
        site.save()


def restrict_to_group(tally, page, group_name):
    group, _ = Group.objects.get_or_create(name=group_name)
    restriction = PageViewRestriction.objects.filter(page=page, restriction_type=PageViewRestriction.GROUPS).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        outcome = CREATED
    else:
        outcome = UNCHANGED
    if list(restriction.groups.all()) != [group]:
        restriction.groups.set([group])
        outcome = UPDATED if outcome == UNCHANGED else outcome
    tally.record("PageViewRestriction", page.pk, outcome)


__all__ = ["DemoLoader", "block_id"]
