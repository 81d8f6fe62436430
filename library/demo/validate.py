"""Checks the demo data's cross-references before anything is written, so a mistake fails fast and clearly."""

import json

from library.demo import notes, organisations, taxonomy, themes
from library.demo.files import REFERENCES_FILE
from library.demo.translations import INITIATIVE_TRANSLATIONS, KEYWORD_TRANSLATIONS

RECORD_FIELDS = {
    "number", "slug", "title", "summary", "context", "description", "website", "types", "territory", "countries",
    "region", "organisations", "launch", "status", "collected_on", "audiences", "keywords", "themes", "references",
}  # fmt: skip
ROLES = {"carrier", "partner", "funder"}
PRECISIONS = {"day", "month", "year", "unknown"}


class DemoDataError(ValueError):
    """The demo data modules contradict themselves; the message names the record and the problem."""


def _slugs(rows):
    return {row[0] for row in rows}


def validate(initiatives):
    problems = _numbering_problems(initiatives)
    known = {
        "types": _slugs(taxonomy.INITIATIVE_TYPES),
        "audiences": _slugs(taxonomy.AUDIENCES),
        "statuses": _slugs(taxonomy.STATUSES),
        "themes": {theme["number"] for theme in themes.THEMES},
        "references": {item["id"] for item in json.loads(REFERENCES_FILE.read_text(encoding="utf-8"))},
    }
    for record in initiatives:
        problems += _record_problems(record, known)
    problems += _other_problems(known)
    problems += _translation_problems({record["number"]: record for record in initiatives})
    if problems:
        raise DemoDataError("; ".join(problems))


def _numbering_problems(initiatives):
    numbers = sorted(record["number"] for record in initiatives)
    return (
        []
        if numbers == list(range(1, len(numbers) + 1))
        else [f"initiative numbers are not 1..{len(numbers)}: {numbers}"]
    )


def _record_problems(record, known):
    where = f"initiative {record.get('number')}"
    missing = RECORD_FIELDS - record.keys()
    if missing:
        return [f"{where}: missing fields {sorted(missing)}"]
    problems = [f"{where}: unknown type {t!r}" for t in record["types"] if t not in known["types"]]
    problems += [f"{where}: unknown audience {a!r}" for a in record["audiences"] if a not in known["audiences"]]
    problems += [f"{where}: unknown theme {n!r}" for n in record["themes"] if n not in known["themes"]]
    problems += [f"{where}: unknown reference {r!r}" for r in record["references"] if r not in known["references"]]
    if record["status"] and record["status"] not in known["statuses"]:
        problems.append(f"{where}: unknown status {record['status']!r}")
    for key, role in record["organisations"]:
        if key not in organisations.ORGANISATIONS:
            problems.append(f"{where}: unknown organisation {key!r}")
        if role not in ROLES:
            problems.append(f"{where}: unknown role {role!r}")
    return problems + _date_problems(where, record)


def _date_problems(where, record):
    problems = []
    launch_date, precision, period = record["launch"]
    if precision not in PRECISIONS or (precision != "unknown") != (launch_date is not None):
        problems.append(f"{where}: launch date {launch_date!r} does not match precision {precision!r}")
    if period and precision != "year":
        problems.append(f"{where}: a part of the year ({period!r}) needs a year precision")
    if record["collected_on"] and record["collected_on"][1] not in PRECISIONS - {"unknown"}:
        problems.append(f"{where}: collection date {record['collected_on']!r} needs a day, month or year precision")
    return problems


def _other_problems(known):
    kinds = _slugs(taxonomy.ORGANISATION_KINDS)
    problems = [f"organisation {key}: unknown kind {row[1]!r}"
                for key, row in organisations.ORGANISATIONS.items() if row[1] not in kinds]  # fmt: skip
    problems += [f"note footnote: unknown reference {key!r}"
                 for _number, _text, key in notes.FOOTNOTES if key not in known["references"]]  # fmt: skip
    return problems


def _translation_problems(by_number):
    problems, used_keywords = [], set()
    for number, languages in INITIATIVE_TRANSLATIONS.items():
        if number not in by_number:
            problems.append(f"translation of unknown initiative {number}")
            continue
        used_keywords.update(by_number[number]["keywords"])
        for language, texts in languages.items():
            for field in ("context", "description"):
                if len(texts.get(field, [])) != len(by_number[number][field]):
                    problems.append(f"initiative {number} ({language}): {field} paragraphs do not match the French")
    return problems + [
        f"keyword {name!r} of a translated initiative has no translation"
        for name in sorted(used_keywords - KEYWORD_TRANSLATIONS.keys())
    ]
