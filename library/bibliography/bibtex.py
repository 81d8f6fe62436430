"""BibTeX ⇄ CSL items, with bibtexparser 2: LaTeX accents decoded, names split into family and given (GUIDE §3)."""

import re

import bibtexparser
from bibtexparser import middlewares
from django.utils.translation import gettext as _

from library.bibliography import BibliographyError

TO_CSL = {
    "book": "book", "inbook": "chapter", "incollection": "chapter", "article": "article-journal",
    "techreport": "report", "report": "report", "phdthesis": "thesis", "mastersthesis": "thesis",
    "thesis": "thesis", "inproceedings": "paper-conference", "conference": "paper-conference",
    "online": "webpage", "electronic": "webpage", "dataset": "dataset", "misc": "document",
}  # fmt: skip
FROM_CSL = {
    "book": "book", "chapter": "incollection", "article-journal": "article", "article-magazine": "article",
    "article-newspaper": "article", "report": "techreport", "thesis": "phdthesis",
    "paper-conference": "inproceedings", "webpage": "online", "dataset": "dataset", "document": "misc",
}  # fmt: skip
FIELDS = {  # BibTeX field -> CSL variable
    "title": "title", "publisher": "publisher", "institution": "publisher", "school": "publisher",
    "organization": "publisher", "address": "publisher-place", "location": "publisher-place",
    "volume": "volume", "number": "issue", "pages": "page", "edition": "edition", "url": "URL", "doi": "DOI",
    "isbn": "ISBN", "issn": "ISSN", "language": "language", "abstract": "abstract",
}  # fmt: skip
CONTAINERS = ("journal", "journaltitle", "booktitle")
MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTHS = {month: number for number, month in enumerate(MONTH_NAMES, start=1)}


def _unbrace(text):
    return re.sub(r"(?<!\\)[{}]", "", str(text)).strip()


def _name(parts):
    family = " ".join(parts.von + parts.last)
    given = " ".join(parts.first)
    if not given and family.startswith("{") and family.endswith("}"):
        return {"literal": _unbrace(family)}  # {Organisation des Nations unies}: an organisation, kept whole
    name = {"family": _unbrace(family)}
    if given:
        name["given"] = _unbrace(given)
    if parts.jr:
        name["suffix"] = _unbrace(" ".join(parts.jr))
    return name


def parse(text):
    stack = [
        middlewares.LatexDecodingMiddleware(keep_braced_groups=True),
        middlewares.SeparateCoAuthors(),
        middlewares.SplitNameParts(),
    ]
    library = bibtexparser.parse_string(text, append_middleware=stack)
    if library.failed_blocks:
        block = library.failed_blocks[0]
        detail = str(getattr(block, "error", "") or "").strip().split("\n")[-1]
        raise BibliographyError(
            _("malformed BibTeX entry (%(detail)s); check its braces, commas and quotes.")
            % {"detail": detail or _("syntax error")},
            block.start_line + 1,
        )
    items = []
    for entry in library.entries:
        fields = {key.lower(): value.value for key, value in entry.fields_dict.items()}
        item = {"id": entry.key, "type": TO_CSL.get(entry.entry_type.lower(), "document")}
        for role in ("author", "editor", "translator"):
            if role in fields:
                item[role] = [_name(parts) for parts in fields[role]]
        for key, variable in FIELDS.items():
            if key in fields and variable not in item:
                item[variable] = _unbrace(fields[key])
        container = next((fields[key] for key in CONTAINERS if key in fields), None)
        if container:
            item["container-title"] = _unbrace(container)
        if "keywords" in fields:
            item["keyword"] = _unbrace(fields["keywords"])
        year = re.search(r"\d{4}", str(fields.get("year") or fields.get("date") or ""))
        if year:
            parts = [int(year.group())]
            month = str(fields.get("month", "")).strip().lower()[:3]
            month = MONTHS.get(month) or (int(month) if month.isdigit() else None)
            if month:
                parts.append(month)
                if str(fields.get("day", "")).isdigit():
                    parts.append(int(fields["day"]))
            item["issued"] = {"date-parts": [parts]}
        if "urldate" in fields:
            item["accessed"] = {"date-parts": [[int(p) for p in str(fields["urldate"]).split("-")[:3]]]}
        if not item.get("title"):
            raise BibliographyError(_("entry “%(key)s” has no title.") % {"key": entry.key}, entry.start_line + 1)
        items.append(item)
    return items


def _escape(value):
    return re.sub(r"([&%$#_])", r"\\\1", str(value))


def _names(names):
    out = []
    for name in names:
        if "literal" in name:
            out.append("{" + name["literal"] + "}")
        else:
            out.append(", ".join(part for part in (name.get("family"), name.get("suffix"), name.get("given")) if part))
    return " and ".join(out)


def dump(items):
    """BibTeX in UTF-8 (biber and BibTeX with inputenc read it); braces keep titles' capitals as written."""
    aliases = {"institution", "school", "organization", "location"}
    reverse = {variable: key for key, variable in FIELDS.items() if key not in aliases}
    chunks = []
    for item in items:
        fields = []
        for role in ("author", "editor", "translator"):
            if item.get(role):
                fields.append((role, _names(item[role])))
        fields.append(("title", "{" + _escape(item.get("title", "")) + "}"))
        if item.get("container-title"):
            key = "journal" if item.get("type", "").startswith("article") else "booktitle"
            fields.append((key, _escape(item["container-title"])))
        for variable, key in reverse.items():
            if variable != "title" and item.get(variable):
                fields.append((key, item[variable] if key in {"url", "doi"} else _escape(item[variable])))
        parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
        for key, value in zip(("year", "month", "day"), parts, strict=False):
            fields.append((key, str(value)))
        if item.get("accessed"):
            fields.append(("urldate", "-".join(f"{p:02d}" for p in item["accessed"]["date-parts"][0])))
        if item.get("keyword"):
            fields.append(("keywords", _escape(item["keyword"])))
        body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields)
        chunks.append(f"@{FROM_CSL.get(item.get('type'), 'misc')}{{{item.get('id') or 'ref'},\n{body}\n}}\n")
    return "\n".join(chunks)
