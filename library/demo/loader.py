"""Builds the French resource centre from the demo data modules (the English and Spanish pass is in localized.py)."""

from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction, Site

from home.models import PARTNERS_GROUP, ArticleKeyword, ArticlePage, HomePage, StandardPage
from initiatives.events.models import EventPage
from initiatives.models import (
    Audience,
    InitiativeStatus,
    InitiativeType,
    OrganisationKind,
    ThemePage,
)
from library.demo import articles, events, references, sections, taxonomy
from library.demo.builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    block_id,
    french,
    paragraphs,
    root_page,
    stream,
    upsert_keyword,
    upsert_page,
    upsert_term,
)
from library.demo.validate import validate
from library.importing import records
from library.importing.run import DocumentImport, parse_file
from library.models import ReferenceContributor, ReferenceKeyword, ReferencePage, ThematicNotePage

DATA = Path(__file__).parent / "data"
NOTE_FILE = DATA / "solidarites-numeriques.md"
ORGANISATIONS_FILE = DATA / "organisations.csv"
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
        self.load_references()  # now that the note exists, relate the references to it
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

    def keyword_items(self, through, names):
        items = []
        for name in names:
            if name not in self.keywords:
                self.keywords[name] = upsert_keyword(self.tally, name)
            items.append(through(tag=self.keywords[name]))
        return items

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
        self.note = ThematicNotePage.objects.filter(locale=french(), source_key__startswith="note:").first()
        return counts

    # Actors, references, initiatives ----------------------------------------------------------------------------

    def load_organisations(self):
        """The directory of actors, a CSV file, through the documents importer."""
        self.tally.add_imported(self.import_file(ORGANISATIONS_FILE))

    def load_references(self):
        note = self.note
        for ref in references.REFERENCES:
            fields = {
                "title": ref["title"],
                "slug": ref["key"],
                "citation_key": ref["key"],
                "summary": ref["summary"],
                "reference_type": ref["type"],
                "publisher": ref["publisher"],
                "publisher_place": ref["place"],
                "issued_year": ref["year"],
                "document_url": ref.get("url", ""),
                "language": ref["language"],
            }
            relations = {
                "contributors": [
                    ReferenceContributor(role=role, family=family, given=given, literal=literal, sort_order=order)
                    for order, (role, family, given, literal) in enumerate(ref["contributors"])
                ],
                "themes": [self.themes[number] for number in ref["themes"]],
                "keyword_items": self.keyword_items(ReferenceKeyword, ref["keywords"]),
                "related_notes": [note] if note and ref["key"] in references.NOTE_REFERENCES else [],
            }
            self.references[ref["key"]] = upsert_page(
                self.tally,
                "ReferencePage",
                self.indexes["bibliotheque"],
                ReferencePage,
                f"ref-{ref['key']}",
                fields,
                relations,
            )

    # Articles and the partners' space ---------------------------------------------------------------------------

    def load_articles(self):
        for article in articles.ARTICLES:
            key = article["key"]
            fields = {
                "title": article["title"],
                "slug": article["slug"],
                "summary": article["summary"],
                "author": article["author"],
                "date": article["date"],
                "licence": article["licence"],
                "body": stream(key, "body", article["body"]),
                "more_links": stream(
                    key, "more_links", [("link", {"title": title, "url": url}) for title, url in article["links"]]
                ),
            }
            relations = {
                "themes": [self.themes[number] for number in article["themes"]],
                "keyword_items": self.keyword_items(ArticleKeyword, article["keywords"]),
            }
            key = records.article_key(article["source_title"])
            upsert_page(self.tally, "ArticlePage", self.indexes["articles"], ArticlePage, key, fields, relations)

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
