"""The article index's listing: the articles, newest first, as cards in the visitor's language."""

from home.listings import make_cards, paginate, source_pages
from home.models import ArticlePage


def article_index_listing(page, request):
    page_obj, articles = paginate(
        request, source_pages(ArticlePage, request).prefetch_related("themes").order_by("-date", "title")
    )
    cards = make_cards(
        articles,
        request,
        facts=lambda article: [fact for fact in (article.author, article.date and str(article.date)) if fact],
    )
    return {"articles_page": page_obj, "article_cards": cards}
