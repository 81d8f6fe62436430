"""Builds the French resource centre from the demo data modules (the English and Spanish pass is in localized.py).

The references and the articles are files in the importers' formats (library/demo/data/), imported through them.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction, Site

from home.models import PARTNERS_GROUP, ArticlePage, HomePage, Keyword, StandardPage
from initiatives.events.models import EventPage
from initiatives.models import (
    Audience,
    InitiativeKeyword,
    InitiativeOrganisation,
    InitiativePage,
    InitiativeStatus,
    InitiativeType,
    OrganisationKind,
    OrganisationPage,
    ThemePage,
)
from library.demo import events, notes, organisations, sections, taxonomy, themes
from library.demo.builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    block_id,
    french,
    list_items,
    paragraphs,
    root_page,
    stream,
    upsert_keyword,
    upsert_page,
    upsert_term,
)
from library.demo.files import ARTICLES_DIR, REFERENCES_FILE
from library.demo.initiatives_a import INITIATIVES_A
from library.demo.initiatives_b import INITIATIVES_B
from library.demo.initiatives_c import INITIATIVES_C
from library.demo.validate import DemoDataError
from library.importing import records
from library.importing.run import import_files, import_reference_file
from library.importing.terms import organisation_key
from library.models import NoteKeyword, ReferencePage, ThematicNotePage

INITIATIVES = INITIATIVES_A + INITIATIVES_B + INITIATIVES_C
SITE_NAME = "Solidarités numériques"


def note_key():
    return records.note_key(notes.NOTE["title"])


def initiative_key(number):
    """The key the importer gives the note's record `number`: importing the note over the demo updates in place."""
    return records.initiative_key(notes.NOTE["title"], number)


class DemoLoader:
    """Loads everything once, keeping what it built in dicts keyed like the data modules."""

    def __init__(self, tally):
        self.tally = tally
        self.terms = {}  # (model, slug) -> term
        self.keywords = {}  # French name -> Keyword
        self.indexes = {}  # slug -> index page
        self.themes = {}  # number -> ThemePage
        self.organisations = {}
        self.references = {}
        self.initiatives = {}  # number -> InitiativePage
        self.home = None
        self.note = None
        self.partner_page = None
        self.events = {}  # key -> EventPage

    def run(self):
        self.load_taxonomies()
        self.load_home()
        self.load_indexes()
        self.load_themes()
        self.load_home(featured=True)
        self.load_organisations()
        self.load_references()
        self.load_initiatives()
        self.load_note()
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

    def load_themes(self):
        for theme in themes.THEMES:
            text = theme["fr"]
            fields = {
                "title": text["title"],
                "slug": theme["code"],
                "code": theme["code"],
                "number": theme["number"],
                "summary": text["summary"],
                "introduction": paragraphs(*text["introduction"]),
            }
            self.themes[theme["number"]] = upsert_page(
                self.tally, "ThemePage", self.indexes["themes"], ThemePage, records.theme_key(theme["number"]), fields
            )

    # Actors, references, initiatives ----------------------------------------------------------------------------

    def load_organisations(self):
        for key, (name, kind, country, town, website, description) in organisations.ORGANISATIONS.items():
            fields = {
                "title": name,
                "slug": key,
                "summary": description,
                "kind": self.term(OrganisationKind, kind),
                "country": country,
                "town": town,
                "website": website,
                "description": paragraphs(description),
                "other_names": "\n".join(organisations.OTHER_NAMES.get(key, [])),
            }
            self.organisations[key] = upsert_page(
                self.tally,
                "OrganisationPage",
                self.indexes["acteurs"],
                OrganisationPage,
                organisation_key(organisations.LEGACY_NAMES.get(key, name)),
                fields,
            )

    def load_references(self):
        """The bibliography file, through the references import; self.references maps citation keys to pages."""
        before = self.before_import(ReferencePage)
        entry = import_reference_file(REFERENCES_FILE, locale=french(), root=self.home, publish=True)
        if "error" in entry:
            raise DemoDataError(entry["error"])
        pages = ReferencePage.objects.filter(locale=french(), citation_key__in=[item["id"] for item in entry["items"]])
        self.references = {page.citation_key: page for page in self.tally_import(pages, before)}

    def relate_references_to_note(self):
        """The references the note's footnotes cite are related to it (no bibliography format says so)."""
        cited = {block.value["reference"].pk for block in self.note.footnotes if block.value["reference"]}
        for page in self.references.values():
            if page.pk in cited:
                upsert_page(self.tally, "ReferencePage", self.indexes["bibliotheque"], ReferencePage,
                            page.source_key, {}, {"related_notes": [self.note]})  # fmt: skip

    def load_initiatives(self):
        for record in INITIATIVES:
            key = initiative_key(record["number"])
            launch_date, precision, period = record["launch"]
            collected_on, collected_precision = record["collected_on"] or (None, "day")
            status = self.term(InitiativeStatus, record["status"]) if record["status"] else None
            description = stream(key, "description", [("paragraph", paragraphs(p)) for p in record["description"]])
            fields = {
                "title": record["title"],
                "slug": record["slug"],
                "summary": record["summary"],
                "context": paragraphs(*record["context"]),
                "description": description,
                "website": record["website"],
                "territory": record["territory"],
                "countries": record["countries"],
                "region": record["region"],
                "launch_date": launch_date,
                "launch_precision": precision,
                "launch_period": period,
                "status": status,
                "collected_on": collected_on,
                "collected_precision": collected_precision,
            }
            relations = {
                "initiative_types": [self.term(InitiativeType, slug) for slug in record["types"]],
                "audiences": [self.term(Audience, slug) for slug in record["audiences"]],
                "themes": [self.themes[number] for number in record["themes"]],
                "related_references": [self.references[ref] for ref in record["references"]],
                "keyword_items": self.keyword_items(InitiativeKeyword, record["keywords"]),
                "organisation_links": [
                    InitiativeOrganisation(organisation=self.organisations[org], role=role, sort_order=order)
                    for order, (org, role) in enumerate(record["organisations"])
                ],
            }
            self.initiatives[record["number"]] = upsert_page(
                self.tally, "InitiativePage", self.indexes["initiatives"], InitiativePage, key, fields, relations
            )

    # The synthesis note ---------------------------------------------------------------------------------------

    def note_chapters(self):
        key = notes.NOTE["key"]
        chapters = [("chapter", {"title": notes.OPENING_CHAPTER["title"], "body": self.chapter_body(0)})]
        for number, theme in sorted(self.themes.items()):
            chapters.append(("chapter", {"title": theme.title, "body": self.chapter_body(number)}))
        return stream(key, "chapters", chapters)

    def chapter_body(self, number):
        key = f"{notes.NOTE['key']}:chapter-{number}"
        if number == 0:
            return stream(key, "body", notes.OPENING_CHAPTER["blocks"])
        theme_data = themes.THEMES[number - 1]["fr"]
        texts = list(theme_data["introduction"])
        if number in notes.THEME_FOOTNOTES:
            texts[-1] = f"{texts[-1]} {notes.THEME_FOOTNOTES[number]}"
        blocks = [("paragraph", paragraphs(*texts))]
        if number in notes.QUOTES:
            quote, attribution = notes.QUOTES[number]
            blocks.append(("quote", {"quote": quote, "attribution": attribution}))
        listed = [r["number"] for r in INITIATIVES if r["themes"][0] == number]
        blocks.append(
            (
                "initiatives",
                {
                    "title": f"Les {len(listed)} initiatives de ce thème",
                    "initiatives": list_items(key, "initiatives", [self.initiatives[n].pk for n in listed]),
                },
            )
        )
        return stream(key, "body", blocks)

    def load_note(self):
        data = notes.NOTE
        footnotes = [
            ("footnote", {"number": number, "text": paragraphs(text), "reference": self.references[ref].pk})
            for number, text, ref in notes.FOOTNOTES
        ]
        fields = {
            "title": data["title"],
            "slug": data["slug"],
            "summary": data["summary"],
            "authors": data["authors"],
            "publisher": data["publisher"],
            "publication_date": data["publication_date"],
            "introduction": paragraphs(*data["introduction"]),
            "chapters": self.note_chapters(),
            "footnotes": stream(data["key"], "footnotes", footnotes),
        }
        relations = {
            "themes": list(self.themes.values()),
            "keyword_items": self.keyword_items(NoteKeyword, data["keywords"]),
        }
        self.note = upsert_page(
            self.tally,
            "ThematicNotePage",
            self.indexes["bibliotheque"],
            ThematicNotePage,
            note_key(),
            fields,
            relations,
        )

    # Articles and the partners' space ---------------------------------------------------------------------------

    def load_articles(self):
        """The article files, through the documents import."""
        before = self.before_import(ArticlePage)
        results = import_files([ARTICLES_DIR], locale=french(), parent_id=self.home.pk, publish=True)
        errors = [str(result.error) for result in results if result.error]
        if errors:
            raise DemoDataError("; ".join(errors))
        keys = [record.key for result in results for record in result.records]
        self.tally_import(ArticlePage.objects.filter(locale=french(), source_key__in=keys), before)

    def before_import(self, model):
        """What the tally compares with after an import: the pages' latest revisions, the keywords' slugs."""
        pages = dict(model.objects.filter(locale=french()).values_list("pk", "latest_revision_id"))
        return pages, set(Keyword.objects.filter(locale=french()).values_list("slug", flat=True))

    def tally_import(self, pages, before):
        """Counts what an import did to `pages` and their keywords, as the demo's own upserts count."""
        revisions, keywords = before
        pages = list(pages.prefetch_related("keyword_items__tag"))
        for page in pages:
            if page.pk not in revisions:
                outcome = CREATED
            else:
                outcome = UNCHANGED if revisions[page.pk] == page.latest_revision_id else UPDATED
            self.tally.record(type(page).__name__, page.source_key, outcome)
            for tag in (item.tag for item in page.keyword_items.all()):
                self.keywords.setdefault(tag.name, tag)
                self.tally.record("Keyword", tag.slug, UNCHANGED if tag.slug in keywords else CREATED)
        return pages

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


__all__ = ["DemoLoader", "block_id", "initiative_key"]
