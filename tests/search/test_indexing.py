"""The index follows the site: publishing (tags included), unpublishing, moving, deleting, privacy changes,
translations, and the rebuild command."""

import io

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.http import QueryDict
from wagtail.models import PageViewRestriction

from home.factories import KeywordFactory
from home.models.base import PARTNERS_GROUP
from search.engines.database import DatabaseEngine
from search.models import IndexDocument
from search.searches import request_from_params, run_search


def found(query, **params):
    data = QueryDict(mutable=True)
    data["q"] = query
    data.update(params)
    return [hit.title for hit in run_search(request_from_params(data), engine=DatabaseEngine()).hits]


def test_publishing_indexes_the_current_tags(corpus, django_capture_on_commit_callbacks):
    page = corpus.telemedicine
    page.keywords.add(KeywordFactory(name="visioconsultation", slug="visioconsultation"))
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found("visioconsultation") == ["Télémédecine au village"]
    response = run_search(request_from_params(QueryDict("keyword=visioconsultation")), engine=DatabaseEngine())
    assert response.count == 1


def test_unpublishing_and_deleting_remove_the_page(corpus, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        corpus.telemedicine.save_revision().publish()
    assert found("telemedecine") == ["Télémédecine au village"]
    with django_capture_on_commit_callbacks(execute=True):
        corpus.telemedicine.unpublish()
    assert found("telemedecine") == []
    with django_capture_on_commit_callbacks(execute=True):
        corpus.twinning.save_revision().publish()
    assert found("jumelage") == ["Jumelage Athis-Mons Tombouctou"]
    with django_capture_on_commit_callbacks(execute=True):
        corpus.twinning.delete()
    assert found("jumelage") == []


def test_privacy_changes_hide_and_show_pages(corpus, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        corpus.telemedicine.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=corpus.tree.initiatives, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP)[0])
    assert found("telemedecine") == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found("telemedecine") == ["Télémédecine au village"]


def test_moving_updates_urls(corpus, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        corpus.telemedicine.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        corpus.tree.initiatives.slug = "projets"
        corpus.tree.initiatives.save_revision().publish()
        corpus.tree.initiatives.refresh_from_db()
        corpus.telemedicine.move(corpus.tree.initiatives, pos="last-child")
    url = IndexDocument.objects.get(locale="fr", title="Télémédecine au village").url
    assert url.endswith("/projets/telemedecine/")


def test_a_published_translation_replaces_the_untranslated_original(corpus, django_capture_on_commit_callbacks):
    from wagtail.models import Locale

    with django_capture_on_commit_callbacks(execute=True):
        corpus.telemedicine.save_revision().publish()
    assert IndexDocument.objects.get(locale="en", translation_key=corpus.telemedicine.translation_key).untranslated
    with django_capture_on_commit_callbacks(execute=True):
        english = corpus.telemedicine.copy_for_translation(Locale.objects.get(language_code="en"))
        english.title = "Telemedicine in the village"
        english.slug = "telemedicine"
        english.save_revision().publish()
    document = IndexDocument.objects.get(locale="en", translation_key=corpus.telemedicine.translation_key)
    assert (document.title, document.untranslated) == ("Telemedicine in the village", False)
    assert found("telemedicine", lang="en") == ["Telemedicine in the village"]


def test_rebuild_command(corpus):
    IndexDocument.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_resource_index", "--locale", "fr", stdout=out)
    assert "database:" in out.getvalue()
    assert set(IndexDocument.objects.values_list("locale", flat=True)) == {"fr"}
    assert found("cyberbus") == ["Le Cyberbus"]


def test_rebuild_command_rejects_unknown_locales(db):
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="de"):
        call_command("rebuild_resource_index", "--locale", "de")
