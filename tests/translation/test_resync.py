"""Re-syncing a changed French page keeps every translation of unchanged segments."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from initiatives.factories import InitiativePageFactory
from tests.translation.helpers import fill, submit, translate_and_publish


def english(text):
    return f"EN {text}"


def paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def test_resync_keeps_unchanged_segments_and_flags_the_changed_ones(site_tree, django_capture_on_commit_callbacks):
    texts = [f"Paragraphe numéro {n} sur l'inclusion numérique." for n in range(1, 17)]
    page = InitiativePageFactory(
        parent=site_tree.initiatives,
        title="Cyber-base de quartier",
        summary="Un espace public numérique.",
        territory="Commune d'Athis-Mons",
        description=paragraphs(texts),
    )
    translate_and_publish(site_tree.home, "en", english, django_capture_on_commit_callbacks)
    translate_and_publish(site_tree.initiatives, "en", english, django_capture_on_commit_callbacks)
    translation = submit(page, "en")
    assert translation.get_progress()[0] == 20  # title, slug, summary, territory and 16 paragraphs
    fill(translation, english)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    # The French editor changes 2 of the 20 segments, then syncs.
    page.refresh_from_db()
    # As the page editor does, the blocks keep their ids (segments are keyed by block id).
    blocks = [dict(block) for block in page.description.raw_data]
    blocks[4]["value"] = "<p>Un paragraphe entièrement réécrit.</p>"
    page.description = blocks
    page.summary = "Un espace public numérique rénové."
    page.save_revision().publish()
    source, created = TranslationSource.update_or_create_from_instance(page)
    assert not created
    translation = Translation.objects.get(pk=translation.pk)

    total, translated = translation.get_progress()
    assert (total, translated) == (20, 18)
    untranslated = {
        segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related("string")
        if not StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale=translation.target_locale
        ).exists()
    }
    assert untranslated == {"Un paragraphe entièrement réécrit.", "Un espace public numérique rénové."}

    # Saving the target now keeps the 18 translations; the 2 changed segments show French until translated.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    target = translation.get_target_instance()
    target.refresh_from_db()
    assert target.title == "EN Cyber-base de quartier"
    assert target.territory == "EN Commune d'Athis-Mons"
    rendered = [block.value.source for block in target.description]
    assert rendered[0] == f"<p>EN {texts[0]}</p>"
    assert rendered[4] == "<p>Un paragraphe entièrement réécrit.</p>"
    assert target.summary == "Un espace public numérique rénové."
