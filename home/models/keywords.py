"""Keywords: django-taggit tags that are translatable objects.

Pages always point at the French (source-locale) keyword; its English and Spanish translations are Keyword rows
sharing its translation_key. wagtail-localize synchronises a page's tags on every sync, which is right
here: the relation is the same in every language, and the label is looked up in the visitor's locale, so
translating "haut débit" once renames it on every English page and a re-sync never resets it.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Keyword(TranslatableMixin, TagBase):
    # TagBase makes name and slug unique; here they are unique per locale (see Meta).
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_keyword_slug_per_locale"),
        ]

    def save(self, *args, **kwargs):
        # Tags typed in the page editor are created without a locale: they belong to the source language.
        if not self.locale_id:
            self.locale = Locale.get_default()
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        # taggit keeps accents ("haut-débit"), which the ASCII slug field then rejects when wagtail-localize
        # validates a translation: "haut débit" -> "haut-debit".
        slug = slugify(tag)
        return f"{slug}_{i}" if i is not None else slug

    def __str__(self):
        return self.name
