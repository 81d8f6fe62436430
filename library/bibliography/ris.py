"""RIS ⇄ CSL items, with rispy; a record without its "ER  -" end tag is refused, not silently dropped."""

import re

import rispy
from django.utils.translation import gettext as _

from library.bibliography import BibliographyError

TO_CSL = {
    "BOOK": "book", "CHAP": "chapter", "JOUR": "article-journal", "MGZN": "article-magazine",
    "NEWS": "article-newspaper", "RPRT": "report", "THES": "thesis", "CONF": "paper-conference",
    "CPAPER": "paper-conference", "ELEC": "webpage", "WEB": "webpage", "DATA": "dataset", "GEN": "document",
}  # fmt: skip
FROM_CSL = {
    "book": "BOOK", "chapter": "CHAP", "article-journal": "JOUR", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "report": "RPRT", "thesis": "THES", "paper-conference": "CONF",
    "webpage": "ELEC", "dataset": "DATA", "document": "GEN",
}  # fmt: skip
FIELDS = {  # rispy key -> CSL variable
    "title": "title", "primary_title": "title", "publisher": "publisher", "place_published": "publisher-place",
    "volume": "volume", "number": "issue", "edition": "edition", "doi": "DOI",
    "language": "language", "abstract": "abstract",
}  # fmt: skip
TAG = re.compile(r"^([A-Z][A-Z0-9])  -")


def _check_structure(text):
    open_at = None
    for number, line in enumerate(text.split("\n"), start=1):
        match = TAG.match(line)
        if not match:
            continue
        if match.group(1) == "TY":
            if open_at:
                raise BibliographyError(_("the RIS record starting here has no end tag “ER  -”."), open_at)
            open_at = number
        elif match.group(1) == "ER":
            open_at = None
        elif open_at is None:
            raise BibliographyError(_("RIS tag outside a record: each record starts with “TY  -”."), number)
    if open_at:
        raise BibliographyError(_("the RIS record starting here has no end tag “ER  -”."), open_at)


class _Writer(rispy.RisWriter):
    """RIS as Zotero, EndNote and Mendeley write it: no "1." numbering line before each record."""

    def set_header(self, count):
        return ""


def _name(text):
    """ "de Beauvoir, Simone", "Smith, John, Jr." or an organisation (no comma), in the RIS habit."""
    family, comma, rest = text.partition(",")
    if not comma:
        return {"literal": family.strip()}
    given, _sep, suffix = (part.strip() for part in rest.partition(","))
    words = family.split()
    particle = []
    while len(words) > 1 and words[0][:1].islower():
        particle.append(words.pop(0))
    name = {"family": " ".join(words), "given": given}
    given_words = given.split()
    dropping = []
    while len(given_words) > 1 and given_words[-1][:1].islower():
        dropping.insert(0, given_words.pop())
    if dropping:
        name.update({"given": " ".join(given_words), "dropping-particle": " ".join(dropping)})
    if particle:
        name["non-dropping-particle"] = " ".join(particle)
    if suffix:
        name["suffix"] = suffix
    return {key: value for key, value in name.items() if value}


def _ris_name(name):
    if name.get("literal"):
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    return (
        ", ".join(p for p in (family, given, name.get("suffix")) if p) if given or name.get("suffix") else family + ","
    )


def _ris_date(parts, trailing=True):
    """YYYY/MM/DD/ with zero-padded month and day, as the RIS specification writes DA and Y2."""
    padded = [f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:3])]
    return "/".join(padded + [""] * (3 - len(padded))) + ("/" if trailing else "")


def _people(entry):
    item = {}
    authors = entry.get("authors", []) + entry.get("first_authors", [])
    for role, names in (("author", authors), ("editor", entry.get("secondary_authors")),
                        ("translator", entry.get("subsidiary_authors"))):  # fmt: skip
        if names:
            item[role] = [_name(name) for name in names]
    return item


def _issued(entry):
    date = entry.get("date") or entry.get("year") or entry.get("publication_year") or ""
    parts = [int(p) for p in re.findall(r"\d+", str(date))[:3]]
    year = re.search(r"\d{4}", str(entry.get("year") or ""))
    if year and (not parts or parts[0] != int(year.group())):
        parts = [int(year.group())]
    return {"date-parts": [parts]} if parts else None


def _details(entry):
    """Container, pages, ISSN or ISBN, dates and keywords of an entry, as CSL variables."""
    item = {}
    container = entry.get("secondary_title") or entry.get("journal_name") or entry.get("alternate_title3")
    if container:
        item["container-title"] = container
    if entry.get("start_page"):
        item["page"] = entry["start_page"] + (f"-{entry['end_page']}" if entry.get("end_page") else "")
    if entry.get("issn"):  # SN holds an ISSN (8 characters) or an ISBN (10 or 13 digits)
        is_issn = len(re.sub(r"[\s-]", "", entry["issn"])) == 8
        item["ISSN" if is_issn else "ISBN"] = entry["issn"]
    if issued := _issued(entry):
        item["issued"] = issued
    if entry.get("access_date"):
        item["accessed"] = {"date-parts": [[int(p) for p in re.findall(r"\d+", entry["access_date"])[:3]]]}
    if entry.get("keywords"):
        item["keyword"] = ", ".join(entry["keywords"])
    return item


def _item(entry):
    item = {"id": entry.get("id") or "", "type": TO_CSL.get(entry.get("type_of_reference"), "document")}
    for key, variable in FIELDS.items():
        if entry.get(key) and variable not in item:
            item[variable] = entry[key]
    if entry.get("urls"):
        item["URL"] = entry["urls"][0]
    return {**item, **_people(entry), **_details(entry)}


def parse(text):
    _check_structure(text)
    items = []
    for number, entry in enumerate(rispy.loads(text), start=1):
        item = _item(entry)
        if not item.get("title"):
            raise BibliographyError(_("RIS record %(n)s has no title (TI).") % {"n": number})
        items.append(item)
    return items


def _entry_dates(item):
    entry = {}
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    if parts:
        entry["year"] = f"{parts[0]:04d}"
        entry["date"] = _ris_date(parts)  # some readers take PY as the event's date for CONF: DA is the issue date
    if item.get("accessed"):
        entry["access_date"] = _ris_date(item["accessed"]["date-parts"][0], trailing=False)
    return entry


def _entry_details(item):
    entry = {}
    if item.get("container-title"):
        entry["secondary_title"] = item["container-title"]
        if item.get("type") == "paper-conference":  # the specification's CONF: T2 conference, C3 proceedings
            entry["custom3"] = item["container-title"]
    if item.get("page"):
        first, *last = re.split(r"\s*[-–—]+\s*", str(item["page"]), maxsplit=1)
        entry["start_page"] = first
        if last and last[0]:
            entry["end_page"] = last[0]
    if item.get("ISBN") or item.get("ISSN"):
        entry["issn"] = item.get("ISBN") or item.get("ISSN")
    if item.get("URL"):
        entry["urls"] = [item["URL"]]
    if item.get("keyword"):
        entry["keywords"] = [k.strip() for k in item["keyword"].split(",") if k.strip()]
    return entry


def _entry(item):
    entry = {"type_of_reference": FROM_CSL.get(item.get("type"), "GEN")}
    if item.get("id"):
        entry["id"] = item["id"]
    entry["title"] = str(item.get("title", ""))
    for role, key in (("author", "authors"), ("editor", "secondary_authors"), ("translator", "subsidiary_authors")):
        if item.get(role):
            entry[key] = [_ris_name(name) for name in item[role]]
    entry.update(_entry_dates(item))
    entry.update(_entry_details(item))
    for key, variable in FIELDS.items():
        if key not in {"title", "primary_title"} and item.get(variable):
            entry[key] = str(item[variable])
    return entry


def dump(items):
    return rispy.dumps([_entry(item) for item in items], implementation=_Writer)
