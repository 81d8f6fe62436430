"""What the library pages list and show, with a fixed number of queries."""

import re

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils.text import slugify
from wagtail.models import Page, ReferenceIndex

from home.listings import (
    keyword_links,
    make_cards,
    page_link,
    paginate,
    request_locale,
    source_language_code,
    source_pages,
)
from home.localization import localized_pages
from home.visibility import public_only
from initiatives.models import InitiativePage
from library.coins import coins_title
from library.export import csl_items
from library.models import ReferencePage, ThematicNotePage


def note_queryset(request=None):
    return source_pages(ThematicNotePage, request).prefetch_related("themes")


def reference_queryset(request=None):
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


def home_sections(home, request):
    """The home page's latest notes and references (home.page_sections)."""
    newest = F("first_published_at").desc(nulls_last=True)
    notes = note_queryset(request).order_by(F("publication_date").desc(nulls_last=True), newest)[:3]
    references = reference_queryset(request).order_by(newest, "-pk")[:4]
    return {
        "note_cards": make_cards(notes, request, facts=note_facts),
        "reference_cards": make_cards(references, request, facts=reference_facts),
    }


def theme_sections(theme, request, limit=10):
    """A theme page's notes and references (home.page_sections)."""
    key = theme.translation_key
    notes = note_queryset(request).filter(themes__translation_key=key).order_by("-publication_date", "title")
    references = reference_queryset(request).filter(themes__translation_key=key).order_by("-issued_year", "title")
    return {
        "note_cards": make_cards(notes[:limit], request),
        "reference_cards": make_cards(references[:limit], request),
    }


def discussed_in(initiative):
    """Public French notes whose chapters list the initiative (in any of its languages), from Wagtail's reference
    index of StreamField page choosers: two queries."""
    translations = Page.objects.filter(translation_key=initiative.translation_key).values_list("pk", flat=True)
    note_ids = ReferenceIndex.objects.filter(
        content_type=ContentType.objects.get_for_model(ThematicNotePage),
        to_content_type=ContentType.objects.get_for_model(Page),
        to_object_id__in=[str(pk) for pk in translations],
        model_path__startswith="chapters.",
    ).values_list("object_id", flat=True)
    keys = Page.objects.filter(pk__in=[int(pk) for pk in note_ids]).values_list("translation_key", flat=True)
    return list(source_pages(ThematicNotePage).filter(translation_key__in=list(keys)).order_by("title"))


def initiative_sections(initiative, request):
    """The notes that discuss an initiative, for its page (home.page_sections)."""
    notes = discussed_in(initiative)
    shown = localized_pages(notes, request_locale(request))
    return {"note_links": [page_link(shown[note.translation_key], note, initiative, request) for note in notes]}


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
