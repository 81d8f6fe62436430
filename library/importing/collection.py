"""The collection dialect (like 002_…): a thematic note, its theme sections and numbered initiative records.

# Note title                       -> the note (its ## sections become chapters)
## 1 / Theme title                 -> a theme, the text under it its introduction
# Initiative 1 : Title             -> an initiative (or "## Initiative 1 :" then "# Title" on the next heading)
### Présentation / Contexte / Description
**Label** : value                  -> a field; label variants in fields.LABELS
<sup>1</sup>text [@citation-key]   -> a footnote of the note, linked to the reference with that citation key

Before the note's first chapter, "**Auteurs** : …", "**Éditeur** : …", "**Date de publication** : …",
"**Résumé** : …" and "**Mots clefs** : …" describe the note (fields.NOTE_LABELS); under a theme's heading,
"**Résumé** : …" is the theme's summary and "> text" lines a quote of the note's chapter for that theme
(the last line starting with "— " its attribution). "**Adresse de la page** : slug" gives a new page its address.
"""

import re

from django.utils.translation import gettext as _

from library.importing.errors import ImportFileError
from library.importing.fields import (
    DATE_FIELDS,
    LIST_FIELDS,
    NOTE_LABELS,
    THEME_LABELS,
    DateNotUnderstood,
    code_for,
    countries_in,
    field_for_label,
    first_url,
    fold,
    normalise_label,
    parse_fuzzy_date,
    split_list,
)
from library.importing.records import Record, initiative_key, note_key, theme_key

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
THEME = re.compile(r"^(\d{1,2})\s*/\s*(.+)$")
INITIATIVE = re.compile(r"^initiative\s+(\d+)\s*(?::\s*(.*))?$", re.IGNORECASE)
BARE_INITIATIVE = re.compile(r"^initiative\s+\d+\s*:", re.IGNORECASE)  # a record start written as a plain line
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
FIELD = re.compile(r"^\*\*\s*([^*]+?)\s*(:?)\s*\*\*\s*(:?)\s*(.*?)\s*$")
UNCLOSED_LABEL = re.compile(r"^\*\*[^*]+$")
FOOTNOTE = re.compile(r"^<sup>(\d+)</sup>\s*(.*?)(?:\s*\[@([^\]\s]+)\])?\s*$")
QUOTE_LINE = re.compile(r"^>\s?(.*)$")
FOOTNOTE_MARKER = re.compile(r"\s*\[(\d+)\]")  # "… en 2009 [8]."
TOC_LINE = re.compile(r"\.{3,}\s*\d*\s*$")
SECTIONS = {
    "presentation": "presentation",
    "contexte": "context",
    "description": "description",
    "description du projet": "description",
    "descriptif du projet": "description",
}
SKIPPED_CHAPTERS = {"sommaire", "table des matieres"}


def strip_emphasis(text):
    return re.sub(r"^[*_\s]+|[*_\s]+$", "", text).strip()


def _starts_record(line):
    heading = HEADING.match(line)
    if heading:
        return bool(INITIATIVE.match(strip_emphasis(heading.group(2))))
    return _bare_record_start(line)


def _bare_record_start(line):
    """ "Initiative 2 :" on a plain line; a table of contents line ("Initiative 2 : Title ..... 12") is not one."""
    return bool(BARE_INITIATIVE.match(strip_emphasis(line.strip()))) and not TOC_LINE.search(line)


def looks_like_collection(text):
    return any(map(_starts_record, text.splitlines()))


def looks_like_a_cut_collection(text):
    """Markdown headings without any initiative record: the start of a collection note whose end is missing.

    The article dialect is the old site's plain text and has no Markdown headings.
    """
    return bool(MARKDOWN_HEADING.search(text)) and not looks_like_collection(text)


def _clean_text(lines):
    text = "\n".join(line.rstrip() for line in lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


class _Initiative:
    def __init__(self, number, title, line, theme):
        self.number = number
        self.title = title
        self.line = line
        self.theme = theme
        self.title_open = not title or title.endswith(":")
        self.sections = {}  # name -> (line, [lines])
        self.current = None
        self.fields = {}
        self.field_lines = {}
        self.unknown = {}
        self.unknown_lines = {}


class CollectionParser:
    def __init__(self, path, text, default_country="FR"):
        self.path = str(path)
        self.default_country = default_country
        self.lines = text.split("\n")
        self.note_title = None
        self.first_heading = None
        self.chapters = []  # [title, line, [lines]]
        self.footnotes = []
        self.note_fields = {}
        self.themes = []  # dicts: number, title, line, lines, fields, quotes
        self.initiatives = []
        self.current = None  # the open initiative
        self.seen_numbers = {}
        self.seen_titles = {}

    def error(self, line, problem):
        return ImportFileError(self.path, problem, line)

    # -- the pass over the lines ---------------------------------------------------------------------------------
    def parse(self):
        """The records, or every problem of the file at once (ImportFileError.many)."""
        problems = {}
        for number, line in enumerate(self.lines, start=1):
            self._checked(problems, self._line, number, line)
        self._checked(problems, self._close_initiative, at_end=True)
        if problems:
            raise ImportFileError.many(problems.values())
        if not self.initiatives and not self.themes:
            raise self.error(None, _("no theme (“## 1 / Title”) and no initiative (“Initiative 1 : Title”) found."))
        return self.records()

    @staticmethod
    def _checked(problems, step, *args, **kwargs):
        """Runs one step; a problem is noted (once: an open record repeats it) and the pass goes on."""
        try:
            step(*args, **kwargs)
        except ImportFileError as error:
            problems.setdefault((error.line, error.problem), error)

    def _line(self, number, line):
        heading = HEADING.match(line)
        if heading:
            self._heading(number, len(heading.group(1)), strip_emphasis(heading.group(2)))
        elif _bare_record_start(line):
            self._heading(number, 1, strip_emphasis(line.strip()))
        else:
            self._text(number, line)

    def _heading(self, number, level, text):
        if not text:
            return
        self.first_heading = self.first_heading or text
        initiative = INITIATIVE.match(text)
        theme = THEME.match(text)
        if initiative:
            self._close_initiative()
            self._open_initiative(number, int(initiative.group(1)), (initiative.group(2) or "").strip())
        elif theme and not TOC_LINE.search(text):
            self._close_initiative()
            self.themes.append({"number": int(theme.group(1)), "title": theme.group(2).strip(), "line": number,
                                "lines": [], "fields": {}, "quotes": []})  # fmt: skip
        elif self.current is not None:
            self._record_heading(self.current, number, text)
        else:
            self._outside_records(level, number, text)

    def _no_title(self, record):
        return self.error(record.line, _("Initiative %(n)s has no title: give it after “Initiative %(n)s :” or on "
                                         "the next heading line.") % {"n": record.number})  # fmt: skip

    def _record_heading(self, record, number, text):
        """Inside an initiative: the rest of its title, a section (Présentation…), or a heading of its text."""
        section = SECTIONS.get(fold(text).rstrip(" :"))
        if record.title_open and section is None:
            record.title = f"{record.title} {text}".strip() if record.title else text
            record.title_open = text.endswith(":")
        elif record.title_open:
            raise self._no_title(record)
        elif section in record.sections:
            raise self.error(number, _("section “%(s)s” appears twice in Initiative %(n)s.")
                             % {"s": text, "n": record.number})  # fmt: skip
        elif section:
            record.sections[section] = (number, [])
            record.current = section
        else:
            self._append_to_record(record, number, "### " + text)

    def _outside_records(self, level, number, text):
        """Before the first initiative: the note's title, its chapters, a theme's text."""
        if self.themes:
            self.themes[-1]["lines"].append("### " + text)
        elif level == 1:
            self.note_title = text
        elif level == 2:
            self.chapters.append([text, number, []])
        elif self.chapters:
            self.chapters[-1][2].append("### " + text)

    def _text(self, number, line):
        stripped = line.strip()
        if stripped == "---":
            return
        footnote = FOOTNOTE.match(stripped)
        if footnote:
            self.footnotes.append({"number": footnote.group(1), "text": footnote.group(2).strip(),
                                   "reference": footnote.group(3)})  # fmt: skip
            return
        record = self.current
        if record is None:
            self._outside_text(number, line)
            return
        if not stripped:
            self._append_to_record(record, number, "")
            return
        if record.title_open:
            raise self._no_title(record)
        field = FIELD.match(stripped)
        if field and (field.group(2) or field.group(3)):
            self._field(record, number, field.group(1), field.group(4))
        elif UNCLOSED_LABEL.match(stripped):
            raise self.error(number, _("a field label is not closed (“**Label** : value” expected); "
                                       "the record looks truncated."))  # fmt: skip
        else:
            self._append_to_record(record, number, line)

    def _outside_text(self, number, line):
        """A line before the first initiative or between records: a theme's or the note's text, field or quote."""
        field = FIELD.match(line.strip())
        if self.themes:
            self._theme_text(self.themes[-1], number, line, field)
        elif self.chapters:
            self.chapters[-1][2].append(line)
        elif field and normalise_label(field.group(1)) in NOTE_LABELS:
            self._note_field(number, NOTE_LABELS[normalise_label(field.group(1))], field.group(4))

    def _theme_text(self, theme, number, line, field):
        quote = QUOTE_LINE.match(line.strip())
        if field and normalise_label(field.group(1)) in THEME_LABELS:
            theme["fields"][THEME_LABELS[normalise_label(field.group(1))]] = field.group(4).strip()
        elif quote and quote.group(1).startswith("— ") and theme["quotes"]:
            theme["quotes"][-1]["attribution"] = quote.group(1)[2:].strip()
        elif quote:
            theme["quotes"].append({"quote": quote.group(1).strip(), "attribution": ""})
        else:
            theme["lines"].append(line)

    def _note_field(self, number, name, value):
        if name == "publication_date":
            try:
                self.note_fields[name] = parse_fuzzy_date(value).date
            except DateNotUnderstood:
                message = _("“%(value)s” is not a date this import understands (examples: “2009”, “février 2010”, "
                            "“12 mars 2010”).")  # fmt: skip
                raise self.error(number, message % {"value": value}) from None
        elif name == "keywords":
            self.note_fields[name] = split_list(value)
        else:
            self.note_fields[name] = value.strip()

    def _append_to_record(self, record, number, line):
        if record.current is None:
            if not line.strip():
                return
            record.sections["presentation"] = (number, [])
            record.current = "presentation"
        record.sections[record.current][1].append(line)

    def _field(self, record, number, label, value):
        name = field_for_label(label)
        if name is None:
            record.unknown[label] = value
            record.unknown_lines[label] = number
            return
        if not value:
            record.field_lines.setdefault(name, number)
            return
        if name in record.fields and name not in LIST_FIELDS:
            raise self.error(number, _("field “%(label)s” is given twice in Initiative %(n)s (first on line "
                                       "%(first)s).")
                             % {"label": label, "n": record.number, "first": record.field_lines[name]})  # fmt: skip
        record.field_lines[name] = number
        if name in LIST_FIELDS:
            record.fields[name] = record.fields.get(name, []) + self._list_value(number, name, value)
        else:
            record.fields[name] = self._value(number, name, value)

    def _list_value(self, number, name, value):
        items = split_list(value, split_and=name in {"carriers", "contractors", "partners", "funders"})
        if name != "countries":
            return items
        codes = []
        for item in items:
            found = countries_in(item)
            if not found:
                raise self.error(number, _("“%(value)s” is not a country name this import knows (write it in "
                                           "French, e.g. “Maroc”).") % {"value": item})  # fmt: skip
            codes += found
        return codes

    def _value(self, number, name, value):
        if name in DATE_FIELDS:
            try:
                return parse_fuzzy_date(value)
            except DateNotUnderstood:
                raise self.error(number, _("“%(value)s” is not a date this import understands (examples: “2009”, "
                                           "“début 2010”, “février 2010”, “12 mars 2010”, “non renseignée”).")
                                 % {"value": value}) from None  # fmt: skip
        if name == "website":
            url = first_url(value)
            if not url:
                raise self.error(number, _("no web address found in “%(value)s”.") % {"value": value})
            return url
        return value.rstrip(".").strip()

    def _open_initiative(self, line, number, title):
        if number in self.seen_numbers:
            raise self.error(line, _("Initiative %(n)s appears twice in this file (first on line %(first)s).")
                             % {"n": number, "first": self.seen_numbers[number]})  # fmt: skip
        self.seen_numbers[number] = line
        theme = self.themes[-1]["title"] if self.themes else None
        self.current = _Initiative(number, title.rstrip() if title else "", line, theme)

    def _close_initiative(self, at_end=False):
        record = self.current
        if record is None:
            return
        self.current = None
        record.title = " ".join(record.title.split()).rstrip(" :").strip()
        if not record.title:
            raise self._no_title(record)
        if not record.sections and not record.fields:
            raise self.error(record.line, _("Initiative %(n)s ends before any section or field: the record looks "
                                            "truncated.") % {"n": record.number})  # fmt: skip
        for name, (line, lines) in record.sections.items():
            if not _clean_text(lines):
                raise self.error(line, _("section “%(s)s” of Initiative %(n)s is empty: the record looks truncated.")
                                 % {"s": name, "n": record.number})  # fmt: skip
        if at_end:
            missing = [name for name in record.field_lines if name not in record.fields]
            if missing:
                raise self.error(record.field_lines[missing[-1]], _("the file ends on a field without a value: the "
                                                                    "record looks truncated."))  # fmt: skip
        folded = fold(record.title)
        if folded in self.seen_titles:
            raise self.error(record.line, _("“%(title)s” appears twice in this file (first on line %(first)s).")
                             % {"title": record.title, "first": self.seen_titles[folded]})  # fmt: skip
        self.seen_titles[folded] = record.line
        self.initiatives.append(record)

    # -- records -------------------------------------------------------------------------------------------------
    def records(self):
        note_title = self.note_title or self.first_heading or self.path
        codes = {theme["number"]: theme["fields"].get("slug") or code_for(theme["title"]) for theme in self.themes}
        records = [self._note_record(note_title)]
        records += [self._theme_record(theme, codes[theme["number"]]) for theme in self.themes]
        problems = []
        for item in self.initiatives:
            try:
                records.append(self._initiative_record(note_title, item, codes))
            except ImportFileError as error:
                problems.append(error)
        if problems:
            raise ImportFileError.many(problems)
        return records

    def _note_record(self, note_title):
        introduction, chapters = "", []
        for title, _line, lines in self.chapters:
            if fold(title) in SKIPPED_CHAPTERS:
                continue
            if fold(title) == fold(note_title) and not introduction:
                introduction = _clean_text(lines)
                continue
            chapters.append({"title": title, "text": _clean_text(lines)})
        return Record(kind="note", key=note_key(note_title), title=note_title, source_file=self.path, line=1,
                      sections={"introduction": introduction},
                      fields={**self.note_fields, "chapters": chapters, "footnotes": self.footnotes})  # fmt: skip

    def _theme_record(self, theme, code):
        """The theme page's introduction is its text without the note's footnote markers, which point nowhere
        outside the note; the note's chapter for the theme keeps them."""
        fields = {**theme["fields"], "number": theme["number"], "code": code, "quotes": theme["quotes"]}
        text = _clean_text(theme["lines"])
        numbers = {footnote["number"] for footnote in self.footnotes}
        introduction = FOOTNOTE_MARKER.sub(lambda m: "" if m.group(1) in numbers else m.group(0), text)
        return Record(kind="theme", key=theme_key(theme["number"]), title=theme["title"], source_file=self.path,
                      line=theme["line"], sections={"introduction": introduction, "chapter": text},
                      fields=fields)  # fmt: skip

    def _theme_code(self, item, reference, codes):
        """A theme named by its number or its title in "Autres thèmes"."""
        by_title = {fold(theme["title"]): codes[theme["number"]] for theme in self.themes}
        code = codes.get(int(reference)) if reference.isdigit() else by_title.get(fold(reference))
        if code is None:
            message = _("“%(theme)s” is not a theme of this file (give its number or its title).")
            raise self.error(item.field_lines["other_themes"], message % {"theme": reference})
        return code

    def _initiative_record(self, note_title, item, codes):
        fields = {"number": item.number, **item.fields}
        theme = next((t for t in reversed(self.themes) if t["title"] == item.theme), None)
        primary = [codes[theme["number"]]] if theme else []
        others = [self._theme_code(item, ref, codes) for ref in fields.pop("other_themes", [])]
        if primary or others:
            fields["themes"] = list(dict.fromkeys(primary + others))
        if "countries" not in item.fields:  # not given: the default country and those the text names
            presentation = item.sections.get("presentation", (0, []))[1]
            named = countries_in(" ".join([item.title, item.fields.get("territory", ""), *presentation]))
            fields["countries"] = list(dict.fromkeys([self.default_country, *named] if self.default_country else named))
        return Record(kind="initiative", key=initiative_key(note_title, item.number), title=item.title,
                      theme=item.theme, source_file=self.path, line=item.line,
                      sections={name: _clean_text(lines) for name, (_l, lines) in item.sections.items()},
                      fields=fields, unknown_fields=item.unknown, unknown_lines=item.unknown_lines)  # fmt: skip


def parse_collection(path, text, default_country="FR"):
    """The records of one file; default_country is where the note's initiatives are (the note covers France)."""
    return CollectionParser(path, text, default_country).parse()
