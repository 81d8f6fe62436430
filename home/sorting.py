"""How names and titles are ordered for visitors: accents, case and leading punctuation ignored, so that
"Agence" comes before "ASSAD" and "[Rapport…]" files under R. Python-side, because the lists are short and the
database's collation differs between PostgreSQL and SQLite."""

import unicodedata


def sort_key(text):
    """A key that orders `text` like a French-speaking reader would (base letters, then the exact text)."""
    text = (text or "").strip()
    stripped = text.lstrip("".join(c for c in _leading_marks(text)))
    folded = "".join(c for c in unicodedata.normalize("NFKD", stripped) if not unicodedata.combining(c))
    return (folded.casefold(), stripped)


def _leading_marks(text):
    """The punctuation, symbols and spaces `text` starts with."""
    for char in text:
        if unicodedata.category(char)[0] in "PSZ":
            yield char
        else:
            return


def initial(text):
    """The base letter a name files under ("É" → "E"), or "#" for a digit or anything else."""
    letter = sort_key(text)[0][:1].upper()
    return letter if letter.isalpha() else "#"
