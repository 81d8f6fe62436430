"""Where the demo's data files are: each in the format of the importer that loads it."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NOTE_FILE = DATA / "solidarites-numeriques.md"  # the collection dialect: the note, its themes and initiatives
ORGANISATIONS_FILE = DATA / "organisations.csv"  # the directory of actors (library/importing/directory.py)
TRANSLATIONS_DIR = DATA / "translations"  # <language>.po: msgctxt a French page's source key, msgid its French text
REFERENCES_FILE = DATA / "references.json"  # CSL-JSON; each id is the reference's citation key and slug
ARTICLES_DIR = DATA / "articles"  # the article dialect (library/importing/article.py), one file per article
