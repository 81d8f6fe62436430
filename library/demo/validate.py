"""Checks the demo data's cross-references before anything is written, so a mistake fails fast and clearly."""

from library.demo import articles, notes, organisations, references, taxonomy, themes
from library.demo.translations import INITIATIVE_TRANSLATIONS, KEYWORD_TRANSLATIONS

RECORD_FIELDS = {
    "number", "slug", "title", "summary", "context", "description", "website", "types", "territory", "countries",
    "region", "organisations", "launch", "status", "collected_on", "audiences", "keywords", "themes", "references",
}  # fmt: skip
ROLES = {"carrier", "partner", "funder"}
PRECISIONS = {"day", "month", "year", "unknown"}


class DemoDataError(ValueError):
    """The demo data modules contradict themselves; the message names the record and the problem."""


def validate(initiatives):
    problems = []
    slugs = lambda rows: {row[0] for row in rows}  # noqa: E731
    types, audiences, statuses = slugs(taxonomy.INITIATIVE_TYPES), slugs(taxonomy.AUDIENCES), slugs(taxonomy.STATUSES)
    kinds = slugs(taxonomy.ORGANISATION_KINDS)
    theme_numbers = {theme["number"] for theme in themes.THEMES}
    reference_keys = {ref["key"] for ref in references.REFERENCES}

    numbers = [record["number"] for record in initiatives]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problems.append(f"initiative numbers are not 1..{len(numbers)}: {sorted(numbers)}")
    for record in initiatives:
        where = f"initiative {record.get('number')}"
        missing = RECORD_FIELDS - record.keys()
        if missing:
            problems.append(f"{where}: missing fields {sorted(missing)}")
            continue
        problems += [f"{where}: unknown type {t!r}" for t in record["types"] if t not in types]
        problems += [f"{where}: unknown audience {a!r}" for a in record["audiences"] if a not in audiences]
        problems += [f"{where}: unknown theme {n!r}" for n in record["themes"] if n not in theme_numbers]
        problems += [f"{where}: unknown reference {r!r}" for r in record["references"] if r not in reference_keys]
        if record["status"] and record["status"] not in statuses:
            problems.append(f"{where}: unknown status {record['status']!r}")
        for key, role in record["organisations"]:
            if key not in organisations.ORGANISATIONS:
                problems.append(f"{where}: unknown organisation {key!r}")
            if role not in ROLES:
                problems.append(f"{where}: unknown role {role!r}")
        launch_date, precision, period = record["launch"]
        if precision not in PRECISIONS or (precision != "unknown") != (launch_date is not None):
            problems.append(f"{where}: launch date {launch_date!r} does not match precision {precision!r}")
        if period and precision != "year":
            problems.append(f"{where}: a part of the year ({period!r}) needs a year precision")
        if record["collected_on"] and record["collected_on"][1] not in PRECISIONS - {"unknown"}:
            problems.append(f"{where}: collection date {record['collected_on']!r} needs a day, month or year precision")

    for key, row in organisations.ORGANISATIONS.items():
        if row[1] not in kinds:
            problems.append(f"organisation {key}: unknown kind {row[1]!r}")
    for article in articles.ARTICLES:
        problems += [f"{article['key']}: unknown theme {n!r}" for n in article["themes"] if n not in theme_numbers]
    for _number, _text, key in notes.FOOTNOTES:
        if key not in reference_keys:
            problems.append(f"note footnote: unknown reference {key!r}")

    by_number = {record["number"]: record for record in initiatives}
    used_keywords = set()
    for number, languages in INITIATIVE_TRANSLATIONS.items():
        if number not in by_number:
            problems.append(f"translation of unknown initiative {number}")
            continue
        used_keywords.update(by_number[number]["keywords"])
        for language, texts in languages.items():
            for field in ("context", "description"):
                if len(texts.get(field, [])) != len(by_number[number][field]):
                    problems.append(f"initiative {number} ({language}): {field} paragraphs do not match the French")
    problems += [
        f"keyword {name!r} of a translated initiative has no translation"
        for name in sorted(used_keywords - KEYWORD_TRANSLATIONS.keys())
    ]
    if problems:
        raise DemoDataError("; ".join(problems))
