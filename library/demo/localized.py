"""The English and Spanish pass: vocabularies, keywords, the site tree (home, indexes, themes), five initiatives.

The texts of the themes, the initiatives and the keywords come from one gettext catalogue per language
(data/translations/<language>.po: msgctxt the French object's source key, msgid a French text, msgstr its
translation), the format translators already use. Parents are translated before their children (home, then
indexes, then themes and initiatives), as wagtail-localize needs the parent page to exist in the target locale.
"""

import polib

from home.permissions import grant_translators_locale_trees
from initiatives.models import Audience, InitiativePage, InitiativeStatus, InitiativeType, OrganisationKind, ThemePage
from library.demo import events, sections, taxonomy
from library.demo.builder import french
from library.demo.files import TRANSLATIONS_DIR
from library.demo.localize import MissingDemoTranslation, translate
from library.importing.workarounds.localize_child_counts import repair_child_counts_on_commit

LANGUAGES = ("en", "es")
KEYWORDS = "keyword"  # the msgctxt of keyword names


def catalogue(language):
    """{msgctxt: {French text: translation}} of a language's demo catalogue."""
    texts = {}
    for entry in polib.pofile(str(TRANSLATIONS_DIR / f"{language}.po")):
        if entry.msgstr:
            texts.setdefault(entry.msgctxt, {})[entry.msgid] = entry.msgstr
    return texts


def aligned(french, target):
    """{French text: translation} from two texts of the same shape (dicts of strings or lists of strings)."""
    pairs = {}
    for field, value in french.items():
        if field not in target:
            continue
        if isinstance(value, list):
            if len(value) != len(target[field]):
                raise MissingDemoTranslation(
                    f"{field}: {len(value)} French paragraphs, {len(target[field])} translated"
                )
            pairs.update(zip(value, target[field], strict=True))
        elif isinstance(value, str):
            pairs[value] = target[field]
    return pairs


def translate_demo(tally, loader):
    taxonomy_rows = (
        (InitiativeType, taxonomy.INITIATIVE_TYPES),
        (Audience, taxonomy.AUDIENCES),
        (InitiativeStatus, taxonomy.STATUSES),
        (OrganisationKind, taxonomy.ORGANISATION_KINDS),
    )
    for position, language in enumerate(LANGUAGES, start=1):
        for model, rows in taxonomy_rows:
            for row in rows:
                term = loader.term(model, row[0])
                translate(tally, model.__name__, term, language, {row[1]: row[1 + position]})
        texts = catalogue(language)
        for name, label in texts.pop(KEYWORDS, {}).items():
            translate(tally, "Keyword", loader.keyword(name), language, {name: label})

        home = sections.HOME
        translate(tally, "HomePage", loader.home, language, _page_texts(home["fr"], home[language], home["slug"]))
        for _label, slug, index_texts in sections.INDEXES:
            index = loader.indexes[slug]
            pairs = _page_texts(index_texts["fr"], index_texts[language], slug)
            translate(tally, type(index).__name__, index, language, pairs)
        pages = [*ThemePage.objects.filter(locale=french()).order_by("number"),
                 *InitiativePage.objects.filter(locale=french(), source_key__in=texts).order_by("path")]  # fmt: skip
        for page in pages:
            translate(tally, type(page).__name__, page, language, texts.get(page.source_key, {}))
        for event in events.EVENTS:
            translate(tally, "EventPage", loader.events[event["key"]], language, aligned(event["fr"], event[language]))

    repair_child_counts_on_commit()  # after the deferred publishes of this run
    grant_translators_locale_trees()


def _page_texts(french, target, french_slug):
    pairs = aligned(french, target)
    if "slug" in target:
        pairs[french_slug] = target["slug"]
    return pairs
