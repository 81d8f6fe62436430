"""An emptied ParentalManyToManyField reaches the translations on sync (home/workarounds/localize_sync.py)."""

from wagtail_localize import fields as localize_fields

from initiatives.factories import InitiativePageFactory, ThemePageFactory
from tests.translation.helpers import fill, submit, translate_and_publish


def test_emptied_themes_propagate_to_the_translation(site_tree, django_capture_on_commit_callbacks):
    theme = ThemePageFactory(parent=site_tree.themes, title="Santé", code="sante")
    initiative = InitiativePageFactory(parent=site_tree.initiatives, title="Télémédecine", themes=[theme])
    translate_and_publish(site_tree.home, "en", str.upper, django_capture_on_commit_callbacks)
    translate_and_publish(site_tree.initiatives, "en", str.upper, django_capture_on_commit_callbacks)
    english = translate_and_publish(initiative, "en", str.upper, django_capture_on_commit_callbacks)
    assert list(english.themes.all()) == [theme]

    initiative.themes.set([])
    initiative.save_revision().publish()
    translation = submit(initiative, "en")
    fill(translation, str.upper, only_missing=True)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    english.refresh_from_db()
    assert list(english.themes.all()) == []


def test_upstream_still_skips_empty_relations(site_tree):
    """Fails once wagtail-localize copies empty relations itself: then delete the workaround module."""
    source = InitiativePageFactory(parent=site_tree.initiatives, themes=[])
    target = InitiativePageFactory(parent=site_tree.initiatives, themes=[ThemePageFactory(parent=site_tree.themes)])
    localize_fields.copy_synchronised_fields(source, target)
    assert target.themes.count() == 1, "upstream now propagates emptied relations: remove localize_sync"
