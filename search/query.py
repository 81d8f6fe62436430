"""Parsing what a visitor types into words, "exact phrases" and -exclusions.

The result is data, never search-engine syntax: engines build their own queries from it, so no user string can
cause a syntax error (nothing here is passed as Elasticsearch query_string or PostgreSQL to_tsquery syntax).
"""

import re
from dataclasses import dataclass, field

from search.text import stems

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# How the words of a query must match: every one, or (when that finds almost nothing) most of them.
ALL, PARTIAL = "all", "partial"

# A token: optional minus, then either a double-quoted phrase or a run of non-space characters.
_TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')
# What counts as a word inside a token: letters/digits possibly joined by apostrophes or hyphens.
_WORD = re.compile(r"\w+(?:['’\-]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Alternatives:
    """One required part of a query that any of several forms satisfies (a synonym group, search.synonyms): every
    one of `words` (as typed, each anywhere), or any one of `phrases` (each matched as a phrase)."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()  # words or phrases, each matched as a phrase
    raw: str = field(default="", compare=False)
    alternatives: tuple[Alternatives, ...] = ()  # each required, as a word is

    def __bool__(self):
        return bool(self.words or self.phrases or self.alternatives)

    @property
    def positive_terms(self):
        """Words and the words of phrases (synonyms included), for highlighting."""
        terms = list(self.words)
        for phrase in self.phrases:
            terms.extend(_WORD.findall(phrase))
        for alternatives in self.alternatives:
            terms.extend(alternatives.words)
            for phrase in alternatives.phrases:
                terms.extend(_WORD.findall(phrase))
        return tuple(terms)


def parse_query(text):
    text = (text or "")[:MAX_QUERY_LENGTH]
    words, phrases, excluded = [], [], []
    for minus, quoted, bare in _TOKEN.findall(text):
        chunk = quoted if quoted else bare
        tokens = _WORD.findall(chunk)
        if not tokens:
            continue
        normalised = " ".join(tokens)
        if minus:
            excluded.append(normalised)
        elif quoted and len(tokens) > 1:
            phrases.append(normalised)
        else:
            words.extend(tokens)
    return ParsedQuery(
        words=tuple(words[:MAX_TERMS]),
        phrases=tuple(phrases[:MAX_TERMS]),
        excluded=tuple(excluded[:MAX_TERMS]),
        raw=text,
    )


def clauses(query, language_code):
    """The required parts of a query that ask for something in this language, each a tuple of forms any of which
    satisfies it; a form is a tuple of ("word" | "phrase", text) that must all be present. A typed word or phrase
    has one form; a synonym group (search.synonyms) has its typed words as one form and each equivalent phrase as
    another. A word or phrase of stop words only ("le", "the") is left out, on every engine, and counts as no part
    (a partial search needs most of the parts; a synonym group is one part)."""

    def asks(text):
        return bool(stems(text, language_code))

    parts = [((("word", word),),) for word in query.words if asks(word)]
    parts += [((("phrase", phrase),),) for phrase in query.phrases if asks(phrase)]
    for group in query.alternatives:
        typed = tuple(("word", word) for word in group.words if asks(word))
        forms = ((typed,) if typed else ()) + tuple((("phrase", phrase),) for phrase in group.phrases if asks(phrase))
        if forms:
            parts.append(forms)
    return parts


def partial_minimum(clause_count):
    """How many of a query's words and phrases a document must match in a partial search: at least half of them,
    rounded up ("petites annonces entraide": two of three)."""
    return (clause_count + 1) // 2
