"""The committed interface catalogues cover every string of the code in French, English and Spanish."""

import shutil

import polib
import pytest
from django.utils import translation

from home import catalogues

pytestmark = pytest.mark.skipif(
    not catalogues.gettext_available(), reason="install GNU gettext (apt-get install gettext) to check catalogues"
)


@pytest.fixture(scope="module")
def extracted():
    return catalogues.extract_entries()


def test_every_string_is_translated_in_fr_en_and_es(extracted):
    assert len(extracted) > 100  # the extraction really ran over apps and templates
    problems = catalogues.catalogue_problems(extracted=extracted)
    assert problems == [], "run `manage.py update_catalogues`, then translate:\n" + "\n".join(problems)


def test_the_check_fails_on_a_missing_untranslated_or_fuzzy_string(extracted, tmp_path):
    shutil.copytree(catalogues.project_dir() / "locale", tmp_path / "locale")
    spanish_path = catalogues.committed_catalogue_path("es", tmp_path / "locale")
    spanish = polib.pofile(str(spanish_path))
    removed = spanish.find("Translations to do")
    spanish.remove(removed)
    spanish.find("Languages").msgstr = ""
    spanish.find("Sections").flags.append("fuzzy")
    spanish.save()

    problems = catalogues.catalogue_problems(["es"], extracted=extracted, locale_root=tmp_path / "locale")
    assert any(p.startswith("es: missing 'Translations to do'") for p in problems)
    assert "es: untranslated 'Languages'" in problems
    assert "es: fuzzy 'Sections'" in problems
    assert len(problems) == 3


def test_the_compiled_catalogues_are_used(settings):
    from django.utils.translation import trans_real

    from home.management.commands.compile_catalogues import Command

    Command().handle(verbosity=0)
    trans_real._translations.clear()  # catalogues loaded before compilation would hide the new .mo files
    trans_real._default = None
    with translation.override("es"):
        assert translation.gettext("Translations to do") == "Traducciones pendientes"
    with translation.override("fr"):
        assert translation.gettext("Languages") == "Langues"
