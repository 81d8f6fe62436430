"""Machine translation of discussion messages behind a small interface, so any engine (or a test one) plugs in.

A translator is a class with a `name` (shown to readers as the mark of the translation) and
`translate(texts, source, target) -> list[str]`. `DISCUSSION_TRANSLATOR` names one; without it DeepL is used
when DEEPL_API_KEY (the key wagtail-localize uses) is set, and nothing otherwise: readers see the original alone.
"""

import deepl
from django.conf import settings
from django.utils.module_loading import import_string


class Translator:
    name = ""

    def translate(self, texts, source, target):
        """The `texts` translated from language `source` to `target` (codes such as "fr"), in order."""
        raise NotImplementedError


class DeepLTranslator(Translator):
    name = "DeepL"
    # DeepL wants a variant for some target languages.
    TARGETS = {"en": "EN-GB", "pt": "PT-PT"}

    def __init__(self, auth_key=None):
        self.client = deepl.Translator(auth_key or settings.DEEPL_API_KEY)

    def translate(self, texts, source, target):
        results = self.client.translate_text(
            texts, source_lang=source.upper(), target_lang=self.TARGETS.get(target, target.upper())
        )
        return [result.text for result in results]


def get_translator():
    """The configured translator, or None when no machine translation is configured."""
    if settings.DISCUSSION_TRANSLATOR:
        return import_string(settings.DISCUSSION_TRANSLATOR)()
    if settings.DEEPL_API_KEY:
        return DeepLTranslator()
    return None
