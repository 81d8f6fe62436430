"""A real Translator for the tests, standing in for DeepL: a phrasebook, and a visible mark for anything else."""

from home.partners.translation import Translator

PHRASEBOOK = {
    ("fr", "es"): {
        "Atelier de réparation d'ordinateurs": "Taller de reparación de ordenadores",
        "Qui peut prêter des ordinateurs pour l'atelier de samedi ?": (
            "¿Quién puede prestar ordenadores para el taller del sábado?"
        ),
    },
    ("es", "fr"): {"Nosotros podemos prestar cinco.": "Nous pouvons en prêter cinq."},
}


class PhrasebookTranslator(Translator):
    name = "Phrasebook"
    calls = []

    def translate(self, texts, source, target):
        type(self).calls.append((source, target, len(texts)))
        phrases = PHRASEBOOK.get((source, target), {})
        return [phrases.get(text, f"[{target}] {text}") for text in texts]


class BrokenTranslator(Translator):
    name = "Broken"

    def translate(self, texts, source, target):
        raise ConnectionError("translation service unreachable")
