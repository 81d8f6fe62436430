"""The analysis of each language, the one every engine follows: tokens, elision, lowercase, stop words, then two
terms per word, both indexed at the word's position:

- the *stemmed* term: Snowball stemming, then accent folding. The Snowball stemmers read the accents, so
  "handicapées" and "handicapés" share a stem only when it is taken on the accented words;
- the *folded* term: accent folding, then Snowball stemming, the stem of the word as typed without accents. It is
  what lets "acces" find "accès" (stemmed "acces", but "acce" for "acces" and for the folded "accès").

A query word matches a document word when one of its terms is one of the document word's terms (most words have a
single term: both analyses agree). The stop lists are Snowball's (search/stopwords/), with their folded forms
added, so "a" typed for "à" is a stop word too. The Elasticsearch analyzers declare the same two chains, one per
sub-field (search.engines.elasticsearch.ANALYZERS, checked in real Lucene by tests/search/test_lucene_parity.py),
and the database engine indexes both terms at each position (search.engines.postgres, .database_python).
"""

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import snowballstemmer

LANGUAGES = {"fr": "french", "en": "english", "es": "spanish"}
# Elided articles are split in every locale: the English and Spanish indexes hold untranslated French originals.
ELISIONS = ("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
HIGHLIGHT_SCAN_CHARS = 5000  # snippets come from the start of long bodies
STOPWORDS_DIR = Path(__file__).resolve().parent / "stopwords"
# Letters Unicode decomposition leaves alone but ASCII folding (Lucene's, Elasticsearch's) rewrites.
_FOLD_EXTRA = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ð": "d",
                             "’": "'", "‘": "'"})  # fmt: skip
# A word as Unicode's word-boundary rules (Lucene's standard tokenizer) see it: letters and digits, joined by an
# apostrophe, a full stop or a colon between them ("aujourd'hui", "l’accès").
_TOKEN = re.compile(r"\w+(?:[.'’:]\w+)*", re.UNICODE)


def fold(text):
    """Lowercase and strip accents: "Coopération" -> "cooperation", "Œuvre" -> "oeuvre"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_FOLD_EXTRA))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=3)
def stop_words(language_code):
    """Snowball's stop list of the language plus the folded form of each word."""
    path = STOPWORDS_DIR / f"{language_code if language_code in LANGUAGES else 'fr'}.txt"
    words = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    words = [word for word in words if word and not word.startswith("#")]
    return tuple(sorted(set(words) | {fold(word) for word in words}))


@lru_cache(maxsize=3)
def _stemmer(language_code):
    return snowballstemmer.stemmer(LANGUAGES.get(language_code, "french"))


@lru_cache(maxsize=200_000)
def stem_word(word, language_code):
    """Snowball is pure Python here (~0.4 ms a word); vocabularies repeat, so stems are memoised."""
    return _stemmer(language_code).stemWord(word)


def _split_elision(token):
    for index, char in enumerate(token):
        if char in "'’":
            return token[index + 1 :] if token[:index].lower() in ELISIONS else token
    return token


def _possessive(token):
    return token[:-2] if token[-2:].lower() in ("'s", "’s") else token


@lru_cache(maxsize=200_000)
def _token_forms(token, language_code):
    """The terms of one raw token: () for a stop word, else (stemmed,) or (stemmed, folded) when the two analyses
    differ; memoised, since a text's tokens repeat."""
    if language_code == "en":
        token = _possessive(token)
    word = _split_elision(token).lower()
    if not word or word in _stop_set(language_code):
        return ()
    stemmed = fold(stem_word(word, language_code))
    folded = stem_word(fold(word), language_code)
    return (stemmed,) if folded == stemmed else (stemmed, folded)


@lru_cache(maxsize=3)
def _stop_set(language_code):
    return frozenset(stop_words(language_code))


def analyse(text, language_code):
    """The index terms of a text: [(start, end, terms of the word)], stop words removed; positions are taken on the
    original text (for highlighting)."""
    analysed = []
    for match in _TOKEN.finditer(text):
        forms = _token_forms(match.group(), language_code)
        if forms:
            analysed.append((match.start(), match.end(), forms))
    return analysed


def word_terms(text, language_code):
    """The terms of each word of a text, in order: [("acces", "acce"), ("public",)]."""
    return [forms for _start, _end, forms in analyse(text, language_code)]


def stems(text, language_code):
    """The stemmed term of each word (the first analysis)."""
    return [forms[0] for forms in word_terms(text, language_code)]


def folded_stems(text, language_code):
    """The folded term of each word (the second analysis: accents folded, then stemmed)."""
    return [forms[-1] for forms in word_terms(text, language_code)]


def highlight(text, query_terms, language_code, max_length=240):
    """An HTML-escaped snippet of `text` around the first match, matches wrapped in <mark>."""
    if not text:
        return ""
    text = text[:HIGHLIGHT_SCAN_CHARS]
    wanted = {term for text_ in query_terms for forms in word_terms(text_, language_code) for term in forms}
    spans = [(start, end) for start, end, forms in analyse(text, language_code) if wanted.intersection(forms)]
    if spans:
        first = spans[0][0]
        begin = max(0, first - max_length // 3)
        if begin:
            space = text.rfind(" ", 0, begin)
            begin = space + 1 if space >= 0 else begin
    else:
        begin = 0
    end = min(len(text), begin + max_length)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    pieces, cursor = [], begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f"<mark>{html.escape(text[start:stop])}</mark>")
        cursor = stop
    pieces.append(html.escape(text[cursor:end]))
    snippet = "".join(pieces)
    return ("…" if begin else "") + snippet + ("…" if end < len(text) else "")
