"""The citation_* meta tags (Highwire Press, read by Google Scholar and Zotero's Embedded Metadata translator)."""

# CSL type -> the meta tag that names the container for that type.
CONTAINER_TAGS = {
    "article-journal": "citation_journal_title",
    "article-magazine": "citation_journal_title",
    "article-newspaper": "citation_journal_title",
    "chapter": "citation_inbook_title",
    "paper-conference": "citation_conference_title",
}
PUBLISHER_TAGS = {"report": "citation_technical_report_institution", "thesis": "citation_dissertation_institution"}


def citation_meta(item, page_url=""):
    """(name, content) pairs for a CSL item, in the order reference managers expect."""
    tags = [("citation_title", item.get("title", ""))]
    for name in item.get("author", []):
        tags.append(("citation_author", name.get("literal") or ", ".join(
            part for part in (name.get("family"), name.get("given")) if part)))  # fmt: skip
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    if parts:
        tags.append(("citation_publication_date", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))))
    if item.get("container-title"):
        tags.append((CONTAINER_TAGS.get(item.get("type"), "citation_journal_title"), item["container-title"]))
    for variable, tag in (("volume", "citation_volume"), ("issue", "citation_issue")):
        if item.get(variable):
            tags.append((tag, item[variable]))
    if item.get("page"):
        first, _sep, last = str(item["page"]).partition("-")
        tags.append(("citation_firstpage", first.strip()))
        if last.strip():
            tags.append(("citation_lastpage", last.strip()))
    if item.get("publisher"):
        tags.append((PUBLISHER_TAGS.get(item.get("type"), "citation_publisher"), item["publisher"]))
    for variable, tag in (("DOI", "citation_doi"), ("ISBN", "citation_isbn"), ("ISSN", "citation_issn"),
                          ("language", "citation_language")):  # fmt: skip
        if item.get(variable):
            tags.append((tag, item[variable]))
    url = item.get("URL", "")
    if url.lower().split("?")[0].endswith(".pdf"):
        tags.append(("citation_pdf_url", url))
    if page_url:
        tags.append(("citation_abstract_html_url", page_url))
    for keyword in [k.strip() for k in str(item.get("keyword") or "").split(",") if k.strip()]:
        tags.append(("citation_keywords", keyword))
    return tags
