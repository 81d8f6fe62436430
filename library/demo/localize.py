"""Translating demo objects through wagtail-localize's own workflow, as a translator would in the editor.

For each object: its TranslationSource (re-extracted only when the French content changed), a Translation per
target locale, one StringTranslation per source segment filled from our translations (keyed by the French text),
then `Translation.save_target(publish=True)`. A rerun with the same texts writes nothing and creates no revision.
"""

import html
import json

from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from library.demo.builder import CREATED, UNCHANGED, UPDATED


class MissingDemoTranslation(Exception):
    """A segment of the French source has no translation in the demo data: add it to the object's texts."""


def _lookup_table(pairs):
    """{source segment data: target segment data} for plain-text and rich-text forms of each French text."""
    table = {}
    for french_text, target_text in pairs.items():
        table[StringValue.from_plaintext(french_text).data] = StringValue.from_plaintext(target_text).data
        table[html.unescape(french_text)] = html.escape(html.unescape(target_text), quote=False)
        table[french_text] = html.escape(html.unescape(target_text), quote=False)
    return table


def _segment_key(data):
    return html.unescape(data)


def translate(tally, kind, obj, language_code, texts):
    """Translates `obj` (a French page or snippet) into `language_code` with `texts` {French: translation}.

    A page's slug is translated from its title when `texts` does not give it. Returns the translated object.
    """
    locale = Locale.objects.get(language_code=language_code)
    # Fresh from the database: the source extracted from a stale instance would look changed on the next run.
    obj = type(obj).objects.get(pk=obj.pk)
    previous = (
        TranslationSource.objects.filter(object_id=obj.translation_key, locale_id=obj.locale_id)
        .values_list("content_json", flat=True)
        .first()
    )
    source, created = TranslationSource.update_or_create_from_instance(obj)
    if created or json.loads(previous) != json.loads(source.content_json):
        tally.refreshed_sources.add(source.pk)  # the French changed this run: every language is saved again
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)

    pairs = dict(texts)
    if isinstance(obj, Page) and obj.slug not in pairs and obj.title in pairs:
        pairs[obj.slug] = slugify(pairs[obj.title])
    table = _lookup_table(pairs)
    by_text = {_segment_key(key): value for key, value in table.items()}

    wrote = False
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        data = segment.string.data
        target = table.get(data, by_text.get(_segment_key(data)))
        if target is None:
            raise MissingDemoTranslation(
                f"No {language_code} translation for {segment.context.path!r} of {obj!r}: {data[:80]!r}"
            )
        string_translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": target, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        if created:
            wrote = True
        elif string_translation.data != target:
            string_translation.data = target
            string_translation.save()
            wrote = True

    exists = obj.has_translation(locale)
    if wrote or not exists or source.pk in tally.refreshed_sources:
        translation.save_target(publish=True)
        tally.record(f"{kind} ({language_code})", obj.translation_key, UPDATED if exists else CREATED)
    else:
        tally.record(f"{kind} ({language_code})", obj.translation_key, UNCHANGED)
    return obj.get_translation(locale)


__all__ = ["CREATED", "UNCHANGED", "UPDATED", "MissingDemoTranslation", "translate"]
