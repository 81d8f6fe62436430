"""The one mapping between a CSL-JSON item and a ReferencePage, used by every import and export format."""

import datetime
import re

from library.keys import KEY_LENGTH
from library.models import ContributorRole, ReferenceType
from library.validators import normalise_doi, normalise_isbn, normalise_pages

TYPES = set(ReferenceType.values)
TEXT_FIELDS = {  # CSL variable -> ReferencePage field
    "title": "title",
    "container-title": "container_title",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "volume": "volume",
    "issue": "issue",
    "page": "pages",
    "edition": "edition",
    "URL": "document_url",
    "DOI": "doi",
    "ISBN": "isbn",
    "ISSN": "issn",
    "language": "language",
    "abstract": "abstract",
}
ROLES = [ContributorRole.AUTHOR, ContributorRole.EDITOR, ContributorRole.TRANSLATOR]
# A contributor as a tuple of these ReferenceContributor fields (what the importer compares and writes).
CONTRIBUTOR_FIELDS = ("role", "family", "given", "literal", "non_dropping_particle", "dropping_particle", "suffix")
NAME_PARTS = {"non-dropping-particle": "non_dropping_particle", "dropping-particle": "dropping_particle",
              "suffix": "suffix"}  # fmt: skip
# What CSL has no variable for: a page's themes (codes, numbers or titles) and its summary. A file gives them in
# the CSL-JSON "custom" object, or as "name: value" lines of the note (how Zotero exports its "Extra" field).
SITE_FIELDS = ("themes", "summary")
NOTE_LINE = re.compile(r"^\s*(themes|summary)\s*:\s*(.*?)\s*$", re.IGNORECASE | re.MULTILINE)


def contributor_tuple(contributor):
    return tuple(getattr(contributor, field) for field in CONTRIBUTOR_FIELDS)


def _date_parts(value):
    if not value:
        return []
    if isinstance(value, dict):
        if value.get("date-parts"):
            return [int(p) for p in value["date-parts"][0] if str(p).strip()]
        value = value.get("raw") or value.get("literal") or ""
    return [int(p) for p in re.findall(r"\d+", str(value))[:3]]


def page_values(item):
    """ReferencePage field values, contributors (role, family, given, literal) and keywords of a CSL item."""
    values = {field: str(item.get(variable) or "").strip() for variable, field in TEXT_FIELDS.items()}
    field_lengths = {"volume": 32, "issue": 32, "pages": 32, "edition": 32, "language": 16, "issn": 16}
    for field, length in field_lengths.items():
        values[field] = values[field][:length]
    values["doi"] = normalise_doi(values["doi"])
    values["pages"] = normalise_pages(values["pages"])
    values["isbn"] = normalise_isbn(values["isbn"].split()[0] if values["isbn"] else "")
    values["title"] = values["title"][:255]
    values["citation_key"] = str(item.get("citation-key") or item.get("id") or "").strip()[:KEY_LENGTH]
    values["reference_type"] = item.get("type") if item.get("type") in TYPES else ReferenceType.DOCUMENT
    parts = _date_parts(item.get("issued")) + [None, None, None]
    values["issued_year"], values["issued_month"], values["issued_day"] = parts[:3]
    accessed = _date_parts(item.get("accessed"))
    values["accessed"] = datetime.date(*accessed) if len(accessed) == 3 else None
    contributors = []
    for role in ROLES:
        for name in item.get(role.value) or []:
            if name.get("literal") or not name.get("family"):
                literal = (name.get("literal") or name.get("given") or "")[:255]
                contributors.append((role.value, "", "", literal, "", "", ""))
            else:
                parts = [str(name.get(part) or "")[:32] for part in NAME_PARTS]
                contributors.append((role.value, name["family"][:120], (name.get("given") or "")[:120], "", *parts))
    keywords = [k.strip() for k in re.split(r"[,;]", str(item.get("keyword") or "")) if k.strip()]
    return values, contributors, keywords


def _names(value):
    items = value if isinstance(value, list) else re.split(r"[,;]", str(value))
    return [str(item).strip() for item in items if str(item).strip()]


def site_fields(item):
    """{"themes": [names], "summary": text} for those of the two the item gives; absent ones are left alone."""
    found = {match.group(1).lower(): match.group(2) for match in NOTE_LINE.finditer(str(item.get("note") or ""))}
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    found.update({name: custom[name] for name in SITE_FIELDS if name in custom})
    if "themes" in found:
        found["themes"] = _names(found["themes"])
    if "summary" in found:
        found["summary"] = str(found["summary"] or "").strip()
    return found


def _csl_name(person):
    if person.literal:
        return {"literal": person.literal}
    name = {"family": person.family, **({"given": person.given} if person.given else {})}
    name.update({part: getattr(person, field) for part, field in NAME_PARTS.items() if getattr(person, field)})
    return name


def _csl_dates(page):
    dates = {}
    parts = [p for p in (page.issued_year, page.issued_month, page.issued_day) if p]
    if parts:
        dates["issued"] = {"date-parts": [parts]}
    if page.accessed:
        dates["accessed"] = {"date-parts": [[page.accessed.year, page.accessed.month, page.accessed.day]]}
    return dates


def csl_item(page, contributors=None, keywords=None):
    """The CSL-JSON item of a reference page (contributors and keywords may be passed prefetched)."""
    key = page.citation_key or page.slug
    item = {"id": key, "type": page.reference_type}  # the id is the citation key in every export
    item.update({variable: getattr(page, field) for variable, field in TEXT_FIELDS.items() if getattr(page, field)})
    contributors = contributors if contributors is not None else list(page.contributors.all())
    for role in ROLES:
        names = [_csl_name(person) for person in contributors if person.role == role.value]
        if names:
            item[role.value] = names
    item.update(_csl_dates(page))
    keywords = keywords if keywords is not None else [item.tag.name for item in page.keyword_items.all()]
    if keywords:
        item["keyword"] = ", ".join(keywords)
    return item
