"""The index schema, declared once: each field of the index document with its kind and, for full text, its weight.

search.documents builds documents with these fields, the Elasticsearch engine maps and queries them, and the
PostgreSQL side of the database engine weights its vectors with the same letters (A highest).
"""

from dataclasses import dataclass

from search.facets import Facet

TEXT, FACET, RANGE, SORT, KEY, STORED = "text", "facet", "range", "sort", "key", "stored"
# Elasticsearch's boost of each PostgreSQL weight, so both rank a title match above a body match alike.
BOOSTS = {"A": 4, "B": 2, "C": 1, "D": 1}


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    weight: str = ""  # full text only: A (title) … D (body)

    @property
    def boost(self):
        return BOOSTS[self.weight]


FIELDS = (
    Field("title", TEXT, "A"),
    Field("summary", TEXT, "B"),
    Field("keywords_text", TEXT, "B"),
    Field("themes_text", TEXT, "B"),
    Field("labels_text", TEXT, "B"),  # initiative types and audiences, in the document's language
    Field("territory", TEXT, "C"),
    Field("countries_text", TEXT, "C"),  # country names, in the document's language
    Field("organisations_text", TEXT, "C"),
    Field("authors", TEXT, "C"),
    Field("body", TEXT, "D"),
    Field("attachment_text", TEXT, "D"),  # the attached PDF's text (search.attachments)
    *(Field(facet, FACET) for facet in Facet.values),
    Field("launch_year", RANGE),
    Field("published_year", RANGE),
    Field("year", SORT),
    Field("title_sort", SORT),  # home.sorting.sort_key of the title: leading punctuation, accents and case ignored
    Field("sort_date", SORT),
    Field("translation_key", KEY),
    Field("locale", KEY),
    Field("original_locale", KEY),
    Field("visibility", KEY),
    Field("untranslated", KEY),
    Field("page_id", STORED),
    Field("url", STORED),
)


def names(kind):
    return tuple(field.name for field in FIELDS if field.kind == kind)


TEXT_FIELDS = names(TEXT)
FACET_FIELDS = names(FACET)
WEIGHTS = {letter: tuple(f.name for f in FIELDS if f.kind == TEXT and f.weight == letter) for letter in BOOSTS}
