"""Header and footer navigation: the sections of the home page, in the visitor's language, cached per locale.

The menu is built from the French home page's children (the source tree) and shows each section's translation
when one is live, the French section otherwise (flagged so the template marks it `lang="fr"`). The cache is keyed
by a version number kept in the database (home.versions) and bumped on every publish, unpublish, move, deletion or
privacy change (connected in home.signal_handlers), so a warm page runs no navigation query beyond reading it.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import versions
from home.localization import localized_pages
from home.request_memo import forget
from home.visibility import MEMO_NAME as VISIBILITY_MEMO
from home.visibility import public_pages

NAVIGATION_TIMEOUT = 60 * 60 * 24


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    language_code: str
    translation_key: str


def navigation_version():
    return versions.version(versions.NAVIGATION)


def invalidate_navigation(**kwargs):
    forget(VISIBILITY_MEMO)
    versions.bump(versions.NAVIGATION)


def _invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_navigation()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_navigation, dispatch_uid=f"home.navigation.{signal!r}")
    post_delete.connect(_invalidate_on_page_delete, dispatch_uid="home.navigation.delete")
    # A section made private (or public again) leaves (or re-enters) the menu.
    for signal in (post_save, post_delete):
        uid = f"home.navigation.restriction.{signal!r}"
        signal.connect(invalidate_navigation, sender=PageViewRestriction, dispatch_uid=uid)
    m2m_changed.connect(
        invalidate_navigation, sender=PageViewRestriction.groups.through, dispatch_uid="home.navigation.groups"
    )


def source_home():
    """The live home page of the default (French) locale, or None before the site exists."""
    return Page.objects.filter(depth=2, locale=Locale.get_default()).live().first()


def main_menu(locale, request=None):
    """[MenuItem] for the header and footer, in `locale`; zero queries when the cache is warm."""
    key = f"navigation:{navigation_version()}:{locale.language_code}"
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
