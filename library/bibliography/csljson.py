"""CSL-JSON, the format every other one goes through."""

import json

from django.utils.translation import gettext as _

from library.bibliography import BibliographyError


def parse(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BibliographyError(_("invalid CSL-JSON: %(msg)s") % {"msg": error.msg}, error.lineno) from error
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not item.get("title"):
            raise BibliographyError(_("CSL-JSON item %(n)s has no title.") % {"n": number})
    return items


def dump(items):
    return json.dumps(list(items), ensure_ascii=False, indent=2) + "\n"
