"""Content versions kept in the database, so every process sees a change at its next request.

Caches of rendered pages, menus, labels and page contexts key on these numbers. They used to live in each
process's memory cache, so a privacy change made in one gunicorn worker (or from a shell) left the others serving
the old pages. One small query per request reads them all (memoised by home.request_memo).
"""

import secrets

from django.db import IntegrityError, transaction

from home.request_memo import forget, memoised

NAVIGATION = "navigation"
LABELS = "labels"
SEARCH_INDEX = "search-index"  # bumped after every write to the resource index (search.indexing)
_MEMO = "content-versions"


def _load():
    from home.models import ContentVersion

    return dict(ContentVersion.objects.values_list("name", "value"))


def version(name):
    return memoised(_MEMO, _load).get(name, 1)


def bump(name):
    """A new random value rather than +1: a database restored from a backup (or a rolled-back test) never brings
    back a number whose cache entries are still around."""
    from home.models import ContentVersion

    forget(_MEMO)
    value = secrets.randbelow(2**62) + 2
    if ContentVersion.objects.filter(name=name).update(value=value):
        return
    try:
        with transaction.atomic():
            ContentVersion.objects.create(name=name, value=value)
    except IntegrityError:  # created meanwhile by another process
        ContentVersion.objects.filter(name=name).update(value=value)
