"""What reference managers read in a reference page's head: Highwire citation_* tags (Google Scholar, Zotero's
Embedded Metadata translator), Dublin Core, Open Graph.

Zotero picks the item type from, in order: og:type "book" or "website", a DC.type naming a Zotero item type, then the
Highwire tags (citation_journal_title → journal article, citation_technical_report_institution → report…), and falls
back to a journal article. So every page says its type in DC.type, and og:type is "article" (only a guess for Zotero)
unless it is a book or a web page.
"""

from library.validators import normalise_pages

ZOTERO_TYPES = {
    "book": "book", "chapter": "bookSection", "article-journal": "journalArticle",
    "article-magazine": "magazineArticle", "article-newspaper": "newspaperArticle", "report": "report",
    "thesis": "thesis", "paper-conference": "conferencePaper", "webpage": "webpage", "dataset": "dataset",
    "document": "document",
}  # fmt: skip
OG_TYPES = {"book": "book", "webpage": "website"}
# CSL type -> the Highwire tag that names the container for that type.
CONTAINER_TAGS = {
    "article-journal": ("citation_journal_title",),
    "article-magazine": ("citation_journal_title",),
    "article-newspaper": ("citation_journal_title",),
    "chapter": ("citation_book_title", "citation_inbook_title"),
    "paper-conference": ("citation_conference_title",),
}
PUBLISHER_TAGS = {"report": "citation_technical_report_institution", "thesis": "citation_dissertation_institution"}


def author_name(name):
    """ "Family, Given" for a person; an organisation ends with a comma, the one form Zotero keeps whole (it splits a
    name without a comma at its last space, and a name with one at the comma)."""
    if name.get("literal"):
        return name["literal"] + ","
    family = " ".join(part for part in (name.get("non-dropping-particle"), name.get("family")) if part)
    given = " ".join(part for part in (name.get("given"), name.get("dropping-particle")) if part)
    return f"{family}, {given}" if given else f"{family},"


def _date(item, variable="issued", sep="/"):
    parts = (item.get(variable) or {}).get("date-parts", [[]])[0]
    return sep.join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts))


def _pages(item):
    first, _sep, last = normalise_pages(str(item.get("page") or "")).partition("-")
    return first, last


def _publisher(item):
    """The publisher, or for a report or a thesis without one the organisation that wrote it."""
    if item.get("publisher"):
        return item["publisher"]
    if item.get("type") in PUBLISHER_TAGS:
        return next((name["literal"] for name in item.get("author", []) if name.get("literal")), "")
    return ""


def _citation_numbers(item):
    """Volume, issue and pages."""
    tags = [(tag, item[variable]) for variable, tag in (("volume", "citation_volume"), ("issue", "citation_issue"))
            if item.get(variable)]  # fmt: skip
    first, last = _pages(item)
    tags += [("citation_firstpage", first)] if first else []
    return tags + ([("citation_lastpage", last)] if last else [])


def _citation_links(item, page_url):
    """The PDF, the page, the keywords."""
    url = item.get("URL", "")
    tags = [("citation_pdf_url", url)] if url.lower().split("?")[0].endswith(".pdf") else []
    if page_url:
        tags.append(("citation_abstract_html_url", page_url))
    return tags + [("citation_keywords", k.strip()) for k in str(item.get("keyword") or "").split(",") if k.strip()]


def citation_meta(item, page_url=""):
    """(name, content) pairs of Highwire citation_* tags for a CSL item."""
    kind = item.get("type")
    tags = [("citation_title", item.get("title", ""))]
    tags += [("citation_author", author_name(name)) for name in item.get("author", [])]
    if _date(item):
        tags.append(("citation_publication_date", _date(item)))
    if item.get("container-title"):
        tags += [(tag, item["container-title"]) for tag in CONTAINER_TAGS.get(kind, ())]
    tags += _citation_numbers(item)
    if _publisher(item):
        tags.append((PUBLISHER_TAGS.get(kind, "citation_publisher"), _publisher(item)))
    for variable, tag in (("DOI", "citation_doi"), ("ISBN", "citation_isbn"), ("ISSN", "citation_issn"),
                          ("language", "citation_language")):  # fmt: skip
        if item.get(variable):
            tags.append((tag, item[variable]))
    return tags + _citation_links(item, page_url)


def dublin_core_meta(item):
    """(name, content) pairs of DC.* tags; DC.type is the Zotero item type, which Zotero's RDF reader honours."""
    tags = [("DC.title", item.get("title", "")), ("DC.type", ZOTERO_TYPES.get(item.get("type"), "document"))]
    tags += [("DC.creator", author_name(name)) for name in item.get("author", [])]
    tags += [("DC.contributor", author_name(name)) for role in ("editor", "translator") for name in item.get(role, [])]
    if _date(item):
        tags.append(("DC.date", _date(item, sep="-")))
    if _publisher(item):
        tags.append(("DC.publisher", _publisher(item)))
    if item.get("container-title"):
        tags.append(("DC.source", item["container-title"]))
    for variable, prefix in (("DOI", "doi:"), ("ISBN", "ISBN "), ("ISSN", "ISSN ")):
        if item.get(variable):
            tags.append(("DC.identifier", prefix + item[variable]))
    if item.get("language"):
        tags.append(("DC.language", item["language"]))
    if item.get("abstract"):
        tags.append(("DC.description", item["abstract"]))
    return tags


def open_graph_meta(item, page_url="", description=""):
    """(property, content) pairs of Open Graph tags."""
    tags = [("og:type", OG_TYPES.get(item.get("type"), "article")), ("og:title", item.get("title", ""))]
    if page_url:
        tags.append(("og:url", page_url))
    if description:
        tags.append(("og:description", description))
    return tags
