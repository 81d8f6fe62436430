"""Which pages anonymous visitors may see, without Wagtail's query per `.public()` call.

`PageQuerySet.public()` reads every PageViewRestriction each time it is called; a listing page calls it several
times. Here the restricted sections' tree paths are cached, and the cache key follows home.navigation's version,
bumped on every publish, unpublish, move, deletion and view-restriction change.
"""

from django.core.cache import cache
from wagtail.models import PageViewRestriction


def restricted_paths():
    """Tree paths of the pages carrying a view restriction (their descendants are restricted too)."""
    from home.navigation import navigation_version

    key = f"restricted-paths:{navigation_version()}"
    paths = cache.get(key)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(key, paths, None)
    return paths


def public_pages(queryset):
    """The pages of `queryset` outside every restricted section (same result as `queryset.public()`)."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def can_enter_partner_space(user):
    """Whether `user` may see what is reserved to the project partners (the group restricted pages name)."""
    from home.models import PARTNERS_GROUP

    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=PARTNERS_GROUP).exists()


def public_collection_items(queryset):
    """Documents or images of `queryset` outside every collection with a view restriction (and its children)."""
    from wagtail.models import CollectionViewRestriction

    for path in sorted(set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))):
        queryset = queryset.exclude(collection__path__startswith=path)
    return queryset
