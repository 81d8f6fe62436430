"""Template tags of the theme: navigation, breadcrumbs, links to pages chosen in blocks."""

from django import template

from home import navigation
from home.listings import cached_page_context, request_locale
from home.visibility import is_public

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The header/footer sections in the visitor's language (cached per locale, see home.navigation)."""
    request = context.get("request")
    cached = getattr(request, "_main_menu", None) if request is not None else None
    if cached is None:
        cached = navigation.main_menu(request_locale(request), request)
        if request is not None:
            request._main_menu = cached
    return cached


@register.simple_tag(takes_context=True)
def partner_spaces(context):
    """The restricted sections the logged-in visitor may open (the partner space), for the header."""
    request = context.get("request")
    if request is None:
        return []
    return navigation.partner_spaces(request_locale(request), request)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors below the tree root, home first (one query, cached until the next publish)."""
    if page is None or page.depth <= 2:
        return []
    request = context.get("request")

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "locale_id", "depth")
        return [{"title": ancestor.title, "url": ancestor.get_url(request=request)} for ancestor in ancestors]

    return cached_page_context(page, request, "breadcrumbs", build)


@register.simple_tag(takes_context=True)
def page_link(context, page):
    """{title, url, lang} for a page chosen in a block, in the visitor's language (see library.listings), or None
    for a page anonymous visitors may not see (the block's HTML is cached for everyone)."""
    if page is None or not is_public(page):
        return None
    links = context.get("page_links") or {}
    link = links.get(page.translation_key)
    if link is None:
        link = {"title": page.title, "url": page.get_url(request=context.get("request")), "lang": None}
    return link
