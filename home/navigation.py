"""Header and footer navigation: the sections of the home page, in the visitor's language, cached per locale.

The menu is built from the French home page's children (the source tree) and shows each section's translation
when one is live, the French section otherwise (flagged so the template marks it `lang="fr"`). The cache is keyed
by the content version (home.versions), so a warm page runs no navigation query beyond reading it.
"""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Locale, Page, PageViewRestriction

from home.localization import localized_pages
from home.versions import content_version
from home.visibility import public_pages

NAVIGATION_TIMEOUT = 60 * 60 * 24


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    language_code: str
    translation_key: str


def source_home():
    """The live home page of the default (French) locale, or None before the site exists."""
    return Page.objects.filter(depth=2, locale=Locale.get_default()).live().first()


def main_menu(locale, request=None):
    """[MenuItem] for the header and footer, in `locale`; zero queries when the cache is warm."""
    key = f"navigation:{content_version()}:{locale.language_code}"
    items = cache.get(key)
    if items is None:
        items = _build_menu(locale, request)
        cache.set(key, items, NAVIGATION_TIMEOUT)
    return items


def _build_menu(locale, request):
    home = source_home()
    if home is None:
        return []
    sections = list(public_pages(home.get_children().live()).select_related("locale"))
    shown = localized_pages(sections, locale)
    items = []
    for section in sections:
        page = shown[section.translation_key]
        items.append(
            MenuItem(
                title=page.title,
                url=page.get_url(request=request) or "",
                language_code=locale.language_code if page.locale_id == locale.pk else section.locale.language_code,
                translation_key=page.translation_key,
            )
        )
    return items


def partner_spaces(locale, request):
    """[MenuItem] of the restricted sections below the home page that this logged-in visitor may open.

    The header links them once a partner is logged in (the public menu leaves them out), in the visitor's
    language when that translation is live and open to them too. Login and group restrictions only: a password
    restriction is asked on the page itself. Three queries, whatever the number of sections.
    """
    if not request.user.is_authenticated:
        return []
    home = source_home()
    if home is None:
        return []
    sections = _open_restricted(
        Page.objects.live().filter(depth=home.depth + 1, path__startswith=home.path), request, required=True
    )
    translations = {
        page.translation_key: page
        for page in _open_restricted(
            Page.objects.live().filter(translation_key__in=[s.translation_key for s in sections], locale=locale),
            request,
            required=False,
        )
    }
    items = []
    for section in sections:
        page = translations.get(section.translation_key, section)
        url = page.get_url(request=request) or ""
        items.append(MenuItem(page.title, url, page.locale.language_code, str(section.translation_key)))
    return items


def _open_restricted(pages, request, required):
    """The pages whose own view restrictions (login, groups) let this request in; `required`: only restricted ones."""
    pages = list(pages.select_related("locale"))
    restrictions = {}
    for restriction in PageViewRestriction.objects.filter(page__in=pages).prefetch_related("groups"):
        restrictions.setdefault(restriction.page_id, []).append(restriction)
    open_pages = []
    for page in pages:
        own = restrictions.get(page.pk, [])
        if required and not own:
            continue
        if any(r.restriction_type == PageViewRestriction.PASSWORD for r in own):
            continue
        if all(r.accept_request(request) for r in own):
            open_pages.append(page)
    return open_pages
