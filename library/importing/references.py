"""Writes CSL items as ReferencePages under the library through the importers' one create-or-update path.

A reference is recognised by its DOI, its ISBN, or its normalised title + year + first author (dedupe.py); two
entries of one file that are the same work are reported once, as a duplicate. A new page's slug is its citation
key. The themes and summary an entry gives (mapping.site_fields) replace the page's; when it gives none, the
page keeps those an editor chose.
"""

from django.utils.translation import gettext as _

from library.bibliography import BibliographyError
from library.bibliography.dedupe import identity_keys, source_key
from library.bibliography.mapping import CONTRIBUTOR_FIELDS, contributor_tuple, page_values, site_fields
from library.importing.errors import ImportFileError
from library.importing.pages import PageWriter, child_rows, keywords, many_to_many
from library.importing.records import Record
from library.importing.terms import KeywordStore, ThemeNames
from library.keys import make_citation_key
from library.models import LibraryIndexPage, ReferenceContributor, ReferencePage


def _contributor_rows(people):
    return [ReferenceContributor(sort_order=i, **dict(zip(CONTRIBUTOR_FIELDS, person, strict=True)))
            for i, person in enumerate(people)]  # fmt: skip


def library_page(root, locale):
    if root is None:
        raise BibliographyError(_("this site has no default site and no --parent was given."))
    library = LibraryIndexPage.objects.child_of(root).filter(locale=locale).first()
    if library is None:
        raise BibliographyError(_("there is no library page under “%(root)s”: create it first.") % {"root": root.title})
    return library


def existing_references(locale):
    """Every reference of the locale under each key it can be recognised by."""
    existing = {}
    for page in ReferencePage.objects.filter(locale=locale).prefetch_related("contributors", "keyword_items"):
        values = {"doi": page.doi, "isbn": page.isbn, "title": page.title, "issued_year": page.issued_year}
        people = [contributor_tuple(c) for c in page.contributors.all()]
        for key in [page.source_key, *identity_keys(values, people)]:
            existing.setdefault(key, page)
    return existing


def _citation_key(values, contributors, page):
    """The entry's key; a format without keys (RIS without ID) keeps the key the page has, or makes one."""
    if values["citation_key"]:
        return values["citation_key"]
    first = (contributors[0][1] or contributors[0][3]) if contributors else ""
    return (page.citation_key if page else "") or make_citation_key(first, values["issued_year"], values["title"])


class ReferenceWriter:
    def __init__(self, locale, root, *, publish=False, user=None, path=""):
        self.pages = PageWriter(locale, publish=publish, user=user)
        self.library = library_page(root, locale)
        self.existing = existing_references(locale)
        self.keywords = KeywordStore(locale, self.pages.counts)
        self.themes = ThemeNames(locale)
        self.path = str(path)
        self.seen, self.warnings = {}, []

    def write(self, items):
        parsed = [(*page_values(item), site_fields(item)) for item in items]
        self.keywords.need({word for _v, _c, words, _s in parsed for word in words})
        self.pages.counts["reference"]  # noqa: B018 - present even when empty
        for number, (values, contributors, words, extra) in enumerate(parsed, start=1):
            self.write_one(number, values, contributors, words, extra)
        return self.pages.report(), self.warnings

    def is_duplicate(self, number, values, keys):
        first = next((self.seen[key] for key in keys if key in self.seen), None)
        if first is None:
            self.seen.update(dict.fromkeys(keys, number))
            return False
        counts = self.pages.counts["reference"]
        counts["duplicate"] = counts.get("duplicate", 0) + 1
        self.warnings.append(_("entry %(n)s (“%(title)s”) duplicates entry %(first)s: skipped.")
                             % {"n": number, "title": values["title"], "first": first})  # fmt: skip
        return True

    def site_relations(self, number, values, extra):
        """The themes relation when the entry names themes (each must exist); its summary goes into `values`."""
        if "summary" in extra:
            values["summary"] = extra["summary"]
        if "themes" not in extra:
            return {}
        for name in self.themes.unknown(extra["themes"]):
            problem = _("there is no theme “%(name)s” on this site: name a theme by its code, number or title.")
            message = _("entry %(n)s (“%(title)s”) cannot be saved: %(problems)s")
            details = {"n": number, "title": values["title"], "problems": problem % {"name": name}}
            raise BibliographyError(message % details)
        return {"themes": many_to_many("themes", [self.themes.get(name) for name in extra["themes"]])}

    def write_one(self, number, values, contributors, words, extra):
        keys = identity_keys(values, contributors)
        if self.is_duplicate(number, values, keys):
            return
        key = source_key(values, contributors)
        page = self.existing.get(key) or next((self.existing[k] for k in keys if k in self.existing), None)
        values["citation_key"] = _citation_key(values, contributors, page)
        if page is None:  # a page keeps its address once made
            values["slug"] = self.pages.unique_slug(self.library, values["citation_key"])
        record = Record(kind="reference", key=page.source_key if page else key, title=values["title"],
                        source_file=self.path, line=number)  # fmt: skip
        relations = {
            "contributors": child_rows("contributors", _contributor_rows(contributors), contributor_tuple),
            "keywords": keywords([self.keywords.get(word) for word in words]),
            **self.site_relations(number, values, extra),
        }
        try:
            self.pages.upsert(record, page, ReferencePage, self.library, values, relations)
        except ImportFileError as error:
            message = _("entry %(n)s (“%(title)s”) cannot be saved: %(problems)s")
            problems = error.problem.split(": ", 1)[-1]
            raise BibliographyError(message % {"n": number, "title": values["title"], "problems": problems}) from error


def write_items(items, *, locale, root, publish=False, user=None, path=""):
    """Returns counts {"reference": {created, updated, unchanged, duplicate}, "keyword": …} and warnings."""
    return ReferenceWriter(locale, root, publish=publish, user=user, path=path).write(items)
