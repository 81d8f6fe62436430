"""Query-time synonym expansion: a query's words or phrase equal to a term of a group (compared analysed, so
"personne âgée" is "personnes âgées") become one required part that any term of the group satisfies.

Done at query time, in the engine-independent request, so every engine applies the groups as soon as an editor
saves them, with no reindexing (a synonym_graph filter in Elasticsearch would need one, and the database engine
would need its own copy of the rule). Engines turn each group into one OR inside their single statement.
"""

from dataclasses import replace

from django.core.cache import cache

from home.versions import content_version
from search.query import Alternatives, ParsedQuery
from search.synonyms.models import SynonymGroup
from search.text import stems


def synonyms_version():
    """Part of the key of anything cached from the groups (search responses included)."""
    return content_version()


def groups(language):
    """[(term, …), …]: the groups of a language, cached under the content version."""
    key = f"synonyms:{synonyms_version()}:{language}"
    found = cache.get(key)
    if found is None:
        found = [group.term_list for group in SynonymGroup.objects.filter(locale__language_code=language)]
        cache.set(key, found, 3600)
    return found


def _index(language):
    """{analysed term: group} for the terms of the language's groups; the longest terms first."""
    table = {}
    for terms in groups(language):
        for term in terms:
            analysed = tuple(stems(term, language))
            if analysed:
                table[analysed] = tuple(terms)
    return table


def _equivalents(terms, typed, language):
    """The group's terms other than the one typed."""
    typed_stems = tuple(stems(typed, language))
    return tuple(term for term in terms if tuple(stems(term, language)) != typed_stems)


def _expand_words(words, table, language):
    """(Alternatives for the runs of typed words a group names, the words left); longest runs first, left to right
    ("personnes âgées bourges": the first two words)."""
    longest = max(len(term) for term in table)
    analysed = [tuple(stems(word, language)) for word in words]
    alternatives, remaining, position = [], [], 0
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            run = sum(analysed[position : position + size], ())
            terms = table.get(run) if run and analysed[position] and analysed[position + size - 1] else None
            if terms:
                typed = words[position : position + size]
                phrases = _equivalents(terms, " ".join(typed), language)
                alternatives.append(Alternatives(words=tuple(typed), phrases=phrases))
                position += size
                break
        else:
            remaining.append(words[position])
            position += 1
    return alternatives, remaining


def _expand_phrases(phrases, table, language):
    alternatives, remaining = [], []
    for phrase in phrases:
        terms = table.get(tuple(stems(phrase, language)))
        if terms:
            alternatives.append(Alternatives(phrases=(phrase, *_equivalents(terms, phrase, language))))
        else:
            remaining.append(phrase)
    return alternatives, remaining


def expand(query: ParsedQuery, language) -> ParsedQuery:
    """The query with its synonym terms turned into Alternatives; unchanged when no group applies."""
    if not query:
        return query
    table = _index(language)
    if not table:
        return query
    word_alternatives, words = _expand_words(list(query.words), table, language)
    phrase_alternatives, phrases = _expand_phrases(query.phrases, table, language)
    alternatives = [*query.alternatives, *word_alternatives, *phrase_alternatives]
    excluded = list(query.excluded)
    for text in query.excluded:  # "-seniors" leaves out what any term of its group says
        excluded += [term for term in table.get(tuple(stems(text, language)), ()) if term not in excluded]
    if len(alternatives) == len(query.alternatives) and excluded == list(query.excluded):
        return query
    return replace(query, words=tuple(words), phrases=tuple(phrases), excluded=tuple(excluded),
                   alternatives=tuple(alternatives))  # fmt: skip


def expand_request(request):
    expanded = expand(request.query, request.language)
    return request if expanded is request.query else replace(request, query=expanded)


def expanded_terms(query):
    """The equivalent terms a search added, for the page's "also searched" line."""
    added = []
    for group in query.alternatives:
        added += group.phrases if group.words else group.phrases[1:]  # a quoted term comes first (see expand)
    return tuple(added)
