"""{% load search_tags %} {% search_url keyword=tag.slug %} / {% search_url theme=page.code %}"""

from django import template

from search.urls_helpers import search_url as build_search_url

register = template.Library()


@register.simple_tag
def search_url(**filters):
    return build_search_url(**filters)
