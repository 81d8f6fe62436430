"""Language normalisation done in Python: the same steps as the Elasticsearch analyzers and the PostgreSQL
text-search configurations (elision, lowercase, accent folding, stop words, Snowball stemming).

Used by the SQLite side of the database engine, for highlighting on every engine, and for title autocomplete.
"""

import html
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

LANGUAGES = {"fr": "french", "en": "english", "es": "spanish"}
ELISIONS = ("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
_WORD = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT_SCAN_CHARS = 5000  # snippets come from the start of long bodies

# Short lists: the most frequent function words, enough for ranking and highlighting to skip them.
STOP_WORDS = {
    "fr": {
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "c",
        "d",
        "j",
        "l",
        "a",
        "m",
        "n",
        "s",
        "t",
        "y",
        "est",
        "sont",
    },
    "en": {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    },
    "es": {
        "de",
        "la",
        "que",
        "el",
        "en",
        "y",
        "a",
        "los",
        "del",
        "se",
        "las",
        "por",
        "un",
        "para",
        "con",
        "no",
        "una",
        "su",
        "al",
        "lo",
        "como",
        "mas",
        "pero",
        "sus",
        "le",
        "ya",
        "o",
        "este",
        "si",
        "porque",
        "esta",
        "entre",
        "cuando",
        "muy",
        "sin",
        "sobre",
        "tambien",
        "me",
        "hasta",
        "hay",
        "donde",
        "quien",
        "desde",
        "todo",
        "nos",
        "durante",
    },
}


def fold(text):
    """Lowercase and strip accents: "Coopération" -> "cooperation"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=3)
def _stemmer(language_code):
    return snowballstemmer.stemmer(LANGUAGES.get(language_code, "french"))


@lru_cache(maxsize=200_000)
def stem_word(word, language_code):
    """Snowball is pure Python here (~0.4 ms a word); vocabularies repeat, so stems are memoised."""
    return _stemmer(language_code).stemWord(word)


def _split_elision(token, language_code):
    if language_code == "fr":
        for quote in ("'", "’"):
            head, sep, tail = token.partition(quote)
            if sep and head in ELISIONS:
                return tail
    return token


_TOKEN = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)


@lru_cache(maxsize=200_000)
def _token_stems(token, language_code):
    """The stems of one raw token (elision split, folded, stop words dropped); memoised, since a text's tokens
    repeat and folding them one by one was most of the time a search spent on its snippets."""
    stops = STOP_WORDS.get(language_code, ())
    folded = _split_elision(fold(token), language_code)
    return tuple(stem_word(word, language_code) for word in _WORD.findall(folded) if word not in stops)


def terms(text, language_code):
    """The index terms of a text: [(start, end, stem)] with stop words removed."""
    # Positions are taken on the original text (for highlighting); each token is folded on its own.
    return [
        (match.start(), match.end(), stem)
        for match in _TOKEN.finditer(text)
        for stem in _token_stems(match.group(), language_code)
    ]


def stems(text, language_code):
    return [stem for _start, _end, stem in terms(text, language_code)]


def highlight(text, query_terms, language_code, max_length=240):
    """An HTML-escaped snippet of `text` around the first match, matches wrapped in <mark>."""
    if not text:
        return ""
    text = text[:HIGHLIGHT_SCAN_CHARS]
    wanted = set()
    for term in query_terms:
        wanted.update(stems(term, language_code))
    spans = [(start, end) for start, end, stem in terms(text, language_code) if stem in wanted]
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
