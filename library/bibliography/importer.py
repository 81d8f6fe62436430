"""Writes CSL items as ReferencePages under the library: dedupes, updates in place, one transaction per file."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from initiatives.importing.terms import KeywordStore
from initiatives.importing.writer import Writer
from library.bibliography import BibliographyError
from library.bibliography.dedupe import identity_keys, source_key
from library.bibliography.mapping import CONTRIBUTOR_FIELDS, contributor_tuple, page_values
from library.keys import make_citation_key
from library.models import LibraryIndexPage, ReferenceContributor, ReferencePage


class _Rollback(Exception):
    pass


def _contributors_of(page):
    return [contributor_tuple(c) for c in page.contributors.all()]


def _contributor_rows(people):
    return [ReferenceContributor(sort_order=i, **dict(zip(CONTRIBUTOR_FIELDS, person, strict=True)))
            for i, person in enumerate(people)]  # fmt: skip


def write_items(items, *, locale, root, publish=False, user=None):
    """Returns counts {"reference": {created, updated, unchanged, duplicate}, "keyword": …} and warnings."""
    writer = Writer(locale, root, publish=publish, user=user)
    counts = writer.counts
    library = LibraryIndexPage.objects.child_of(root).filter(locale=locale).first()
    if library is None:
        raise BibliographyError(_("there is no library page under “%(root)s”: create it first.") % {"root": root.title})
    existing = {}
    pages = ReferencePage.objects.filter(locale=locale).prefetch_related("contributors", "keyword_items")
    for page in pages:
        values = {"doi": page.doi, "isbn": page.isbn, "title": page.title, "issued_year": page.issued_year}
        for key in [page.source_key, *identity_keys(values, _contributors_of(page))]:
            existing.setdefault(key, page)
    parsed = [page_values(item) for item in items]
    keywords = KeywordStore(locale, counts)
    keywords.need({k for _v, _c, words in parsed for k in words})
    seen, warnings = {}, []
    counts["reference"]  # noqa: B018 - present even when empty
    for number, (values, contributors, words) in enumerate(parsed, start=1):
        keys = identity_keys(values, contributors)
        first = next((seen[key] for key in keys if key in seen), None)
        if first:
            counts["reference"]["duplicate"] = counts["reference"].get("duplicate", 0) + 1
            warnings.append(_("entry %(n)s (“%(title)s”) duplicates entry %(first)s: skipped.")
                            % {"n": number, "title": values["title"], "first": first})  # fmt: skip
            continue
        seen.update(dict.fromkeys(keys, number))
        key = source_key(values, contributors)
        page = existing.get(key) or next((existing[k] for k in keys if k in existing), None)
        tags = [keywords.get(word) for word in dict.fromkeys(words)]
        wanted_people = list(contributors)
        if not values["citation_key"]:  # a format without keys (RIS without ID) keeps the key the page has
            first = (wanted_people[0][1] or wanted_people[0][3]) if wanted_people else ""
            values["citation_key"] = (page.citation_key if page else "") or make_citation_key(
                first, values["issued_year"], values["title"])  # fmt: skip
        try:
            if page is None:
                page = ReferencePage(source_key=key, **values)
                page.contributors = _contributor_rows(wanted_people)
                page.keywords.set(tags)
                page.full_clean(exclude=["path", "depth", "slug", "translation_key", "locale"])
                writer.add_page(library, page, "reference")
                continue
            current = page
            if page.has_unpublished_changes and page.latest_revision_id:
                current = page.get_latest_revision_as_object()
            same = all(getattr(current, name) == value for name, value in values.items())
            same = same and _contributors_of(current) == wanted_people
            same = same and sorted(i.tag_id for i in current.keyword_items.all()) == sorted(t.pk for t in tags)
            if same:
                counts["reference"]["unchanged"] += 1
                continue
            for name, value in values.items():
                setattr(current, name, value)
            current.contributors = _contributor_rows(wanted_people)
            current.keywords.set(tags)
            revision = current.save_revision(user=user)
            if publish:
                revision.publish(user=user)
            counts["reference"]["updated"] += 1
        except ValidationError as error:
            problems = "; ".join(f"{f}: {' '.join(m)}" for f, m in error.message_dict.items())
            message = _("entry %(n)s (“%(title)s”) cannot be saved: %(problems)s")
            raise BibliographyError(message % {"n": number, "title": values["title"], "problems": problems}) from error
    return {kind: dict(c) for kind, c in counts.items()}, warnings


def import_items(items, *, locale, root, publish=False, dry_run=False, user=None):
    """One transaction: everything or nothing; a dry run writes and rolls back, so its counts are exact."""
    result = {}
    try:
        with transaction.atomic():
            result["counts"], result["warnings"] = write_items(items, locale=locale, root=root, publish=publish,
                                                               user=user)  # fmt: skip
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return result
