"""Building search URLs: the search page's own links (pagination, removing a filter) and the links other
templates make to a keyword's or a theme's search ({% search_url keyword=slug %})."""

from urllib.parse import urlencode

from django.urls import reverse


def search_url(**filters):
    """The search page of the active language filtered on these facet values, e.g. search_url(theme="sante")."""
    query = urlencode([(name, value) for name, value in filters.items() if value not in (None, "")])
    url = reverse("search:search")
    return f"{url}?{query}" if query else url


def search_state_url(params, page=None, remove=None, add=None):
    """The current search's URL with `page` changed, some parameters (or single values) removed, others added."""
    items = []
    remove = remove or {}
    for name, values in params.lists():
        if name == "page":
            continue
        for value in values:
            if name in remove and (remove[name] is None or remove[name] == value):
                continue
            items.append((name, value))
    items.extend((name, value) for name, value in (add or {}).items())
    if page and page > 1:
        items.append(("page", page))
    return "?" + urlencode(items)
