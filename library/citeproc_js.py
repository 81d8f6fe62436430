"""citeproc-js (the CSL processor of Zotero, vendored in library/csl/) run in an embedded V8 through mini-racer.

One V8 context per thread (a context is not thread-safe); each keeps its parsed engines per (style, locale).
"""

import json
import threading
from pathlib import Path

from py_mini_racer import MiniRacer

from library.csl_files import locale_xml, style_xml

CSL_DIR = Path(__file__).resolve().parent / "csl"
_local = threading.local()


def _context():
    context = getattr(_local, "context", None)
    if context is None:
        context = MiniRacer()
        source = (CSL_DIR / "citeproc.js").read_text(encoding="utf-8")
        context.eval(
            "var module = {exports: {}}; var exports = module.exports;\n" + source + "\nvar CSL = module.exports;"
        )
        context.eval((CSL_DIR / "render.js").read_text(encoding="utf-8"))
        _local.context, _local.styles, _local.locales = context, set(), set()
    return context


def render(items, style, locale):
    """HTML of the bibliography entry of each CSL item, in order, with a style file name and a CSL locale."""
    context = _context()
    if locale not in _local.locales:
        context.call("registerLocale", locale, locale_xml(locale))
        _local.locales.add(locale)
    if "en-US" not in _local.locales:  # citeproc-js falls back to en-US for terms a locale lacks
        context.call("registerLocale", "en-US", locale_xml("en-US"))
        _local.locales.add("en-US")
    if style not in _local.styles:
        context.call("registerStyle", style, style_xml(style))
        _local.styles.add(style)
    return json.loads(context.call("renderEntries", style, locale, json.dumps(list(items), ensure_ascii=False)))
