"""schema.org descriptions (JSON-LD) of initiative, organisation and reference pages, for search engines and
harvesters. Built from the served page; relations hang on the French source page its fields are synchronised with."""

import json

from initiatives.models import OrganisationRole

SCHEMA_ORG = "https://schema.org"
# CSL item types to schema.org types; anything else is a CreativeWork.
REFERENCE_TYPES = {
    "book": "Book",
    "chapter": "Chapter",
    "article-journal": "ScholarlyArticle",
    "article-magazine": "Article",
    "article-newspaper": "NewsArticle",
    "report": "Report",
    "thesis": "Thesis",
    "webpage": "WebPage",
    "dataset": "Dataset",
}


def _geo(page):
    if not page.has_place:
        return None
    return {"@type": "GeoCoordinates", "latitude": page.latitude, "longitude": page.longitude}


def _clean(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def initiative(page, request):
    links = list(page.organisation_links.select_related("organisation").filter(organisation__live=True))

    def orgs(*roles):
        return [
            _clean(
                {
                    "@type": "Organization",
                    "name": link.organisation.title,
                    "url": link.organisation.get_full_url(request),
                }
            )
            for link in links
            if link.role in roles
        ]

    place = _clean(
        {
            "@type": "Place",
            "name": page.territory,
            "geo": _geo(page),
            "address": [{"@type": "PostalAddress", "addressCountry": c.code} for c in page.countries],
        }
    )
    return _clean(
        {
            "@type": "Project",
            "name": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "inLanguage": page.locale.language_code,
            "sameAs": page.website,
            "foundingDate": str(page.launch_year) if page.launch_year else None,
            "location": place,
            "areaServed": place,
            "member": orgs(OrganisationRole.CARRIER, OrganisationRole.PARTNER),
            "funder": orgs(OrganisationRole.FUNDER),
            "keywords": ", ".join(item.tag.name for item in page.keyword_items.select_related("tag")),
        }
    )


def organisation(page, request):
    return _clean(
        {
            "@type": "Organization",
            "name": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "sameAs": page.website,
            "address": _clean(
                {"@type": "PostalAddress", "addressLocality": page.town, "addressCountry": page.country.code or None}
            ),
            "location": _clean({"@type": "Place", "geo": _geo(page)}) if page.has_place else None,
        }
    )


def reference(page, request):
    def person(contributor):
        if contributor.literal:
            return {"@type": "Organization", "name": contributor.literal}
        return _clean({"@type": "Person", "familyName": contributor.family, "givenName": contributor.given})

    contributors = list(page.contributors.all())
    date = "-".join(
        f"{part:02d}" if index else str(part)
        for index, part in enumerate(p for p in (page.issued_year, page.issued_month, page.issued_day) if p)
    )
    return _clean(
        {
            "@type": REFERENCE_TYPES.get(page.reference_type, "CreativeWork"),
            "name": page.title,
            "url": page.get_full_url(request),
            "sameAs": page.url,
            "author": [person(c) for c in contributors if c.role == "author"],
            "editor": [person(c) for c in contributors if c.role == "editor"],
            "datePublished": date,
            "publisher": {"@type": "Organization", "name": page.publisher} if page.publisher else None,
            "isPartOf": {"@type": "CreativeWork", "name": page.container_title} if page.container_title else None,
            "isbn": page.isbn,
            "issn": page.issn,
            "identifier": f"https://doi.org/{page.doi}" if page.doi else None,
            "inLanguage": page.language,
            "abstract": page.abstract or page.summary,
        }
    )


BUILDERS = {
    "initiatives.InitiativePage": initiative,
    "initiatives.OrganisationPage": organisation,
    "library.ReferencePage": reference,
}


def page_json_ld(page, request):
    """The JSON-LD text of a page, or "" for a page type with no schema.org description."""
    build = BUILDERS.get(page._meta.label)
    if build is None:
        return ""
    data = {"@context": SCHEMA_ORG, **build(page, request)}
    # Safe inside <script>: no "</script>" or "<!--" can close or open anything.
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
