"""The thematic note of a collection file: its chapters, one chapter per theme listing its initiatives, footnotes.

A theme's chapter holds the theme's introduction, the quotes given under its heading and the list of the
initiatives filed under it. A footnote written "text [@key]" points to the reference with that citation key.
"""

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from library.importing.errors import ImportFileError
from library.importing.markup import block_id, body_stream, plain_text, rich_text
from library.models import ReferencePage


def stream_items(kind, key, items):
    return [{"type": kind, "value": value, "id": block_id(key, kind, n)} for n, value in enumerate(items)]


def with_anchors(blocks):
    """Headings get an anchor made from their text, so that a chapter's sections can be linked to."""
    for block in blocks:
        if block["type"] == "heading" and not block["value"]["anchor"]:
            block["value"]["anchor"] = slugify(block["value"]["text"])[:80]
    return blocks


def theme_chapter_body(theme_record, initiatives, key, language):
    """The theme's introduction, its quotes, and the list of its initiatives (pages already written)."""
    blocks = body_stream(theme_record.sections.get("chapter", ""), key)
    for quote in theme_record.fields.get("quotes", []):
        blocks.append({"type": "quote", "value": quote, "id": block_id(key, "quote", len(blocks))})
    if initiatives:
        with translation.override(language):
            title = ngettext("The %(n)s initiative of this theme", "The %(n)s initiatives of this theme",
                             len(initiatives)) % {"n": len(initiatives)}  # fmt: skip
        items = [{"type": "item", "value": page.pk, "id": block_id(key, "initiatives", n)}
                 for n, page in enumerate(initiatives)]  # fmt: skip
        blocks.append({"type": "initiatives", "value": {"title": title, "initiatives": items},
                       "id": block_id(key, "initiatives")})  # fmt: skip
    return blocks


def cited_by_key(keys, locale, source_file):
    """{citation key: reference page} for `keys`; an unknown key is an error, so nothing is written."""
    found = {page.citation_key: page for page in ReferencePage.objects.filter(locale=locale, citation_key__in=keys)}
    missing = sorted(set(keys) - set(found))
    if missing:
        message = _("these citation keys are not in the library: %(keys)s. Import the bibliography first.")
        raise ImportFileError(source_file, message % {"keys": ", ".join(missing)})
    return found


def note_values(record, theme_records, initiatives_by_theme, locale):
    """The note's field values; `initiatives_by_theme` maps a theme's code to its initiative pages, in file order."""
    keys = {note["reference"] for note in record.fields.get("footnotes", []) if note.get("reference")}
    references = cited_by_key(keys, locale, record.source_file)
    chapters = [{"title": chapter["title"][:255],
                 "body": with_anchors(body_stream(chapter["text"], f"{record.key}:chapter-{n}"))}
                for n, chapter in enumerate(record.fields.get("chapters", []))]  # fmt: skip
    for theme in theme_records:
        key = f"{record.key}:theme-{theme.fields['number']}"
        initiatives = initiatives_by_theme.get(theme.fields["code"], [])
        body = theme_chapter_body(theme, initiatives, key, locale.language_code)
        chapters.append({"title": theme.title[:255], "body": body})
    footnotes = [
        {"number": note["number"], "text": rich_text(note["text"]),
         "reference": references[note["reference"]].pk if note.get("reference") else None}
        for note in record.fields.get("footnotes", [])
    ]  # fmt: skip
    intro = record.sections.get("introduction", "")
    fields = record.fields
    values = {
        "title": record.title,
        "summary": fields.get("summary") or plain_text(intro).split("\n\n")[0].strip(),
        "introduction": rich_text(intro),
        "chapters": stream_items("chapter", record.key, chapters),
        "footnotes": stream_items("footnote", record.key, footnotes),
    }
    values.update({name: fields[name] for name in ("authors", "publisher", "publication_date") if name in fields})
    return values
