from django import template

from home.listings import request_locale
from library.letter.compose import issue_sections as sections_of

register = template.Library()


@register.simple_tag(takes_context=True)
def issue_sections(context, issue):
    """The issue's sections in the visitor's language (public pages only)."""
    return sections_of(issue, request_locale(context.get("request")))
