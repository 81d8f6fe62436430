"""Sections a page shows from the apps above its own: the home page's latest notes, a theme's events…

Apps are layered (home < initiatives < events < library < search: the library cites initiatives, the search
indexes them all), so a page type cannot import the apps whose content it lists. Those apps contribute instead,
with Wagtail's hooks: each registers `builder(page, request) -> dict` under the page type's hook name in its
wagtail_hooks.py, and the page's `get_page_context` merges every builder's context into its own. Grep a hook name
to find every section of a page.
"""

from wagtail import hooks

HOME_PAGE = "home_page_sections"
THEME_PAGE = "theme_page_sections"
INITIATIVE_PAGE = "initiative_page_sections"


def sections_from_apps(hook_name, page, request):
    """The merged contexts of the builders registered under `hook_name`."""
    context = {}
    for build in hooks.get_hooks(hook_name):
        context.update(build(page, request))
    return context
