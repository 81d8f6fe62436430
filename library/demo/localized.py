"""The English and Spanish pass: vocabularies, keywords, the site tree (home, indexes, themes), five initiatives.

Parents are translated before their children (home, then indexes, then themes and initiatives), as
wagtail-localize needs the parent page to exist in the target locale.
"""

from home.permissions import grant_translators_locale_trees
from initiatives.models import Audience, InitiativeStatus, InitiativeType, OrganisationKind
from library.demo import events, sections, taxonomy, themes
from library.demo.loader import INITIATIVES
from library.demo.localize import MissingDemoTranslation, translate
from library.demo.translations import INITIATIVE_TRANSLATIONS, KEYWORD_TRANSLATIONS
from library.importing.workarounds.localize_child_counts import repair_child_counts_on_commit

LANGUAGES = ("en", "es")


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
        for name, labels in KEYWORD_TRANSLATIONS.items():
            translate(tally, "Keyword", loader.keywords[name], language, {name: labels[position - 1]})

        home = sections.HOME
        translate(tally, "HomePage", loader.home, language, _page_texts(home["fr"], home[language], home["slug"]))
        for _label, slug, texts in sections.INDEXES:
            index = loader.indexes[slug]
            translate(tally, type(index).__name__, index, language, _page_texts(texts["fr"], texts[language], slug))
        for theme in themes.THEMES:
            page = loader.themes[theme["number"]]
            translate(tally, "ThemePage", page, language, aligned(theme["fr"], theme[language]))
        for number, texts in INITIATIVE_TRANSLATIONS.items():
            record = next(r for r in INITIATIVES if r["number"] == number)
            translate(tally, "InitiativePage", loader.initiatives[number], language, aligned(record, texts[language]))
        for event in events.EVENTS:
            translate(tally, "EventPage", loader.events[event["key"]], language, aligned(event["fr"], event[language]))

    repair_child_counts_on_commit()  # after the deferred publishes of this run
    grant_translators_locale_trees()


def _page_texts(french, target, french_slug):
    pairs = aligned(french, target)
    if "slug" in target:
        pairs[french_slug] = target["slug"]
    return pairs
