"""The parsed records, independent of the database: what --dry-run --json prints and what the writer writes."""

from dataclasses import dataclass, field

from django.utils.text import slugify

from library.importing.fields import FuzzyDate

KINDS = ("theme", "initiative", "note", "article", "organisation")


# The source keys: a re-import, or the demo written from the same documents, finds its pages by them.
def note_slug(title):
    return slugify(title)[:60] or "note"


def note_key(title):
    return f"note:{note_slug(title)}"


def theme_key(number):
    return f"theme:{number}"


def initiative_key(note_title, number):
    return f"initiative:{note_slug(note_title)}:{number}"


def article_key(title):
    return f"article:{slugify(title)[:80]}"


@dataclass(frozen=True)
class Record:
    kind: str  # one of KINDS
    key: str  # stable source key: a re-import finds the page by it
    title: str
    source_file: str
    line: int
    theme: str | None = None  # the theme's title, for initiatives
    sections: dict = field(default_factory=dict)  # section name -> text (Markdown-like paragraphs)
    fields: dict = field(default_factory=dict)  # field name -> value (str, list, FuzzyDate, dict…)
    unknown_fields: dict = field(default_factory=dict)  # label as written -> value
    unknown_lines: dict = field(default_factory=dict)  # label -> line, to report where it is

    @property
    def source(self):
        return f"{self.source_file}:{self.line}"

    def as_json(self):
        def plain(value):
            if isinstance(value, FuzzyDate):
                return value.as_json()
            if isinstance(value, (list, tuple)):
                return [plain(item) for item in value]
            if isinstance(value, dict):
                return {name: plain(item) for name, item in value.items()}
            return value

        return {
            "kind": self.kind,
            "key": self.key,
            "title": self.title,
            "theme": self.theme,
            "sections": dict(self.sections),
            "fields": plain(self.fields),
            "unknown_fields": dict(self.unknown_fields),
            "source": self.source,
        }
