"""The article dialect (like 000_…, 001_…, 003_…, 004_…): pages exported from the old site as plain text.

Title
, par NAME , popularité : 5%                    -> author
Rubriques : X - Mots-clefs : a, b               -> rubrics and keywords
- Section title                                 -> a section heading (short lines without a full stop too)
VECAM, Name, E-mail : …, Tél : …                -> a contact block
Liste des participants … : / • Name, Organisation -> participants
Partenaires financiers / lines                  -> funders
Pour en savoir plus : / lines                   -> "to know more" links ([title](url), title : url, or url);
                                                   a line without an address stays in the body
Posté le 15 janvier 2004, Publié le 3 mars 2011 -> date (every "<verb> le <date>" line of DATE_LINE)
©© Vecam, article sous licence creative common  -> licence and rights holder

Lines the old site did not write, for what its pages could not say (each one line, anywhere after the title):
Titre d'origine : Title of the document         -> the source key comes from this title instead of the first
                                                   line, so importing that document updates this page
Slug : programme-i-jumelages                    -> the page's address (else made from the title once)
Thèmes : sante-prevention, 7                    -> themes by code, number or title (replaces the page's)
Résumé : One paragraph.                         -> the summary (else the first paragraph)
- Heading {#anchor}                             -> a heading with its anchor (as in markup.body_stream)
Rubrics that name a theme (its code or title) count as themes too. Without themes, the page keeps its own.
"""

import re

from django.utils.translation import gettext as _

from library.importing.errors import ImportFileError
from library.importing.fields import DateNotUnderstood, first_url, fold, parse_fuzzy_date, split_list
from library.importing.records import Record, article_key

AUTHOR = re.compile(r"^,\s*par\s+(.+?)\s*(?:,\s*popularit.*)?$", re.IGNORECASE)
RUBRICS = re.compile(r"^rubriques?\s*:\s*(.*?)(?:\s+-\s+mots?[\s-]*cl[ée]f?s?\s*:\s*(.*))?$", re.IGNORECASE)
KEYWORDS_ONLY = re.compile(r"^mots?[\s-]*cl[ée]f?s?\s*:\s*(.*)$", re.IGNORECASE)
# The old site's publication lines: "Posté le …", "Publié le …", "Mis en ligne le …", "Paru le …".
DATE_LINE = re.compile(r"^(?:post[ée]e?|publi[ée]e?|mise? en ligne|paru(?:e|tion)?)\s+le\s+(.+)$", re.IGNORECASE)
SITE_LINES = {
    "source_title": re.compile(r"^titre d['’]origine\s*:\s*(.+)$", re.IGNORECASE),
    "slug": re.compile(r"^slug\s*:\s*(\S+)$", re.IGNORECASE),
    "themes": re.compile(r"^th[èée]mes?\s*:\s*(.+)$", re.IGNORECASE),
    "summary": re.compile(r"^r[ée]sum[ée]\s*:\s*(.+)$", re.IGNORECASE),
}
LICENCE = re.compile(r"creative\s*commons?|\bcc[- ]by|tous droits r[ée]serv[ée]s", re.IGNORECASE)
BULLET = re.compile(r"^[\s\u00a0]*[•–]\s*")
MD_LINK = re.compile(r"^\[([^\]]+)\]\(([^)\s]+)\)\s*[.;,]?$")
TITLED_URL = re.compile(r"^(.+?)\s*:\s*<?((?:https?://|www\.)\S+?)>?\s*$")
GENERIC_FIRST_LINES = {"contexte", "presentation", "description", "introduction"}
CONTACT = re.compile(r"e-?mail\s*:|t[ée]l\s*[:.]", re.IGNORECASE)
SPECIAL = {
    "participants": re.compile(r"^liste des participants", re.IGNORECASE),
    "funders": re.compile(r"^partenaires financiers", re.IGNORECASE),
    "more_links": re.compile(r"^pour en savoir plus", re.IGNORECASE),
}
LIST_FIELDS = ("keywords", "rubrics", "themes", "contacts", "participants", "funders", "more_links")


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


def more_link(item):
    """A "to know more" line as {title, url}: "[VECAM](http://…)", "VECAM : http://…", or a bare address."""
    if match := MD_LINK.match(item):
        return {"title": match.group(1).strip(), "url": first_url(match.group(2)) or match.group(2)}
    url = first_url(item)
    if url and (match := TITLED_URL.match(item)):
        return {"title": match.group(1).strip(), "url": url}
    return {"title": item, "url": url}


# -- paragraphs -------------------------------------------------------------------------------------------------
def paragraphs_of(lines):
    """(line number, text) of each paragraph. Documents without blank lines (003_…) have one paragraph per line."""
    blank_separated = sum(1 for line in lines if not line.strip()) > len(lines) / 4
    paragraphs, current, start = [], [], None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            _flush(paragraphs, current, start)
            continue
        list_continues = BULLET.match(line) and all(BULLET.match(c) for c in current)
        if (not blank_separated or BULLET.match(line)) and not list_continues:
            _flush(paragraphs, current, start)
        if not current:
            start = number
        current.append(line.rstrip())
        if not blank_separated and not BULLET.match(line):
            _flush(paragraphs, current, start)
    _flush(paragraphs, current, start)
    return paragraphs


def _flush(paragraphs, current, start):
    if current:
        paragraphs.append((start, "\n".join(current)))
        current.clear()


# -- the parser -------------------------------------------------------------------------------------------------
class ArticleParser:
    def __init__(self, path, text):
        self.path = str(path)
        self.paragraphs = paragraphs_of(text.split("\n"))
        self.fields = {name: [] for name in LIST_FIELDS}
        self.sections, self.heading, self.special = {}, "introduction", None
        self.errors = []

    def parse(self):
        if not self.paragraphs:
            raise ImportFileError(self.path, _("the file is empty: there is nothing to import."))
        title_line, title = self.paragraphs[0]
        title = " ".join(title.split())  # no-break spaces of the old site's typography become plain spaces
        body = self.paragraphs[1:]
        if fold(title).rstrip(" :") in GENERIC_FIRST_LINES:
            body, title = self.paragraphs, ""  # no title line: the document starts with its first section
        for index, (number, paragraph) in enumerate(body):
            following = body[index + 1][1] if index + 1 < len(body) else ""
            self.paragraph(number, paragraph, following)
        if self.errors:
            raise ImportFileError.many(self.errors)
        return [self.record(title, title_line)]

    def paragraph(self, number, paragraph, following):
        flat = paragraph.strip().replace("\u00a0", " ")
        for handler in (self.site_line, self.metadata, self.licence, self.special_start, self.special_item):
            if handler(number, flat):
                return
        if CONTACT.search(flat):
            self.fields["contacts"].append(flat)
            self.sections.setdefault(self.heading, []).append(flat)
        elif _is_heading(flat, following):
            self.start_section(flat.removeprefix("- ").strip(), number)
        else:
            lines = ("- " + BULLET.sub("", item) if BULLET.match(item) else item for item in paragraph.split("\n"))
            self.sections.setdefault(self.heading, []).append("\n".join(lines))

    def start_section(self, heading, number):
        self.heading = f"{heading} ({number})" if heading in self.sections else heading
        self.sections[self.heading] = []

    def site_line(self, number, flat):
        """The lines this site adds to the dialect (see the module docstring)."""
        name, match = next(((name, m) for name, pattern in SITE_LINES.items() if (m := pattern.match(flat))),
                           (None, None))  # fmt: skip
        if name == "themes":
            self.fields["themes"] = split_list(match.group(1))
        elif name:
            self.fields[name] = match.group(1).strip()
        return bool(name)

    def metadata(self, number, flat):
        """Author, rubrics and keywords, date lines."""
        if match := AUTHOR.match(flat):
            self.fields["author"] = match.group(1).strip(" ,")
        elif match := RUBRICS.match(flat):
            self.fields["rubrics"] = split_list(match.group(1).replace(" - ", ","))
            self.fields["keywords"] = split_list(match.group(2) or "")
        elif match := KEYWORDS_ONLY.match(flat):
            self.fields["keywords"] = split_list(match.group(1))
        elif match := DATE_LINE.match(flat):
            self.date(number, match.group(1))
        else:
            return False
        return True

    def date(self, number, value):
        try:
            date = parse_fuzzy_date(value)
        except DateNotUnderstood:
            message = _("“%(value)s” is not a date this import understands.") % {"value": value}
            self.errors.append(ImportFileError(self.path, message, number))
            return
        self.fields.setdefault("date", date)  # the first date line is the publication

    def licence(self, number, flat):
        if not (flat.startswith("©") or (LICENCE.search(flat) and len(flat) < 200)):
            return False
        self.fields["licence"], holder = _licence(flat)
        self.fields["licence_text"] = flat
        if holder:
            self.fields["rights_holder"] = holder
        return True

    def special_start(self, number, flat):
        kind = next((name for name, pattern in SPECIAL.items() if pattern.match(flat)), None)
        if kind:
            self.special = kind
            self.heading = flat.rstrip(" :")
            self.sections[self.heading] = []
        return bool(kind)

    def special_item(self, number, flat):
        """The lines of a participants, funders or "to know more" section."""
        if not self.special:
            return False
        for item in flat.split("\n"):
            item = BULLET.sub("", item).strip()
            if item and not self.special_value(item):
                self.sections[self.heading].append("- " + item)
        return True

    def special_value(self, item):
        """Stores the item; True when its field holds all of it (a link with its address is not repeated)."""
        if self.special == "participants":
            name, _sep, organisation = item.partition(",")
            self.fields["participants"].append({"name": name.strip(), "organisation": organisation.strip()})
        elif self.special == "funders":
            self.fields["funders"].append(item)
        else:
            link = more_link(item)
            self.fields["more_links"].append(link)
            return bool(link["url"])
        return False

    def record(self, title, title_line):
        if not title and self.fields["more_links"]:
            title = self.fields["more_links"][0]["title"]
        if not title:
            raise ImportFileError(self.path, _("the article has no title: its first line should be the title."),
                                  title_line)  # fmt: skip
        if "author" not in self.fields and self.fields.get("rights_holder"):
            self.fields["author"] = self.fields["rights_holder"]
        fields = {name: value for name, value in self.fields.items() if value not in ([], None, "")}
        texts = {name: text for name, parts in self.sections.items() if (text := _join(parts))}
        if not texts:
            raise ImportFileError(self.path, _("the article “%(title)s” has no text: the file looks truncated.")
                                  % {"title": title}, title_line)  # fmt: skip
        key = article_key(self.fields.get("source_title") or title)
        return Record(kind="article", key=key, title=title.rstrip(" :"),
                      source_file=self.path, line=title_line, sections=texts, fields=fields)  # fmt: skip


def parse_article(path, text):
    return ArticleParser(path, text).parse()
