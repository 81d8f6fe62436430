"""<link rel="alternate"> for the feeds that follow the page being shown (the site's, its section's, its theme's)."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext

from home.feeds.items import section_titles, sections
from home.models.base import SectionIndexPage

register = template.Library()


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context):
    page, request = context.get("page"), context.get("request")
    links = [(gettext("New content"), reverse("feeds:latest_rss"), reverse("feeds:latest_atom"))]
    section = _section_of(page, sections()) if page is not None else None
    if section:
        links.append((section_titles()[section], *_pair("feeds:section", section=section)))
    code = getattr(page, "code", "") if page is not None and hasattr(page, "number") else ""
    if code:
        links.append((page.title, *_pair("feeds:theme", code=code)))
    if request is not None and request.resolver_match and request.resolver_match.view_name == "search:search":
        query = request.GET.urlencode()
        rss, atom = _pair("feeds:search")
        links.append((gettext("This search"), f"{rss}?{query}", f"{atom}?{query}"))
    return {"feeds": links}


def _pair(name, **kwargs):
    return reverse(name, kwargs={**kwargs, "fmt": "rss"}), reverse(name, kwargs={**kwargs, "fmt": "atom"})


def _section_of(page, models):
    """The section a page belongs to: its own type's, or the one its children (an index page) are."""
    for slug, model in models.items():
        if isinstance(page, model) or model.__name__ in [m.__name__ for m in _child_models(page)]:
            return slug
    return None


def _child_models(page):
    return type(page).allowed_subpage_models() if isinstance(page, SectionIndexPage) else []
