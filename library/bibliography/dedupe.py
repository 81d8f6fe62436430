"""Duplicate detection: the same DOI, the same ISBN, or the same normalised title + year + first author."""

import hashlib
import re

from library.importing.fields import fold
from library.validators import isbn_digits


def _first_author(contributors):
    for person in contributors:  # (role, family, given, literal, …)
        return fold(person[1] or person[3])
    return ""


def identity_keys(values, contributors):
    """Every key a reference can be recognised by, strongest first."""
    keys = []
    if values.get("doi"):
        keys.append("doi:" + values["doi"].lower())
    if values.get("isbn"):
        keys.append("isbn:" + isbn_digits(values["isbn"]))
    title = re.sub(r"[^a-z0-9]+", " ", fold(values.get("title", ""))).strip()
    keys.append(f"work:{title}|{values.get('issued_year') or ''}|{_first_author(contributors)}")
    return keys


def source_key(values, contributors):
    """The stable key stored on the page; a work key is hashed to stay short."""

    key = identity_keys(values, contributors)[0]
    if key.startswith("work:"):
        key = "work:" + hashlib.sha1(key.encode()).hexdigest()[:20]
    return "reference:" + key[:230]
