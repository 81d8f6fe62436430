"""Which format a bibliography file is in, from its content (the extension only breaks ties)."""

import re

from django.utils.translation import gettext as _

from library.bibliography import BibliographyError, bibtex, csljson, ris

FORMATS = {"bibtex": bibtex, "ris": ris, "csljson": csljson}
EXTENSIONS = {".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris", ".json": "csljson"}


def detect(text, filename=""):
    head = text.lstrip("\ufeff \n\t\r")
    if head.startswith(("[", "{")):
        return "csljson"
    if re.search(r"^TY  - ", text, re.MULTILINE):
        return "ris"
    if re.search(r"^\s*@\w+\s*[{(]", text, re.MULTILINE):
        return "bibtex"
    for extension, name in EXTENSIONS.items():
        if filename.lower().endswith(extension):
            return name
    raise BibliographyError(_("not a bibliography this site reads: expected BibTeX, RIS or CSL-JSON."))


def parse(text, filename=""):
    name = detect(text, filename)
    return name, FORMATS[name].parse(text)
