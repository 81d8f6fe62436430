"""The vocabularies editors choose from, managed as translatable snippets in the admin."""

from django.utils.translation import gettext_lazy as _

from home.models import TaxonomyTerm


class InitiativeType(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("initiative type")
        verbose_name_plural = _("initiative types")


class Audience(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target audience")
        verbose_name_plural = _("target audiences")


class InitiativeStatus(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("status")
        verbose_name_plural = _("statuses")


class OrganisationKind(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("organisation kind")
        verbose_name_plural = _("organisation kinds")
