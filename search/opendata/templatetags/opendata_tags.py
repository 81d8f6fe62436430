from django import template
from django.utils.safestring import mark_safe

from search.opendata.jsonld import page_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """<script type="application/ld+json"> describing the page (a data block: not run, so CSP allows it)."""
    text = page_json_ld(page, context.get("request"))
    return mark_safe(f'<script type="application/ld+json">{text}</script>') if text else ""
