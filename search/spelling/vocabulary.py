"""The database engine's spelling corrections: the nearest words of the index's vocabulary that the visitor may see.

PostgreSQL: a trigram search (pg_trgm) over search_spelling_word, kept by triggers on the documents. SQLite: the
words of the visible documents of the locale, read from the documents and compared with difflib, bounded to words
of a similar length. Both pick among the candidates with `best_correction`, so they agree.
"""

import difflib
import re
from collections import Counter

from django.core.cache import cache
from django.db import connections
from django.db.models import Count, Max

from search.models import IndexDocument
from search.schema import TEXT_FIELDS
from search.text import ELISIONS, fold, stems

CUTOFF = 0.75  # difflib ratio below which a word is not offered as a correction
CANDIDATES = 8  # nearest words read for each typed word
LENGTH_SLACK = 2  # SQLite: only words within two letters of the typed one are compared
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_ELIDED = re.compile(rf"^(?:{'|'.join(ELISIONS)})['’]", re.IGNORECASE)


def checkable(word):
    """A typed word worth checking: letters only, three or more."""
    return 3 <= len(word) <= 40 and word.isalpha()


def best_correction(typed, candidates, language):
    """The correction of `typed` among [(word, documents)], or None when the word is known (a word with the same
    stem, which the search matches) or nothing is near enough. Nearest first (compared without accents, so a word
    typed without the accents its stem needs gets them back), then most frequent."""
    folded, stem = fold(typed), stems(typed, language)
    scored = []
    for word, documents in candidates:
        if stems(word, language) == stem:
            return None
        ratio = difflib.SequenceMatcher(None, folded, fold(word)).ratio()
        if ratio >= CUTOFF:
            scored.append((round(ratio, 2), documents, word))
    return max(scored)[2] if scored else None


def postgresql_corrections(using, words, language, audiences):
    """{typed word: correction} in one statement for all the words. `%` is pg_trgm's similarity operator, answered
    by the trigram index at pg_trgm.similarity_threshold (0.3 by default; looser would read most of the vocabulary)."""
    folded = [fold(word) for word in words]
    with connections[using].cursor() as cursor:
        cursor.execute(
            """
            SELECT q.position, c.word, c.documents FROM unnest(%(words)s::text[]) WITH ORDINALITY AS q(word, position)
            CROSS JOIN LATERAL (
                SELECT s.word, sum(s.documents) AS documents, max(similarity(s.folded, q.word)) AS similarity
                FROM search_spelling_word s
                WHERE s.locale = %(language)s AND s.visibility = ANY(%(audiences)s) AND s.folded %% q.word
                GROUP BY s.word ORDER BY similarity DESC, documents DESC LIMIT %(limit)s
            ) c
            """,
            {"words": folded, "language": language, "audiences": list(audiences), "limit": CANDIDATES},
        )
        candidates = {}
        for position, word, documents in cursor.fetchall():
            candidates.setdefault(position - 1, []).append((word, documents))
    return _choose(words, candidates, language)


def python_corrections(using, words, language, audiences):
    vocabulary = _python_vocabulary(using, language, tuple(sorted(audiences)))
    by_length = {}
    for word in vocabulary:
        by_length.setdefault(len(word), []).append(word)
    candidates = {}
    for position, typed in enumerate(words):
        folded = fold(typed)
        near = [w for size in range(len(folded) - LENGTH_SLACK, len(folded) + LENGTH_SLACK + 1)
                for w in by_length.get(size, ())]  # fmt: skip
        exact = [w for w in near if fold(w) == folded]
        close = exact + difflib.get_close_matches(typed.lower(), near, n=CANDIDATES, cutoff=CUTOFF - 0.1)
        candidates[position] = [(word, vocabulary[word]) for word in close]
    return _choose(words, candidates, language)


def _choose(words, candidates, language):
    corrections = {}
    for position, typed in enumerate(words):
        correction = best_correction(typed, candidates.get(position, ()), language)
        if correction:
            corrections[typed] = correction
    return corrections


def _python_vocabulary(using, language, audiences):
    """Counter {word: documents} of the visible translated documents, cached until the index changes (its row count
    and highest id, read at each call, change with every write)."""
    queryset = IndexDocument.objects.using(using).filter(locale=language, untranslated=False, visibility__in=audiences)
    state = queryset.aggregate(count=Count("pk"), last=Max("pk"))
    key = f"spelling-vocabulary:{using}:{language}:{','.join(audiences)}:{state['count']}:{state['last']}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        vocabulary = Counter()
        for texts in queryset.values_list(*TEXT_FIELDS).iterator():
            vocabulary.update(document_words(" ".join(texts)))
        cache.set(key, vocabulary, 3600)
    return vocabulary


def without_elision(token):
    """ "l'entraide" -> "entraide", as the vocabulary keeps it."""
    return _ELIDED.sub("", token, count=1) if "'" in token or "’" in token else token


def document_words(text):
    """The distinct words of a text as the vocabulary keeps them (lowercase, elided articles split)."""
    words = (without_elision(token) for token in _WORD.findall(text.lower()))
    return {word for word in words if checkable(word)}
