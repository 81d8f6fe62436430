"""Routing a request to a page in two queries instead of two per tree level.

Wagtail's `Page.route` walks the path one slug at a time (`get_children().get(slug=…)` then `.specific` at every
level): a page three levels below the home costs six queries. None of our page types routes its own sub-paths
(no RoutablePageMixin), so the home page can look the final page up by its `url_path` within its own subtree and
load its specific class. Should a page type ever route sub-paths itself, this falls back to Wagtail's walk for
paths that no page's url_path matches.
"""

from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult


class DirectRouteMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        url_path = self.url_path + "/".join(path_components) + "/"
        page = (
            Page.objects.filter(path__startswith=self.path, depth=self.depth + len(path_components), url_path=url_path)
            .only("id", "content_type_id")
            .first()
        )
        if page is None:
            # No page has this exact address: let Wagtail's walk find a page routing the rest itself, or 404.
            return super().route(request, path_components)
        page = page.specific
        if not page.live:
            raise Http404
        return RouteResult(page)
