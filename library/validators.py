"""Validation and normalisation of bibliographic identifiers (DOI, ISBN, ISSN)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")


def normalise_doi(value):
    """Strips resolver prefixes: "https://doi.org/10.1000/x" and "doi:10.1000/x" become "10.1000/x"."""
    value = (value or "").strip()
    value = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", value, flags=re.IGNORECASE)
    return value


def validate_doi(value):
    if value and not DOI_RE.match(normalise_doi(value)):
        raise ValidationError(_("“%(value)s” is not a DOI: it should look like 10.1234/abcd."), params={"value": value})


def _isbn10_ok(digits):
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
    return total % 11 == 0


def _isbn13_ok(digits):
    total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
    return total % 10 == 0


def normalise_isbn(value):
    """Keeps the hyphens as written (they split the registration groups readers recognise); trims the spaces."""
    return re.sub(r"\s*-\s*", "-", " ".join((value or "").split())).upper()


def isbn_digits(value):
    """The ISBN without separators: what validation and duplicate detection compare."""
    return re.sub(r"[\s-]", "", (value or "")).upper()


def validate_isbn(value):
    if not value:
        return
    digits = isbn_digits(value)
    valid = (len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits) and _isbn10_ok(digits)) or (
        len(digits) == 13 and digits.isdigit() and _isbn13_ok(digits)
    )
    if not valid:
        raise ValidationError(
            _("“%(value)s” is not a valid ISBN: check the 10 or 13 digits and the final check digit."),
            params={"value": value},
        )


def validate_issn(value):
    if not value:
        return
    digits = re.sub(r"[\s-]", "", value).upper()
    ok = (
        re.fullmatch(r"\d{7}[\dX]", digits)
        and (sum((8 - i) * int(c) for i, c in enumerate(digits[:7])) + (10 if digits[7] == "X" else int(digits[7])))
        % 11
        == 0
    )
    if not ok:
        raise ValidationError(
            _("“%(value)s” is not a valid ISSN: it should look like 1234-5679 with a correct check digit."),
            params={"value": value},
        )


def normalise_pages(value):
    """ "45–67", "45--67" and "45 - 67" become "45-67": CSL's own form, which every style turns into its range."""
    return re.sub(r"\s*(?:-+|[–—])\s*", "-", (value or "").strip())
