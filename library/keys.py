"""Citation keys: kept as imported; made once, in the BibTeX habit, for a reference that has none."""

from django.utils.text import slugify

KEY_LENGTH = 100


def make_citation_key(first_name, year, title):
    """Family name (or organisation) of the first contributor, year, first long title word: eveno2010solidarites."""
    words = [word for word in slugify(title or "").split("-") if len(word) > 3]
    parts = (slugify(first_name or "").replace("-", ""), str(year or ""), words[0] if words else "")
    return "".join(part for part in parts if part)[:KEY_LENGTH] or "ref"
