"""The directory of actors: a spreadsheet saved as CSV, one organisation per row (`import_documents FILE.csv`).

Columns, in any order, by their French or English header (a column the import does not know is an error):
Nom (required), Type, Pays, Ville, Site web, Description, Autres noms (separated by " | "), Adresse de la page.
The delimiter (comma, semicolon or tab) is detected. An organisation is found by its source key, its title or one
of its other names, as the notes' actors are found, so the directory and the notes name the same pages. The kind
is an organisation kind found by its label; a missing one is created.
"""

import csv
import io

from django.utils.translation import gettext as _

from initiatives.models import OrganisationKind, OrganisationPage
from library.importing.errors import ImportFileError
from library.importing.fields import countries_in, first_url, normalise_label
from library.importing.markup import rich_text
from library.importing.records import Record
from library.importing.terms import OrganisationStore, TermStore, organisation_key

COLUMNS = {
    "nom": "name", "name": "name",
    "type": "kind", "type d'acteur": "kind", "kind": "kind",
    "pays": "country", "country": "country",
    "ville": "town", "town": "town",
    "site web": "website", "site internet": "website", "website": "website",
    "description": "description",
    "autres noms": "other_names", "other names": "other_names",
    "adresse de la page": "slug", "slug": "slug",
}  # fmt: skip
OTHER_NAMES_SEPARATOR = "|"


def looks_like_directory(path):
    return str(path).lower().endswith(".csv")


def _columns(path, header):
    columns = [COLUMNS.get(normalise_label(label)) for label in header]
    message = _("unknown column “%(label)s”: the known columns are Nom, Type, Pays, Ville, Site web, Description, "
                "Autres noms, Adresse de la page.")  # fmt: skip
    problems = [ImportFileError(path, message % {"label": label}, 1)
                for label, column in zip(header, columns, strict=True) if column is None]  # fmt: skip
    if "name" not in columns:
        problems.append(ImportFileError(path, _("the directory has no “Nom” column."), 1))
    if problems:
        raise ImportFileError.many(problems)
    return columns


def _fields(path, line, row):
    country = row.get("country", "")
    code = country.upper() if len(country) == 2 else next(iter(countries_in(country)), None)
    if country and not code:
        message = _("“%(value)s” is not a country name this import knows (write it in French, e.g. “Maroc”).")
        raise ImportFileError(path, message % {"value": country}, line)
    website = first_url(row["website"]) if row.get("website") else ""
    if row.get("website") and not website:
        raise ImportFileError(path, _("no web address found in “%(value)s”.") % {"value": row["website"]}, line)
    if not row.get("name"):
        raise ImportFileError(path, _("the row has no name."), line)
    others = [name.strip() for name in row.get("other_names", "").split(OTHER_NAMES_SEPARATOR) if name.strip()]
    return {**row, "country": code or "", "website": website, "other_names": others}


def parse_directory(path, text):
    """The rows as organisation records; every problem of the file at once."""
    header = text.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:  # a single column: no delimiter to find
        delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    columns = _columns(path, next(reader))
    records, problems = [], []
    for line, cells in enumerate(reader, start=2):
        row = {column: cell.strip() for column, cell in zip(columns, cells, strict=False)}
        if not any(row.values()):
            continue
        try:
            fields = _fields(path, line, row)
        except ImportFileError as error:
            problems.append(error)
            continue
        records.append(Record(kind="organisation", key=organisation_key(row["name"]), title=row["name"][:255],
                              source_file=str(path), line=line, fields=fields))  # fmt: skip
    if problems:
        raise ImportFileError.many(problems)
    return records


def write_organisations(writer, records, index):
    """Writes the records through the importers' one path (`writer.upsert`), under the directory `index`."""
    kinds = TermStore(OrganisationKind, writer.locale, writer.counts, "organisation_kind")
    kinds.need({record.fields["kind"] for record in records if record.fields.get("kind")})
    store = OrganisationStore(writer.locale, writer.counts, index, writer.unique_slug)
    store.prefetch({record.title for record in records})
    for record in records:
        fields = record.fields
        page = store.by_key.get(record.key)
        values = {
            "title": record.title,
            "summary": fields.get("description", ""),
            "kind": kinds.get(fields["kind"]) if fields.get("kind") else None,
            "country": fields["country"],
            "town": fields.get("town", "")[:120],
            "website": fields["website"],
            "description": rich_text(fields.get("description", "")),
            "other_names": "\n".join(fields["other_names"]),
        }
        if page is None and fields.get("slug"):
            values["slug"] = writer.unique_slug(index, record.title, fields["slug"])
        writer.upsert(record, page, OrganisationPage, index, values)
