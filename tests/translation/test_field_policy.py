"""Every translatable model states, field by field, what is translated and what is synchronised."""

from django.apps import apps
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Wagtail's own bookkeeping: tree position, publishing state, revisions, locking, ownership. Never translated,
# never copied by a sync (wagtail-localize manages them itself).
WAGTAIL_PAGE_INTERNALS = {
    "id", "path", "depth", "numchild", "translation_key", "locale", "latest_revision", "live",
    "has_unpublished_changes", "first_published_at", "last_published_at", "live_revision", "go_live_at",
    "expire_at", "expired", "locked", "locked_at", "locked_by", "draft_title", "content_type", "url_path",
    "owner", "latest_revision_created_at", "alias_of", "page_ptr", "wagtail_admin_comments",
}  # fmt: skip
TRANSLATABLE_MIXIN_INTERNALS = {"id", "translation_key", "locale"}

# Facet keys and identifiers: the same in every language, never offered to translators as overridable text.
FACET_KEYS = {
    "initiatives.ThemePage": ["code", "number"],
    "initiatives.InitiativePage": [
        "countries", "launch_date", "launch_precision", "status", "themes", "initiative_types", "audiences",
        "keyword_items", "organisation_links",
    ],
    "initiatives.OrganisationPage": ["kind", "country"],
    "library.ReferencePage": ["reference_type", "issued_year", "themes", "keyword_items", "language", "doi"],
    "home.Keyword": ["slug"],
    "initiatives.InitiativeType": ["slug"],
    "initiatives.Audience": ["slug"],
    "initiatives.InitiativeStatus": ["slug"],
    "initiatives.OrganisationKind": ["slug"],
}  # fmt: skip
PROSE = {
    "initiatives.InitiativePage": ["title", "summary", "context", "description", "territory"],
    "library.ThematicNotePage": ["title", "summary", "introduction", "chapters", "footnotes"],
    "home.ArticlePage": ["title", "summary", "body", "more_links"],
    "home.Keyword": ["name"],
    "initiatives.InitiativeType": ["name"],
}


def translatable_models():
    pages = [model for model in get_page_models() if model is not Page]
    snippets = [m for m in apps.get_models() if issubclass(m, TranslatableMixin) and not issubclass(m, Page)]
    return pages + snippets


def fields_needing_a_decision(model):
    internals = WAGTAIL_PAGE_INTERNALS if issubclass(model, Page) else TRANSLATABLE_MIXIN_INTERNALS
    names = set()
    for field in model._meta.concrete_fields:
        if getattr(field.remote_field, "parent_link", False):
            continue
        names.add(field.name)
    names |= {field.name for field in model._meta.many_to_many if isinstance(field, ParentalManyToManyField)}
    names |= {relation.name for relation in get_all_child_relations(model)}
    return names - internals


def declared(model):
    return {field.field_name: field for field in getattr(model, "translatable_fields", [])}


def test_every_translatable_model_declares_a_policy():
    # Declared on the model or an abstract base (BasePage, TaxonomyTerm); the next test checks it is complete.
    undeclared = [model._meta.label for model in translatable_models() if not hasattr(model, "translatable_fields")]
    assert undeclared == [], "these models rely on wagtail-localize's auto-detection"


def test_every_field_is_translated_synchronised_or_a_listed_internal():
    problems = []
    for model in translatable_models():
        missing = fields_needing_a_decision(model) - set(declared(model))
        if missing:
            problems.append(f"{model._meta.label}: {sorted(missing)}")
    assert problems == [], "fields left to wagtail-localize's auto-detection"


def test_declared_fields_exist_and_are_declared_once():
    for model in translatable_models():
        names = [field.field_name for field in model.translatable_fields]
        assert len(names) == len(set(names)), f"{model._meta.label} declares a field twice"
        for name in names:
            model._meta.get_field(name)  # raises FieldDoesNotExist on a typo


def test_facet_keys_are_synchronised_and_not_overridable():
    for label, names in FACET_KEYS.items():
        policy = declared(apps.get_model(label))
        for name in names:
            assert isinstance(policy[name], SynchronizedField), f"{label}.{name} must be synchronised"
            assert not policy[name].overridable, f"translators must not override the facet key {label}.{name}"


def test_prose_is_translated():
    for label, names in PROSE.items():
        policy = declared(apps.get_model(label))
        for name in names:
            assert isinstance(policy[name], TranslatableField), f"{label}.{name} must be translated"
