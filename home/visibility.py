"""Who may see a page: the one rule every surface asks (page blocks, listings, menus, sitemaps, exports, API, search).

A page's audience follows from the view restrictions on it and on its ancestors:
- none: `PUBLIC`;
- a password anywhere in the chain: `NOBODY` (no listing, feed or index ever shows it; only the page itself asks);
- "logged-in users": `LOGIN`;
- groups: a key naming the groups that pass *every* group restriction of the chain (their intersection, stricter
  than Wagtail when two nested restrictions name different groups: never a leak). Wagtail lets superusers through.

The restrictions are read from the database (one query, shared by one request through a context variable set by
home.request_memo), never from a cache a process may hold stale: another worker's privacy change, a shell or an
import is seen by the next request. The index stores each document's audience key; a search filters on the keys
the user passes (`viewer_audiences`).
"""

import hashlib
from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from home.models import PARTNERS_GROUP
from home.request_memo import memoised

PUBLIC = "public"
LOGIN = "login"
NOBODY = "nobody"
MEMO_NAME = "visibility-sections"


@dataclass(frozen=True)
class Section:
    """A restricted page: its tree path, the kind of restriction and the groups it names."""

    path: str
    kind: str
    group_ids: frozenset


@dataclass(frozen=True)
class Audience:
    key: str
    group_ids: frozenset = frozenset()

    def admits(self, user):
        if self.key == PUBLIC:
            return True
        if self.key == NOBODY or user is None or not user.is_authenticated:
            return False
        if self.key == LOGIN or user.is_superuser:
            return True
        return bool(self.group_ids & _user_group_ids(user))


def _load_sections():
    rows = PageViewRestriction.objects.values_list("pk", "page__path", "restriction_type", "groups")
    found = {}
    for pk, path, kind, group_id in rows:
        path_, kind_, groups = found.setdefault(pk, (path, kind, set()))
        if group_id is not None:
            groups.add(group_id)
    return tuple(sorted((Section(path, kind, frozenset(groups)) for path, kind, groups in found.values()), key=_path))


def _path(section):
    return section.path


def restricted_sections():
    """The view restrictions, read from the database (once per request inside one)."""
    return memoised(MEMO_NAME, _load_sections)


def restricted_paths():
    """Tree paths of the pages carrying a view restriction (their descendants are restricted too)."""
    return sorted({section.path for section in restricted_sections()})


def audience_for_path(path, sections=None):
    """The Audience of the page at tree path `path`."""
    chain = [s for s in (restricted_sections() if sections is None else sections) if path.startswith(s.path)]
    if not chain:
        return Audience(PUBLIC)
    kinds = {s.kind for s in chain}
    if PageViewRestriction.PASSWORD in kinds:
        return Audience(NOBODY)
    group_sets = [s.group_ids for s in chain if s.kind == PageViewRestriction.GROUPS]
    if not group_sets:
        return Audience(LOGIN)
    groups = frozenset.intersection(*group_sets)
    if not groups:
        return Audience(NOBODY)
    return Audience(groups_key(groups), groups)


def groups_key(group_ids):
    """The audience key of the pages reserved to these groups (short enough for the index's 16 characters)."""
    digest = hashlib.sha1(",".join(map(str, sorted(group_ids))).encode()).hexdigest()[:12]
    return f"g{digest}"


def audience(page):
    return audience_for_path(page.path)


def viewer_audiences(user):
    """The audience keys `user` passes (what a search filters on): always PUBLIC, then the restricted ones."""
    if user is None or not user.is_authenticated:
        return (PUBLIC,)
    sections = restricted_sections()
    keys = {PUBLIC}
    for section in sections:
        found = audience_for_path(section.path, sections)
        if found.admits(user):
            keys.add(found.key)
    return tuple(sorted(keys))


def can_see(user, page):
    return audience(page).admits(user)


def is_public(page):
    """True when an anonymous visitor may see `page` (no query within a request once the restrictions are read)."""
    return audience_for_path(page.path).key == PUBLIC


def public_only(pages):
    """The live public pages of a list built in Python (related pages, blocks' chosen pages), in their order.

    What a page shows of its relations is cached for everyone (home.listings.cached_page_context), so it holds
    public pages only, even for partners. Works on the in-memory relations of a preview as on querysets.
    """
    sections = restricted_sections()
    return [
        page
        for page in pages
        if page is not None and page.live and audience_for_path(page.path, sections).key == PUBLIC
    ]


def _user_group_ids(user):
    cached = getattr(user, "_visibility_group_ids", None)
    if cached is None:
        cached = user._visibility_group_ids = frozenset(user.groups.values_list("pk", flat=True))
    return cached


def public_pages(queryset):
    """The pages of `queryset` outside every restricted section (same result as `queryset.public()`)."""
    return visible_pages(queryset, None)


def visible_pages(queryset, user):
    """The pages of `queryset` that `user` (None: an anonymous visitor) may find in a listing."""
    sections = restricted_sections()
    hidden = Q()
    for section in sections:
        if not audience_for_path(section.path, sections).admits(user):
            hidden |= Q(path__startswith=section.path)
    return queryset.exclude(hidden) if hidden else queryset


def visible_ids(user, pages):
    """The ids of `pages` (model instances with `path`) that `user` may see, for lists built in Python."""
    sections = restricted_sections()
    return {page.pk for page in pages if audience_for_path(page.path, sections).admits(user)}


def can_enter_partner_space(user):
    """Whether `user` may see what is reserved to the project partners (the group restricted pages name)."""

    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=PARTNERS_GROUP).exists()


def public_collection_items(queryset):
    """Documents or images of `queryset` outside every collection with a view restriction (and its children)."""

    for path in sorted(set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))):
        queryset = queryset.exclude(collection__path__startswith=path)
    return queryset
