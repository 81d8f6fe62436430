"""What the home app connects at start-up: the content version's signals, the translators' new locale roots."""

from django.apps import apps
from django.db.models.signals import post_save

from home import versions
from home.models import Keyword, TaxonomyTerm
from home.permissions import grant_translators_new_locale_root


def connect():
    post_save.connect(grant_translators_new_locale_root, dispatch_uid="home.translators.locale_root")
    versions.connect(label_models=[Keyword, *_concrete_subclasses(TaxonomyTerm)])


def _concrete_subclasses(base):
    return [model for model in apps.get_models() if issubclass(model, base)]
