"""Groups of equivalent terms, per language: a search for any term of a group also finds the others."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search.text import stems

SEPARATOR = " ⇔ "


def split_terms(text):
    """The terms of a group as an editor types them: one a line or comma-separated, blanks and repeats dropped."""
    pieces = (piece.strip() for line in (text or "").splitlines() for piece in line.split(","))
    return list(dict.fromkeys(piece for piece in pieces if piece))


class SynonymGroup(models.Model):
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("Searches in this language use the group."),
    )
    terms = models.TextField(
        _("equivalent terms"),
        help_text=_(
            "One word or expression a line (or separated by commas), e.g. “personnes âgées”, “seniors”, “aînés”. "
            "A search for any of them finds the pages that contain any of them."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("locale"), FieldPanel("terms")]

    class Meta:
        app_label = "search"  # a part of the search app (its migrations live there)
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")
        ordering = ["locale__language_code", "terms"]

    def __str__(self):
        return SEPARATOR.join(self.term_list)

    @property
    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        terms = self.term_list
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two equivalent terms.")})
        if self.locale_id is None:
            return
        language = self.locale.language_code
        empty = [term for term in terms if not stems(term, language)]
        if empty:
            raise ValidationError(
                {"terms": _("“%(term)s” is only made of common words that searches ignore.") % {"term": empty[0]}}
            )
        analysed = {tuple(stems(term, language)): term for term in terms}
        others = SynonymGroup.objects.filter(locale=self.locale).exclude(pk=self.pk)
        for other in others:
            for term in other.term_list:
                if tuple(stems(term, language)) in analysed:
                    raise ValidationError(
                        {
                            "terms": _("“%(term)s” is already in the group “%(group)s”; a term belongs to one group.")
                            % {"term": analysed[tuple(stems(term, language))], "group": other}
                        }
                    )
        self.terms = "\n".join(terms)
