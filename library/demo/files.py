"""Where the demo's data files are: each in the format of the importer that loads it."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
REFERENCES_FILE = DATA / "references.json"  # CSL-JSON; each id is the reference's citation key and slug
ARTICLES_DIR = DATA / "articles"  # the article dialect (library/importing/article.py), one file per article
