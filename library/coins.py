"""COinS (ContextObjects in Spans, OpenURL 1.0 KEV): one empty <span class="Z3988"> per reference in a listing, which
lets Zotero offer to save several references of a page at once."""

from urllib.parse import urlencode

from library.meta import _date, _pages, _publisher

# CSL type -> (OpenURL metadata format, genre, title key, container key)
FORMATS = {
    "book": ("book", "book", "btitle", None),
    "chapter": ("book", "bookitem", "atitle", "btitle"),
    "article-journal": ("journal", "article", "atitle", "jtitle"),
    "article-magazine": ("journal", "article", "atitle", "jtitle"),
    "article-newspaper": ("journal", "article", "atitle", "jtitle"),
    "report": ("book", "report", "btitle", None),
    "paper-conference": ("book", "proceeding", "atitle", "btitle"),
    "thesis": ("dissertation", None, "title", None),
}
DC_TYPES = {"webpage": "webpage", "dataset": "dataset", "document": "document"}


def _identifiers(item, page_url):
    prefixes = (("DOI", "info:doi/"), ("ISBN", "urn:isbn:"))
    pairs = [("rft_id", prefix + item[identifier]) for identifier, prefix in prefixes if item.get(identifier)]
    return pairs + ([("rft_id", page_url)] if page_url else [])


def _authors(item, fmt):
    pairs = []
    for name in item.get("author", []):
        if name.get("literal"):
            pairs.append(("rft.aucorp", name["literal"]))
        elif fmt == "dc":
            pairs.append(("rft.creator", ", ".join(p for p in (name.get("family"), name.get("given")) if p)))
        else:
            family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
            pairs.append(("rft.au", ", ".join(p for p in (family, name.get("given")) if p)))
    return pairs


def _publication(item, kind):
    pairs = [("rft.date", _date(item, sep="-"))] if _date(item) else []
    for variable, key in (("volume", "volume"), ("issue", "issue"), ("ISSN", "issn"), ("edition", "edition"),
                          ("publisher-place", "place"), ("language", "language")):  # fmt: skip
        if item.get(variable):
            pairs.append((f"rft.{key}", item[variable]))
    if _publisher(item):
        pairs.append(("rft.inst" if kind == "thesis" else "rft.pub", _publisher(item)))
    first, last = _pages(item)
    if first:
        pairs += [("rft.spage", first)] + ([("rft.epage", last)] if last else [])
    return pairs


def coins_title(item, page_url=""):
    """The title attribute of the COinS span of a CSL item."""
    kind = item.get("type")
    fmt, genre, title_key, container_key = FORMATS.get(kind, ("dc", None, "title", None))
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", f"info:ofi/fmt:kev:mtx:{fmt}"), *_identifiers(item, page_url)]
    if genre:
        pairs.append(("rft.genre", genre))
    if fmt == "dc":
        pairs.append(("rft.type", DC_TYPES.get(kind, "document")))
    pairs.append((f"rft.{title_key}", item.get("title", "")))
    if container_key and item.get("container-title"):
        pairs.append((f"rft.{container_key}", item["container-title"]))
    return urlencode(pairs + _authors(item, fmt) + _publication(item, kind))
