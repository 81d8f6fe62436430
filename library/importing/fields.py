"""Field labels of the legacy records, their variants, and the parsing of values (lists, dates, addresses)."""

import datetime
import re
import unicodedata
from dataclasses import dataclass

from django.utils import translation
from django.utils.text import slugify
from django_countries import countries

# Every label variant met in the legacy documents, normalised (see normalise_label), mapped to one field name.
LABELS = {
    "site web": "website",
    "sites web": "website",
    "site internet": "website",
    "type d'initiative": "initiative_types",
    "types d'initiative": "initiative_types",
    "territoire de projet": "territory",
    "territoire du projet": "territory",
    "porteur de projet": "carriers",
    "porteur du projet": "carriers",
    "porteurs de projet": "carriers",
    "porteurs du projet": "carriers",
    "maitre d'oeuvre du projet": "contractors",
    "maitre d'oeuvre": "contractors",
    "partenaires": "partners",
    "partenaires financiers": "funders",
    "date de lancement": "launch_date",
    "date du lancement": "launch_date",
    "date ou annee de lancement": "launch_date",
    "avancement": "status",
    "avancement a la date de recueil": "status",
    "date de recueil de l'information": "collected_on",
    "date de recueil": "collected_on",
    "cible": "audiences",
    "cibles": "audiences",
    "mots clefs": "keywords",
    "mots cles": "keywords",
    "mots-clefs": "keywords",
    "mots-cles": "keywords",
    "mot clef": "keywords",
    "mot cle": "keywords",
    # Labels of the new site, which the legacy records do not write (the demo's data uses them).
    "pays": "countries",
    "region": "region",
    "autres themes": "other_themes",
    "references": "references",
    "adresse de la page": "slug",
}
LIST_FIELDS = {
    "initiative_types", "carriers", "contractors", "partners", "funders", "audiences", "keywords", "countries",
    "other_themes", "references",
}  # fmt: skip
DATE_FIELDS = {"launch_date", "collected_on"}
# The fields of a note (given before its first chapter) and of a theme (under its heading).
NOTE_LABELS = {
    "auteurs": "authors",
    "auteur": "authors",
    "editeur": "publisher",
    "date de publication": "publication_date",
    "resume": "summary",
    "mots clefs": "keywords",
    "mots cles": "keywords",
    "adresse de la page": "slug",
}
THEME_LABELS = {"resume": "summary", "adresse de la page": "slug"}

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
PERIODS = {"debut": "early", "mi": "mid", "milieu": "mid", "fin": "late"}
UNKNOWN_DATES = {"non renseignee", "non renseigne", "inconnue", "inconnu", "nc", "n/c", "?"}


def code_for(title):
    """A stable slug for a label: "L'entraide numérique" -> "entraide-numerique"."""
    return slugify(without_article(title.replace("’", "'")).replace("'", " "))[:80]


def fold(text):
    """Lower case without accents, typographic apostrophes or ligatures: the key for comparing labels."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("’", "'").replace("\u00a0", " ")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def normalise_label(label):
    label = fold(label).strip(" :*")
    label = re.sub(r"\s*'\s*", "'", label)
    return re.sub(r"\s+", " ", label)


def field_for_label(label):
    return LABELS.get(normalise_label(label))


def split_list(value, split_and=False):
    """Comma (or semicolon) separated items outside parentheses, trimmed, without the final full stop.

    A value with a semicolon is split on semicolons only, so that items may hold commas ("CIRTAI, Université du
    Havre ; Ville du Havre"). With split_and, " et " before a capitalised word also separates items ("Ville de
    Grenoble et Conseil Général").
    """
    separators = ";" if ";" in value else ",;"
    items, depth, current = [], 0, []
    for char in value:
        depth += char == "("
        depth -= char == ")"
        if char in separators and depth <= 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    if split_and:
        items = [part for item in items for part in re.split(r"\s+et\s+(?=[A-ZÉÈÀÂ])", item)]
    cleaned = []
    for item in items:
        item = item.strip().rstrip(".").strip()
        if item:
            cleaned.append(item)
    return cleaned


LEADING_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l['’]\s*)(?=\w)", re.IGNORECASE)


def without_article(name):
    """ "la municipalité d'Albi" -> "Municipalité d'Albi": names and labels start with the noun."""
    name = LEADING_ARTICLE.sub("", name.strip(), count=1).strip()
    return name[:1].upper() + name[1:]


URL_IN_ANGLES = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
URL_IN_LINK = re.compile(r"\[[^\]]*\]\(((?:https?://|www\.)[^)\s]+)\)")
BARE_URL = re.compile(r"((?:https?://|www\.)[^\s<>()\[\]]+)")


def first_url(value):
    """The first address in a value written as <url>, [text](url) or bare; Markdown escapes removed."""
    matches = [match for pattern in (URL_IN_LINK, URL_IN_ANGLES, BARE_URL) if (match := pattern.search(value))]
    if not matches:
        return None
    url = min(matches, key=lambda match: match.start()).group(1).replace("\\_", "_").replace("\\", "").rstrip(".,;")
    return url if url.startswith("http") else "http://" + url


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to the day, the month or the year (with an optional part of the year), or unknown."""

    date: datetime.date | None
    precision: str  # "day", "month", "year" or "unknown"
    period: str = ""  # "", "early", "mid" or "late"
    text: str = ""

    def as_json(self):
        return {
            "date": self.date.isoformat() if self.date else None,
            "precision": self.precision,
            "period": self.period,
            "text": self.text,
        }


class DateNotUnderstood(ValueError):
    pass


def parse_fuzzy_date(text):
    """ "2009", "début 2010", "février 2010", "le 27 janvier 2009", "2003-2006, puis mai 2008", "non renseignée".

    A range keeps its start ("2008-2009" -> 2008); "courant 2009" is the year 2009.
    """
    raw = text.strip().rstrip(".")
    folded = re.sub(r"\s+", " ", fold(raw))
    if not folded or folded in UNKNOWN_DATES:
        return FuzzyDate(None, "unknown", text=raw)
    folded = re.sub(r"^(le|en|depuis|courant|vers)\s+", "", folded)
    match = re.match(r"^(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})", folded)
    if match and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
        try:
            return FuzzyDate(datetime.date(year, month, day), "day", text=raw)
        except ValueError as error:
            raise DateNotUnderstood(raw) from error
    match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", folded)
    if match:
        try:
            return FuzzyDate(
                datetime.date(int(match.group(3)), int(match.group(2)), int(match.group(1))), "day", text=raw
            )
        except ValueError as error:
            raise DateNotUnderstood(raw) from error
    match = re.match(r"^([a-z]+)\s+(\d{4})", folded)
    if match and match.group(1) in MONTHS:
        return FuzzyDate(datetime.date(int(match.group(2)), MONTHS[match.group(1)], 1), "month", text=raw)
    match = re.match(r"^(debut|mi|milieu|fin)[\s-]+(\d{4})", folded)
    if match:
        return FuzzyDate(datetime.date(int(match.group(2)), 1, 1), "year", PERIODS[match.group(1)], text=raw)
    match = re.match(r"^(\d{4})\b", folded)
    if match:
        return FuzzyDate(datetime.date(int(match.group(1)), 1, 1), "year", text=raw)
    raise DateNotUnderstood(raw)


_COUNTRY_PATTERN = None


def countries_in(text):
    """ISO codes of the countries named (in French) in a text, in order of appearance: "Figuig (Maroc)" -> MA."""
    global _COUNTRY_PATTERN
    if _COUNTRY_PATTERN is None:
        with translation.override("fr"):
            names = {str(name): code for code, name in countries}
        names = {name.split(" (")[0].split(",")[0]: code for name, code in names.items()}
        alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
        _COUNTRY_PATTERN = (re.compile(rf"(?<![\w-])({alternation})(?![\w-])"), names)
    pattern, names = _COUNTRY_PATTERN
    return list(dict.fromkeys(names[match.group(1)] for match in pattern.finditer(text)))
