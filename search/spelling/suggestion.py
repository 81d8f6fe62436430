"""The "Did you mean …?" of a search: its typed words that no visible document holds, replaced by the nearest
words of the index's vocabulary (each engine's `corrections`), offered only when the corrected search finds
something. Checked when the search found nothing with all its words, so a search that finds costs nothing more."""

import re
from dataclasses import dataclass, replace

from search.query import ALL, PARTIAL, parse_query
from search.spelling.vocabulary import checkable, without_elision
from search.synonyms.expansion import expand
from search.text import stems


@dataclass(frozen=True)
class SpellingSuggestion:
    query: str  # the visitor's search with the corrections made, as they would type it
    count: int  # what that search finds


def typed_words(query, language):
    """The words worth checking: typed bare or in phrases (not those a synonym group covers), no stop word."""
    words = list(query.words) + [word for phrase in query.phrases for word in phrase.split()]
    words = (without_elision(word) for word in words)
    return list(dict.fromkeys(word for word in words if checkable(word) and stems(word, language)))


def suggestion_url(params, suggestion, path=""):
    """The URL of the corrected search: the same parameters in the same order (filters, sort…), the corrected words
    in place of the typed ones, page 1."""
    params = params.copy()
    params["q"] = suggestion.query
    params.pop("page", None)
    return f"{path}?{params.urlencode()}"


def spelling_suggestion(request, result, engine):
    # Results found with only some of the words (the partial-match fallback) may hide a typing error.
    if result.count and request.match != PARTIAL:
        return None
    words = typed_words(request.query, request.language)
    if not words:
        return None
    corrections = engine.corrections(words, request.language, audiences=request.audiences)
    corrections = {
        typed: correction
        for typed, correction in corrections.items()
        if stems(correction, request.language) != stems(typed, request.language)
    }
    if not corrections:
        return None
    text = request.query.raw
    for typed, correction in corrections.items():
        text = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", correction, text, flags=re.IGNORECASE)
    corrected = replace(request, query=expand(parse_query(text), request.language), page=1, match=ALL)
    count = engine.count(corrected)
    return SpellingSuggestion(query=text, count=count) if count else None
