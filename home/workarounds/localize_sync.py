"""Propagate emptied ParentalManyToManyFields to translations on sync.

wagtail-localize 1.14's `copy_synchronised_fields` copies a synchronised ParentalManyToManyField only when the
source value is non-empty (`if values: setattr(...)`), so removing the last theme, audience or type from a French
initiative never reaches its English and Spanish translations: they keep stale facets forever.

`install()` (called from `home.apps.HomeConfig.ready`) wraps the function where wagtail-localize's models module
imported it: after the upstream copy, every synchronised ParentalManyToManyField left empty on the source is
emptied on the target too.

Remove this module (and its call in home/apps.py) when wagtail-localize copies empty ParentalManyToManyFields
itself; `tests/translation/test_localize_sync_workaround.py` fails loudly on the day upstream fixes it
(`test_upstream_still_skips_empty_relations`), so the check runs on every upgrade.
"""

from functools import wraps

from modelcluster.fields import ParentalManyToManyField
from wagtail_localize import fields as localize_fields
from wagtail_localize import models as localize_models
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

upstream_copy_synchronised_fields = localize_fields.copy_synchronised_fields


def _emptied_parental_m2m_names(source):
    names = []
    for translatable_field in get_translatable_fields(type(source)):
        if not isinstance(translatable_field, SynchronizedField) or not translatable_field.is_synchronized(source):
            continue
        field = translatable_field.get_field(type(source))
        if isinstance(field, ParentalManyToManyField) and not getattr(source, field.name).all():
            names.append(field.name)
    return names


@wraps(upstream_copy_synchronised_fields)
def copy_synchronised_fields(source, target):
    upstream_copy_synchronised_fields(source, target)
    for name in _emptied_parental_m2m_names(source):
        setattr(target, name, [])


def install():
    """Idempotent: replaces the reference wagtail_localize.models uses when creating or updating translations."""
    localize_models.copy_synchronised_fields = copy_synchronised_fields
