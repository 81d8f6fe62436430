"""The page editor's base form: relations offer the source-locale (French) terms only.

Pages link to the French version of terms, themes, organisations and references; labels are shown in the
visitor's language elsewhere (home.localization). Left alone, Django lists every locale's rows ("General public /
Público general / Tout public") and would store an English term on a French page. Restricting the querysets here
also makes the form reject another locale's id. Short many-to-many lists become checkboxes.
"""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale

CHECKBOXES_UP_TO = 30


def restrict_to_source_locale(form):
    source_locale = Locale.get_default()
    for field in form.fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not _is_translatable(queryset.model):
            continue
        field.queryset = queryset.filter(locale=source_locale)
        is_plain_multiselect = type(field.widget) is forms.SelectMultiple
        if is_plain_multiselect and field.queryset.count() <= CHECKBOXES_UP_TO:
            field.widget = forms.CheckboxSelectMultiple()
            field.widget.choices = field.choices


def _is_translatable(model):
    return any(f.name == "locale" for f in model._meta.get_fields()) and hasattr(model, "translation_key")


class SourceLocaleTermsChildForm(WagtailAdminModelForm):
    """Inline panels' forms (an initiative's organisations)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        restrict_to_source_locale(self)


class SourceLocaleTermsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        restrict_to_source_locale(self)
        for formset in self.formsets.values():
            for child in formset.forms:
                restrict_to_source_locale(child)
            if not issubclass(formset.form, SourceLocaleTermsChildForm):
                formset.form = type(formset.form.__name__, (SourceLocaleTermsChildForm, formset.form), {})
