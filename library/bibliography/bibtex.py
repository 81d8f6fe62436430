"""BibTeX ⇄ CSL items, with bibtexparser 2: LaTeX accents decoded, names split into family and given."""

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
# Entry types of classic BibTeX only (its plain style knows no @online or @dataset); the CSL type the entry type
# cannot say travels in biblatex's entrysubtype, which BibTeX ignores.
FROM_CSL = {
    "book": "book", "chapter": "incollection", "article-journal": "article", "article-magazine": "article",
    "article-newspaper": "article", "report": "techreport", "thesis": "phdthesis",
    "paper-conference": "inproceedings", "webpage": "misc", "dataset": "misc", "document": "misc",
}  # fmt: skip
SUBTYPES = {"article-magazine": "magazine", "article-newspaper": "newspaper", "webpage": "webpage",
            "dataset": "dataset"}  # fmt: skip
FIELDS = {  # BibTeX field -> CSL variable
    "title": "title", "publisher": "publisher", "institution": "publisher", "school": "publisher",
    "organization": "publisher", "address": "publisher-place", "location": "publisher-place",
    "volume": "volume", "number": "issue", "pages": "page", "edition": "edition", "url": "URL", "doi": "DOI",
    "isbn": "ISBN", "issn": "ISSN", "language": "language", "abstract": "abstract",
}  # fmt: skip
# The field that names the publisher, per entry type (BibTeX's styles require institution and school).
PUBLISHER_FIELD = {"techreport": "institution", "phdthesis": "school", "inproceedings": "organization"}
VERBATIM = {"url", "doi"}  # written and read as they are: "&", "%" and "~" are part of an address
CONTAINERS = ("journal", "journaltitle", "booktitle")
MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTHS = {month: number for number, month in enumerate(MONTH_NAMES, start=1)}
# Escaped braces are kept apart from grouping braces while LaTeX is decoded, then put back.
OPEN, CLOSE = "\ue000", "\ue001"
LATEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                 "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\string^"}  # fmt: skip


def _unbrace(text):
    text = re.sub(r"(?<!\\)[{}]", "", str(text)).strip()
    return text.replace(OPEN, "{").replace(CLOSE, "}")


def _name(parts):
    family = " ".join(parts.last)
    given = " ".join(parts.first)
    if not given and not parts.von and family.startswith("{") and family.endswith("}"):
        return {"literal": _unbrace(family)}  # {Organisation des Nations unies}: an organisation, kept whole
    name = {"family": _unbrace(family)}
    if given:
        name["given"] = _unbrace(given)
    if parts.von:
        name["non-dropping-particle"] = _unbrace(" ".join(parts.von))
    if parts.jr:
        name["suffix"] = _unbrace(" ".join(parts.jr))
    return name


def _library(text):
    """The parsed entries (names split, LaTeX decoded) and the raw fields, where addresses are taken verbatim."""
    raw = {entry.key: entry.fields_dict for entry in bibtexparser.parse_string(text).entries}
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
    return library.entries, raw


def _entry_fields(entry, raw):
    fields = {key.lower(): value.value for key, value in entry.fields_dict.items()}
    for key, field in raw.get(entry.key, {}).items():
        if key.lower() in VERBATIM:
            fields[key.lower()] = str(field.value).strip()
    return fields


def _csl_type(entry, fields):
    subtype = _unbrace(fields.get("entrysubtype", ""))
    subtypes = {value: csl for csl, value in SUBTYPES.items()}
    return subtypes.get(subtype) or TO_CSL.get(entry.entry_type.lower(), "document")


def _issued(fields):
    year = re.search(r"\d{4}", str(fields.get("year") or fields.get("date") or ""))
    if not year:
        return None
    parts = [int(year.group())]
    month = str(fields.get("month", "")).strip().lower()[:3]
    month = MONTHS.get(month) or (int(month) if month.isdigit() else None)
    if month:
        parts.append(month)
        if str(fields.get("day", "")).isdigit():
            parts.append(int(fields["day"]))
    return {"date-parts": [parts]}


def _item(entry, fields):
    item = {"id": entry.key, "type": _csl_type(entry, fields)}
    for role in ("author", "editor", "translator"):
        if role in fields:
            item[role] = [_name(parts) for parts in fields[role]]
    for key, variable in FIELDS.items():
        if key in fields and variable not in item:
            item[variable] = fields[key] if key in VERBATIM else _unbrace(fields[key])
    container = next((fields[key] for key in CONTAINERS if key in fields), None)
    if container:
        item["container-title"] = _unbrace(container)
    if "keywords" in fields:
        item["keyword"] = _unbrace(fields["keywords"])
    if issued := _issued(fields):
        item["issued"] = issued
    if "urldate" in fields:
        item["accessed"] = {"date-parts": [[int(p) for p in str(fields["urldate"]).split("-")[:3]]]}
    return item


def parse(text):
    entries, raw = _library(text.replace("\\{", OPEN).replace("\\}", CLOSE))
    items = []
    for entry in entries:
        item = _item(entry, _entry_fields(entry, raw))
        if not item.get("title"):
            raise BibliographyError(_("entry “%(key)s” has no title.") % {"key": entry.key}, entry.start_line + 1)
        items.append(item)
    return items


def _escape(value):
    return "".join(LATEX_ESCAPES.get(char, char) for char in str(value))


def _names(names):
    out = []
    for name in names:
        if "literal" in name:
            out.append("{" + _escape(name["literal"]) + "}")
            continue
        family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("dropping-particle"),
                                      name.get("family")) if p)  # fmt: skip
        out.append(", ".join(_escape(part) for part in (family, name.get("suffix"), name.get("given")) if part))
    return " and ".join(out)


def _variable_fields(item, entry_type):
    fields = []
    for key, variable in FIELDS.items():
        if key in {"title", "institution", "school", "organization", "location"} or not item.get(variable):
            continue
        if variable == "publisher":
            key = PUBLISHER_FIELD.get(entry_type, "publisher")
        value = str(item[variable])
        fields.append((key, value if key in VERBATIM else _escape(value)))
    return fields


def _date_fields(item):
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    fields = [(key, MONTH_NAMES[value - 1] if key == "month" and 1 <= value <= 12 else str(value))
              for key, value in zip(("year", "month", "day"), parts, strict=False)]  # fmt: skip
    if item.get("accessed"):
        fields.append(("urldate", "-".join(f"{p:02d}" for p in item["accessed"]["date-parts"][0])))
    return fields


def _entry(item):
    entry_type = FROM_CSL.get(item.get("type"), "misc")
    fields = [(role, _names(item[role])) for role in ("author", "editor", "translator") if item.get(role)]
    fields.append(("title", "{" + _escape(item.get("title", "")) + "}"))
    if item.get("container-title"):
        key = "journal" if entry_type == "article" else "booktitle"
        fields.append((key, _escape(item["container-title"])))
    fields += _variable_fields(item, entry_type) + _date_fields(item)
    if item.get("keyword"):
        fields.append(("keywords", _escape(item["keyword"])))
    if item.get("type") in SUBTYPES:
        fields.append(("entrysubtype", SUBTYPES[item["type"]]))
    body = ",\n".join(f"  {key} = {value}" if key == "month" else f"  {key} = {{{value}}}" for key, value in fields)
    return f"@{entry_type}{{{item.get('id') or 'ref'},\n{body}\n}}\n"


def dump(items):
    """BibTeX in UTF-8 (biber and BibTeX with inputenc read it); braces keep titles' capitals as written."""
    return "\n".join(_entry(item) for item in items)
