"""Reading synonym files ("language: term, term, …" a line) into SynonymGroup rows, updating groups in place."""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from wagtail.models import Locale

from search.synonyms.models import SynonymGroup
from search.text import stems

DEMO_SYNONYMS = Path(__file__).resolve().parent / "data" / "demo.txt"


class SynonymFileError(ValueError):
    pass


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)


def parse_lines(text):
    """[(line number, language, [term, …])], comments and blank lines skipped."""
    groups = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        language, colon, terms = line.partition(":")
        if not colon:
            raise SynonymFileError(f"line {number}: expected “language: term, term, …”")
        groups.append((number, language.strip(), [term.strip() for term in terms.split(",") if term.strip()]))
    return groups


def load_groups(text):
    """Create or update the groups of a file: a group sharing a term (analysed) with a line is that line's group."""
    result = LoadResult()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for number, language, terms in parse_lines(text):
        locale = locales.get(language)
        if locale is None:
            raise SynonymFileError(f"line {number}: unknown language “{language}”")
        analysed = {tuple(stems(term, language)) for term in terms}
        existing = next(
            (
                group
                for group in SynonymGroup.objects.filter(locale=locale)
                if analysed & {tuple(stems(term, language)) for term in group.term_list}
            ),
            None,
        )
        if existing is not None and existing.term_list == terms:
            result.unchanged += 1
            continue
        group = existing or SynonymGroup(locale=locale)
        group.terms = "\n".join(terms)
        try:
            group.full_clean()
        except ValidationError as error:
            raise SynonymFileError(f"line {number}: {'; '.join(error.messages)}") from error
        group.save()
        if existing is None:
            result.created += 1
        else:
            result.updated += 1
    return result
