"""The home page's sections: themes, latest initiatives, notes and references, in a fixed number of queries."""

from django.db.models import F

from home.listings import make_cards, paginate, source_pages
from home.visibility import public_only


def home_listing(home, request, latest=6):
    from initiatives.listings import initiative_cards, initiative_queryset, theme_index_listing
    from library.listings import note_facts, note_queryset, reference_facts, reference_queryset

    featured = public_only(home.featured_themes.all())
    if featured:
        theme_cards = make_cards(featured, request, with_themes=False)
    else:
        theme_cards = theme_index_listing(home, request)["theme_cards"]
    newest = F("first_published_at").desc(nulls_last=True)
    initiatives = initiative_queryset(request).order_by(newest, "-pk")[:latest]
    notes = note_queryset(request).order_by(F("publication_date").desc(nulls_last=True), newest)[:3]
    references = reference_queryset(request).order_by(newest, "-pk")[:4]
    return {
        "theme_cards": theme_cards,
        "initiative_cards": initiative_cards(initiatives, request),
        "note_cards": make_cards(notes, request, facts=note_facts),
        "reference_cards": make_cards(references, request, facts=reference_facts),
    }


def article_index_listing(page, request):
    from home.models import ArticlePage

    page_obj, articles = paginate(
        request, source_pages(ArticlePage, request).prefetch_related("themes").order_by("-date", "title")
    )
    cards = make_cards(
        articles,
        request,
        facts=lambda article: [fact for fact in (article.author, article.date and str(article.date)) if fact],
    )
    return {"articles_page": page_obj, "article_cards": cards}
