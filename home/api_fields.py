"""API v2 fields showing French-linked relations (terms, keywords, themes) in the page's own language.

Pages link the French terms; `/api/v2/pages/<id>/` of a Spanish page must still say "banda ancha",
not "haut débit". Labels come from home.localization's per-locale cache, so a listing costs no query per item.
"""

from rest_framework import serializers

from home.localization import localized_label, localized_labels


class LocalizedLabelsField(serializers.Field):
    """A many relation (ParentalManyToManyField, taggit manager) as [{"code", "label"}] in the page's language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance  # the whole page: its locale decides the language

    def to_representation(self, page):
        objs = list(getattr(page, self.source).all())
        labels = localized_labels(objs, page.locale.language_code)
        return [{"code": _code(obj), "label": label} for obj, label in zip(objs, labels, strict=True)]


class LocalizedLabelField(LocalizedLabelsField):
    """A single relation (ForeignKey to a term) as {"code", "label"} in the page's language, or null."""

    def to_representation(self, page):
        obj = getattr(page, self.source)
        if obj is None:
            return None
        return {"code": _code(obj), "label": localized_label(obj, page.locale.language_code)}


def _code(obj):
    return getattr(obj, "code", None) or getattr(obj, "slug", None)
