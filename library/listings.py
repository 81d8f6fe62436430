"""What the library pages list and show, with a fixed number of queries."""

import re

from django.utils.text import slugify

from home.listings import keyword_links, make_cards, paginate, request_locale, source_language_code, source_pages
from home.localization import localized_pages
from home.visibility import public_only


def note_queryset(request=None):
    from library.models import ThematicNotePage

    return source_pages(ThematicNotePage, request).prefetch_related("themes")


def reference_queryset(request=None):
    from library.models import ReferencePage

    return source_pages(ReferencePage, request).prefetch_related("themes", "contributors")


def note_facts(note):
    return [fact for fact in (note.authors, note.publication_date and str(note.publication_date.year)) if fact]


def reference_facts(reference):
    contributors = list(reference.contributors.all())
    facts = [str(contributors[0]) + (" et al." if len(contributors) > 1 else "")] if contributors else []
    facts.append(str(reference.get_reference_type_display()))
    if reference.issued_year:
        facts.append(str(reference.issued_year))
    return facts


def library_index_listing(page, request, note_limit=20):
    notes = note_queryset(request).order_by("-publication_date", "title")[:note_limit]
    page_obj, references = paginate(request, reference_queryset(request).order_by("title"))
    return {
        "note_cards": make_cards(notes, request, facts=note_facts),
        "references_page": page_obj,
        "reference_cards": make_cards(references, request, facts=reference_facts),
        "reference_coins": reference_coins(references, request),
    }


def reference_coins(references, request):
    """COinS titles of the listed references (shown in the visitor's language), in a fixed number of queries."""
    from library.coins import coins_title
    from library.export import csl_items

    if not references:
        return []
    shown = localized_pages(references, request_locale(request))
    pages = [shown.get(page.translation_key, page) for page in references]
    urls = [page.get_url(request=request) or "" for page in pages]
    absolute = request.build_absolute_uri if request is not None else str
    return [coins_title(item, absolute(url)) for item, url in zip(csl_items(pages), urls, strict=True)]


FOOTNOTE_MARKER = re.compile(r"\[(\w{1,8})\]")


def footnote_anchor(number):
    return f"note-{slugify(number) or number}"


def link_footnote_markers(html, numbers):
    """Turns “[3]” into a link to footnote 3 (only for numbers the note has: “[sic]” stays as it is)."""

    def replace(match):
        number = match.group(1)
        if number not in numbers:
            return match.group(0)
        anchor = footnote_anchor(number)
        return f'<sup><a href="#{anchor}" id="ref-{anchor}" class="footnote-ref">[{number}]</a></sup>'

    return FOOTNOTE_MARKER.sub(replace, html)


def note_details(note, request):
    """Table of contents, footnotes with their reference in the visitor's language, initiatives of the chapters."""
    chapters = []
    used = set()
    for index, block in enumerate(note.chapters, start=1):
        anchor = slugify(block.value["title"])[:60] or f"chapter-{index}"
        while anchor in used:
            anchor = f"{anchor}-{index}"
        used.add(anchor)
        chapters.append({"title": block.value["title"], "anchor": anchor})

    footnotes = [block.value for block in note.footnotes]
    # PageChooserBlocks resolve in bulk per StreamField; their targets are French pages shown in the visitor's
    # language through one localized_pages call for the whole note.
    initiatives = public_only(
        page
        for block in note.chapters
        for child in block.value["body"]
        if child.block_type == "initiatives"
        for page in child.value["initiatives"]
    )
    references = public_only(footnote["reference"] for footnote in footnotes)
    shown_references = {page.pk for page in references}
    from library.models import ReferencePage

    # The other end of a reference's "related notes": browsable from the note too (source_pages: public only).
    related = list(
        source_pages(ReferencePage).filter(related_notes__translation_key=note.translation_key).order_by("title")
    )
    shown = localized_pages(initiatives + references + related, request_locale(request))
    source_code = source_language_code()

    def link(page):
        target = shown.get(page.translation_key, page)
        untranslated = target.locale_id == page.locale_id and note.locale_id != page.locale_id
        return {
            "title": target.title,
            "url": target.get_url(request=request),
            "lang": source_code if untranslated else None,
        }

    return {
        "chapters": chapters,
        "footnotes": [
            {
                "number": footnote["number"],
                "anchor": footnote_anchor(footnote["number"]),
                "text": footnote["text"],
                "reference": link(footnote["reference"]) if _pk(footnote["reference"]) in shown_references else None,
            }
            for footnote in footnotes
        ],
        "footnote_numbers": {footnote["number"] for footnote in footnotes},
        "page_links": {page.translation_key: link(page) for page in initiatives},
        "related_reference_links": [link(page) for page in related],
    }


def _pk(page):
    return page.pk if page is not None else None


def reference_details(reference, request):
    """Contributors, themes, keywords and the initiatives and notes that cite a reference, in one language."""
    from initiatives.models import InitiativePage
    from library.models import ThematicNotePage

    key = reference.translation_key
    themes = public_only(reference.themes.all())
    initiatives = list(source_pages(InitiativePage).filter(related_references__translation_key=key).order_by("title"))
    notes = list(source_pages(ThematicNotePage).filter(references__translation_key=key).order_by("title"))
    shown = localized_pages(themes + initiatives + notes, request_locale(request))
    source_code = source_language_code()

    def link(page):
        target = shown.get(page.translation_key, page)
        untranslated = target.locale_id == page.locale_id and reference.locale_id != page.locale_id
        lang = source_code if untranslated else None
        return {"title": target.title, "url": target.get_url(request=request), "lang": lang}

    keywords = [item.tag for item in reference.keyword_items.all().select_related("tag")]
    return {
        "contributors": list(reference.contributors.all()),
        "theme_links": [link(theme) for theme in themes],
        "initiative_links": [link(page) for page in initiatives],
        "note_links": [link(page) for page in notes],
        "keyword_links": keyword_links(keywords),
    }
