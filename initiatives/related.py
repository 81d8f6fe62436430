"""What an initiative page shows of its neighbours: similar initiatives and its typed links to other initiatives
(both ways), each in a fixed number of queries. The notes that discuss it come from the library
(library.listings.initiative_sections, through home.page_sections)."""

from django.db.models import Count, F, Q

from home.listings import request_locale, source_language_code, source_pages
from home.localization import localized_pages
from initiatives.models import InitiativeLink, InitiativeLinkKind, InitiativePage

# How much one shared term weighs in "similar initiatives".
WEIGHTS = {"themes": 3, "initiative_types": 2, "audiences": 1, "keyword_items__tag": 1}
SIMILAR_LIMIT = 4


def similar_initiatives(initiative, limit=SIMILAR_LIMIT):
    """Public French initiatives sharing the most weighted themes, types, audiences and keywords with
    `initiative` (a French source page), best first: one query."""

    shared = {
        "themes": [t.pk for t in initiative.themes.all()],
        "initiative_types": [t.pk for t in initiative.initiative_types.all()],
        "audiences": [a.pk for a in initiative.audiences.all()],
        "keyword_items__tag": [item.tag_id for item in initiative.keyword_items.all()],
    }
    score = None
    for relation, weight in WEIGHTS.items():
        if not shared[relation]:
            continue  # an empty __in inside an aggregate's filter would empty the whole query
        term = Count(relation, filter=Q(**{f"{relation}__in": shared[relation]}), distinct=True) * weight
        score = term if score is None else score + term
    if score is None:
        return []
    return list(
        source_pages(InitiativePage)
        .exclude(translation_key=initiative.translation_key)
        .annotate(similarity=score)
        .filter(similarity__gt=0)
        .order_by(F("similarity").desc(), "title")
        .select_related("status")
        .prefetch_related("themes")[:limit]
    )


def typed_links(initiative):
    """[(label, French initiative)] of its links to others and theirs to it, the latter under the inverse label."""
    public = source_pages(InitiativePage)
    links = InitiativeLink.objects.filter(
        Q(initiative__translation_key=initiative.translation_key, target__in=public)
        | Q(target__translation_key=initiative.translation_key, initiative__in=public)
    ).select_related("initiative", "target")
    result = []
    for link in links.order_by("sort_order", "pk"):
        if link.initiative.translation_key == initiative.translation_key:
            result.append((InitiativeLinkKind(link.kind).label, link.target))
        else:
            result.append((InitiativeLinkKind.inverse_label(link.kind), link.initiative))
    return result


def related_context(initiative, request, page_link, cards):
    """The template context of the three lists, shown in the visitor's language (`page_link` and `cards` are the
    initiative listing's own helpers)."""

    source = initiative if initiative.locale.language_code == source_language_code() else None
    if source is None:
        source = source_pages(InitiativePage).filter(translation_key=initiative.translation_key).first()
    if source is None:
        return {"similar_cards": [], "initiative_links": []}
    linked = typed_links(source)
    shown = localized_pages([page for _label, page in linked], request_locale(request))
    return {
        "similar_cards": cards(similar_initiatives(source), request),
        "initiative_links": [
            {**page_link(shown[page.translation_key], page, initiative, request), "kind": label}
            for label, page in linked
        ],
    }
