"""The feed classes: one per kind of selection, each in RSS 2.0 and Atom 1.0 (the URL's suffix chooses)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext
from wagtail.models import Page

from home.feeds.items import items_for, newest_items, section_titles, sections
from home.listings import request_locale
from home.visibility import public_pages
from initiatives.models import ThemePage
from search.searches import SearchParameterError, request_from_params, run_search

FORMATS = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def view(feed_class):
    """A view making one feed instance per request (the instance holds the request and the chosen format)."""

    def serve(request, **kwargs):
        return feed_class()(request, **kwargs)

    return serve


class BaseFeed(Feed):
    """Subclasses set `selection(request, **kwargs) -> (title, page url, items)`."""

    def __call__(self, request, fmt="rss", **kwargs):
        if fmt not in FORMATS:
            raise Http404(fmt)
        self.feed_type = FORMATS[fmt]
        return super().__call__(request, **kwargs)

    def get_object(self, request, **kwargs):
        self.request = request
        title, url, items = self.selection(request, **kwargs)
        site = gettext("Digital solidarity resource centre")
        return {"title": f"{title} · {site}", "url": url, "items": items}

    def title(self, obj):
        return obj["title"]

    def link(self, obj):
        return obj["url"]

    def description(self, obj):
        return obj["title"]

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def author_name(self):  # RFC 4287: an atom:author for the feed, since entries have none
        return settings.WAGTAIL_SITE_NAME

    def items(self, obj):
        return obj["items"]

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_description(self, item):
        if item.original_language:
            return f"[{gettext('in French')}] {item.description}"
        return item.description

    def item_guid(self, item):
        return item.guid

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return item.categories


class LatestFeed(BaseFeed):
    def selection(self, request):
        items = newest_items(sections().values(), request_locale(request), request)
        home = reverse("wagtail_serve", args=[""])
        return gettext("New content"), request.build_absolute_uri(home), items


class SectionFeed(BaseFeed):
    def selection(self, request, section):
        if section not in sections():
            raise Http404(section)
        model = sections()[section]
        items = newest_items([model], request_locale(request), request)
        index = public_pages(model.objects.live()).first()
        url = index.get_parent().get_full_url(request=request) if index else request.build_absolute_uri("/")
        return section_titles()[section], url, items


class ThemeFeed(BaseFeed):
    def selection(self, request, code):
        themes = {t.locale.language_code: t for t in public_pages(ThemePage.objects.live().filter(code=code))}
        theme = themes.get(translation.get_language()) or themes.get(settings.LANGUAGE_CODE)
        if theme is None:
            raise Http404(code)
        items = newest_items(sections().values(), request_locale(request), request, theme_code=code)
        return theme.title, theme.get_full_url(request=request), items


class SearchFeed(BaseFeed):
    """Any search result set (query and facets, as on the search page), newest first: public pages only."""

    def selection(self, request):
        params = request.GET.copy()
        params.pop("page", None)
        params["sort"], params["page_size"] = "newest", "30"
        try:
            response = run_search(request_from_params(params, language=translation.get_language()))
        except SearchParameterError as error:
            raise Http404(str(error)) from error
        keys = list(
            Page.objects.filter(pk__in=[hit.page_id for hit in response.hits]).values_list("pk", "translation_key")
        )
        order = dict(keys)
        sources = public_pages(
            Page.objects.live().filter(translation_key__in=order.values(), locale__language_code=settings.LANGUAGE_CODE)
        )
        by_key = {page.translation_key: page for page in sources.specific()}
        ranked = [by_key.get(order.get(hit.page_id)) for hit in response.hits]
        items = items_for(
            [page for page in dict.fromkeys(ranked) if page is not None], request_locale(request), request
        )
        query = request.GET.get("q", "")
        title = gettext("Search: %(query)s") % {"query": query} if query else gettext("Search")
        search_page = reverse("search:search")
        url = request.build_absolute_uri(f"{search_page}?{request.GET.urlencode()}")
        return title, url, items
