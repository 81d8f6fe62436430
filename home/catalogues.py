"""The interface catalogues (locale/{fr,en,es}/LC_MESSAGES/django.po): regenerate and check them.

`extract_entries` runs Django's makemessages over the project's apps and templates into a temporary folder, so
the committed catalogues are never touched; `catalogue_problems` lists every msgid of the code that is missing,
untranslated or fuzzy in a committed catalogue. Used by `manage.py check_catalogues`, `manage.py
update_catalogues` and tests/translation/test_catalogues.py. Needs GNU gettext (xgettext, msgmerge).
"""

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings

LANGUAGES = ["fr", "en", "es"]
IGNORED = [".venv/*", "node_modules/*", "staticfiles/*", "media/*", "tests/*", "bench/*", "locale/*", ".git/*"]


def project_dir():
    return Path(settings.BASE_DIR)


def committed_catalogue_path(language_code, locale_root=None):
    return Path(locale_root or project_dir() / "locale") / language_code / "LC_MESSAGES" / "django.po"


def gettext_available():
    return all(shutil.which(tool) for tool in ("xgettext", "msgmerge", "msguniq"))


@contextmanager
def _source_tree():
    """A temporary folder of symlinks to the project's top-level entries, without locale/ and the ignored ones.

    makemessages sends every file under a folder holding a `locale` directory to that directory: run in the
    project itself, it would always write into the committed catalogues whatever LOCALE_PATHS says.
    """
    skipped = {"locale", ".venv", ".git", "node_modules", "staticfiles", "media", "tests", "bench"}
    with tempfile.TemporaryDirectory() as tmp:
        for entry in project_dir().iterdir():
            if entry.name not in skipped:
                os.symlink(entry, Path(tmp) / entry.name)
        previous = os.getcwd()
        os.chdir(tmp)
        try:
            yield
        finally:
            os.chdir(previous)


def run_makemessages(locale_dir, languages):
    """makemessages over the project's apps and templates (.venv, tests ignored), writing into `locale_dir`."""
    with _source_tree(), override_settings(LOCALE_PATHS=[str(locale_dir)]):
        call_command(
            "makemessages",
            locale=list(languages),
            ignore_patterns=IGNORED,
            symlinks=True,
            no_obsolete=True,
            no_wrap=True,
            verbosity=0,
        )


def extract_entries():
    """{(msgctxt, msgid): entry} of every string marked for translation in the code, freshly extracted."""
    with tempfile.TemporaryDirectory() as tmp:
        run_makemessages(tmp, ["fr"])
        catalogue = polib.pofile(str(Path(tmp) / "fr" / "LC_MESSAGES" / "django.po"))
        return {(entry.msgctxt, entry.msgid): entry for entry in catalogue if not entry.obsolete}


def _is_translated(entry):
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(value for value in entry.msgstr_plural.values())
    return bool(entry.msgstr)


def catalogue_problems(languages=LANGUAGES, extracted=None, locale_root=None):
    """Human-readable problems; empty when every catalogue covers every string of the code."""
    extracted = extract_entries() if extracted is None else extracted
    problems = []
    for language_code in languages:
        path = committed_catalogue_path(language_code, locale_root)
        if not path.exists():
            problems.append(f"{language_code}: no catalogue at {path}")
            continue
        committed = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(path)) if not entry.obsolete}
        for key, source_entry in extracted.items():
            entry = committed.get(key)
            where = source_entry.occurrences[0][0] if source_entry.occurrences else "?"
            if entry is None:
                problems.append(f"{language_code}: missing {key[1]!r} ({where})")
            elif "fuzzy" in entry.flags:
                problems.append(f"{language_code}: fuzzy {key[1]!r}")
            elif not _is_translated(entry):
                problems.append(f"{language_code}: untranslated {key[1]!r}")
    return problems


def update_committed_catalogues():
    """Merges new strings into locale/ (makemessages); English entries get their msgid, fr/es are left to fill."""
    run_makemessages(project_dir() / "locale", LANGUAGES)
    # The msgids are English: the English catalogue is always the msgid itself. A fuzzy guess from msgmerge
    # ("Audience" -> "licence") must never survive, so every entry is reset, not only the empty ones.
    english = polib.pofile(str(committed_catalogue_path("en")))
    for entry in english:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    english.save()
