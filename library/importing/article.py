"""The article dialect (like 000_…, 001_…, 003_…, 004_…): pages exported from the old site as plain text.

Title
, par NAME , popularité : 5%                    -> author
Rubriques : X - Mots-clefs : a, b               -> rubrics and keywords
- Section title                                 -> a section heading (short lines without a full stop too)
VECAM, Name, E-mail : …, Tél : …                -> a contact block
Liste des participants … : / • Name, Organisation -> participants
Partenaires financiers / lines                  -> funders
Pour en savoir plus : / lines                   -> "to know more" links
Posté le 15 janvier 2004                        -> date
©© Vecam, article sous licence creative common  -> licence and rights holder
"""

import re

from django.utils.text import slugify
from django.utils.translation import gettext as _

from library.importing.errors import ImportFileError
from library.importing.fields import DateNotUnderstood, first_url, fold, parse_fuzzy_date, split_list
from library.importing.records import Record

AUTHOR = re.compile(r"^,\s*par\s+(.+?)\s*(?:,\s*popularit.*)?$", re.IGNORECASE)
RUBRICS = re.compile(r"^rubriques?\s*:\s*(.*?)(?:\s+-\s+mots?[\s-]*cl[ée]f?s?\s*:\s*(.*))?$", re.IGNORECASE)
KEYWORDS_ONLY = re.compile(r"^mots?[\s-]*cl[ée]f?s?\s*:\s*(.*)$", re.IGNORECASE)
POSTED = re.compile(r"^post[ée] le\s+(.+)$", re.IGNORECASE)
LICENCE = re.compile(r"creative\s*commons?|\bcc[- ]by|tous droits r[ée]serv[ée]s", re.IGNORECASE)
BULLET = re.compile(r"^[\s\u00a0]*[•–]\s*")
GENERIC_FIRST_LINES = {"contexte", "presentation", "description", "introduction"}
CONTACT = re.compile(r"e-?mail\s*:|t[ée]l\s*[:.]", re.IGNORECASE)
SPECIAL = {
    "participants": re.compile(r"^liste des participants", re.IGNORECASE),
    "funders": re.compile(r"^partenaires financiers", re.IGNORECASE),
    "more_links": re.compile(r"^pour en savoir plus", re.IGNORECASE),
}


def _licence(line):
    folded = fold(line)
    holder = re.sub(r"^[©\s]+", "", line).split(",")[0].strip() if line.lstrip().startswith("©") else ""
    if "tous droits" in folded:
        return "all-rights-reserved", holder
    parts = [part for part in ("nc", "nd", "sa") if re.search(rf"\b{part}\b", folded)]
    # The old site's articles say only "licence creative common": its licence was BY-SA.
    code = "cc-by-" + "-".join(parts) if parts else "cc-by-sa"
    return code, holder


def _is_heading(paragraph, following):
    line = paragraph.strip().replace("\u00a0", " ")
    if "\n" in line or not following:
        return False
    if line.startswith("- "):
        return True
    return len(line) <= 90 and not re.search(r"[.,;:!?>)]$", line) and not BULLET.match(line)


def _join(parts):
    """Paragraphs separated by blank lines; consecutive list items stay one list."""
    text = ""
    for part in parts:
        glue = "\n" if text and part.startswith("- ") and text.rsplit("\n", 1)[-1].startswith("- ") else "\n\n"
        text = text + glue + part if text else part
    return text.strip()


def parse_article(path, text):
    path = str(path)
    lines = text.split("\n")
    # Paragraphs with the line they start on. Documents without blank lines (003_…) have one paragraph per line.
    blank_separated = sum(1 for line in lines if not line.strip()) > len(lines) / 4
    paragraphs, current, start = [], [], None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if current:
                paragraphs.append((start, "\n".join(current)))
                current = []
            continue
        list_continues = BULLET.match(line) and all(BULLET.match(c) for c in current)
        if (not blank_separated or BULLET.match(line)) and current and not list_continues:
            paragraphs.append((start, "\n".join(current)))
            current = []
        if not current:
            start = number
        current.append(line.rstrip())
        if not blank_separated and not BULLET.match(line):
            paragraphs.append((start, "\n".join(current)))
            current = []
    if current:
        paragraphs.append((start, "\n".join(current)))
    if not paragraphs:
        raise ImportFileError(path, _("the file is empty: there is nothing to import."))

    title_line, title = paragraphs[0]
    title = " ".join(title.split())  # no-break spaces of the old site's typography become plain spaces
    body = paragraphs[1:]
    if fold(title).rstrip(" :") in GENERIC_FIRST_LINES:
        body = paragraphs  # no title line: the document starts with its first section
        title = ""
    fields = {"keywords": [], "rubrics": [], "contacts": [], "participants": [], "funders": [], "more_links": []}
    sections, heading, special = {}, "introduction", None
    for index, (number, paragraph) in enumerate(body):
        flat = paragraph.strip().replace("\u00a0", " ")
        following = body[index + 1][1] if index + 1 < len(body) else ""
        if match := AUTHOR.match(flat):
            fields["author"] = match.group(1).strip(" ,")
            continue
        if match := RUBRICS.match(flat):
            fields["rubrics"] = split_list(match.group(1).replace(" - ", ","))
            fields["keywords"] = split_list(match.group(2) or "")
            continue
        if match := KEYWORDS_ONLY.match(flat):
            fields["keywords"] = split_list(match.group(1))
            continue
        if match := POSTED.match(flat):
            try:
                fields["date"] = parse_fuzzy_date(match.group(1))
            except DateNotUnderstood:
                raise ImportFileError(path, _("“%(value)s” is not a date this import understands.")
                                      % {"value": match.group(1)}, number) from None  # fmt: skip
            continue
        if flat.startswith("©") or (LICENCE.search(flat) and len(flat) < 200):
            fields["licence"], holder = _licence(flat)
            fields["licence_text"] = flat
            if holder:
                fields["rights_holder"] = holder
            continue
        kind = next((name for name, pattern in SPECIAL.items() if pattern.match(flat)), None)
        if kind:
            special = kind
            heading = flat.rstrip(" :")
            sections[heading] = []
            continue
        if special:
            for item in flat.split("\n"):
                item = BULLET.sub("", item).strip()
                if not item:
                    continue
                sections[heading].append("- " + item)
                if special == "participants":
                    name, _sep, organisation = item.partition(",")
                    fields["participants"].append({"name": name.strip(), "organisation": organisation.strip()})
                elif special == "funders":
                    fields["funders"].append(item)
                else:
                    fields["more_links"].append({"title": item, "url": first_url(item)})
            continue
        if CONTACT.search(flat):
            fields["contacts"].append(flat)
            sections.setdefault(heading, []).append(flat)
            continue
        if _is_heading(flat, following):
            heading = flat.removeprefix("- ").strip()
            if heading in sections:
                heading = f"{heading} ({number})"
            sections[heading] = []
            continue
        sections.setdefault(heading, []).append("\n".join("- " + BULLET.sub("", item) if BULLET.match(item) else item
                                                          for item in paragraph.split("\n")))  # fmt: skip
    if not title and fields["more_links"]:
        title = fields["more_links"][0]["title"]
    if not title:
        raise ImportFileError(path, _("the article has no title: its first line should be the title."), title_line)
    if "author" not in fields and fields.get("rights_holder"):
        fields["author"] = fields["rights_holder"]
    fields = {name: value for name, value in fields.items() if value not in ([], None, "")}
    texts = {name: _join(parts) for name, parts in sections.items()}
    texts = {name: text for name, text in texts.items() if text}
    if not texts:
        raise ImportFileError(path, _("the article “%(title)s” has no text: the file looks truncated.")
                              % {"title": title}, title_line)  # fmt: skip
    return [
        Record(
            kind="article",
            key=f"article:{slugify(title)[:80]}",
            title=title.rstrip(" :"),
            source_file=path,
            line=title_line,
            sections=texts,
            fields=fields,
        )
    ]
