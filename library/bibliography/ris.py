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


def _name(text):
    family, _sep, given = text.partition(",")
    if not given.strip():
        return {"literal": family.strip()}
    return {"family": family.strip(), "given": given.strip()}


def parse(text):
    _check_structure(text)
    items = []
    for number, entry in enumerate(rispy.loads(text), start=1):
        item = {"id": entry.get("id") or f"ris{number}", "type": TO_CSL.get(entry.get("type_of_reference"), "document")}
        for key, variable in FIELDS.items():
            if entry.get(key) and variable not in item:
                item[variable] = entry[key]
        if entry.get("urls"):
            item["URL"] = entry["urls"][0]
        authors = entry.get("authors", []) + entry.get("first_authors", [])
        if authors:
            item["author"] = [_name(name) for name in authors]
        if entry.get("editors") or entry.get("secondary_authors"):
            item["editor"] = [_name(name) for name in entry.get("editors") or entry.get("secondary_authors")]
        container = entry.get("secondary_title") or entry.get("journal_name") or entry.get("alternate_title3")
        if container:
            item["container-title"] = container
        if entry.get("start_page"):
            item["page"] = entry["start_page"] + (f"-{entry['end_page']}" if entry.get("end_page") else "")
        if entry.get("issn"):
            item["ISBN" if item["type"] in {"book", "chapter"} else "ISSN"] = entry["issn"]
        date = entry.get("date") or entry.get("year") or entry.get("publication_year") or ""
        parts = [int(p) for p in re.findall(r"\d+", str(date))[:3]]
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if entry.get("access_date"):
            item["accessed"] = {"date-parts": [[int(p) for p in re.findall(r"\d+", entry["access_date"])[:3]]]}
        if entry.get("keywords"):
            item["keyword"] = ", ".join(entry["keywords"])
        if not item.get("title"):
            raise BibliographyError(_("RIS record %(n)s has no title (TI).") % {"n": number})
        items.append(item)
    return items


def dump(items):
    entries = []
    for item in items:
        entry = {"type_of_reference": FROM_CSL.get(item.get("type"), "GEN"), "id": item.get("id", "")}
        for key, variable in FIELDS.items():
            if key != "primary_title" and item.get(variable):
                entry[key] = str(item[variable])
        if item.get("author"):
            entry["authors"] = [n.get("literal") or f"{n['family']}, {n.get('given', '')}".strip(", ")
                                for n in item["author"]]  # fmt: skip
        if item.get("editor"):
            entry["editors"] = [n.get("literal") or f"{n['family']}, {n.get('given', '')}".strip(", ")
                                for n in item["editor"]]  # fmt: skip
        if item.get("URL"):
            entry["urls"] = [item["URL"]]
        if item.get("container-title"):
            entry["secondary_title"] = item["container-title"]
        if item.get("page"):
            start, _sep, end = str(item["page"]).partition("-")
            entry["start_page"] = start
            if end:
                entry["end_page"] = end
        if item.get("ISBN") or item.get("ISSN"):
            entry["issn"] = item.get("ISBN") or item.get("ISSN")
        parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
        if parts:
            entry["date"] = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
        if item.get("accessed"):
            entry["access_date"] = "/".join(str(p) for p in item["accessed"]["date-parts"][0])
        if item.get("keyword"):
            entry["keywords"] = [k.strip() for k in item["keyword"].split(",") if k.strip()]
        entries.append(entry)
    return rispy.dumps(entries)
