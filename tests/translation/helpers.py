"""Driving wagtail-localize's real workflow from tests: submit, fill the strings, save the target."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def locale(code):
    return Locale.objects.get(language_code=code)


def submit(instance, language_code):
    """What "Translate" does in the admin: a source snapshot and a Translation into the locale."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale(language_code))
    return translation


def fill(translation, translate, only_missing=False):
    """Translates string segments with translate(source_text) as a translator would in the editor (None: skip)."""
    target = translation.target_locale
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        if (
            only_missing
            and StringTranslation.objects.filter(
                translation_of=segment.string, locale=target, context=segment.context
            ).exists()
        ):
            continue
        translated = translate(segment.string.data)
        if translated is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target,
            context=segment.context,
            defaults={"data": translated, "translation_type": "manual"},
        )


def translate_and_publish(instance, language_code, translate, capture):
    """Submit, translate every segment and publish; returns the translated instance."""
    translation = submit(instance, language_code)
    fill(translation, translate)
    with capture(execute=True):
        translation.save_target(publish=True)
    return translation.get_target_instance()
