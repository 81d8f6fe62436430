"""The one normal form of a visitor's query, shared by the search report and the promoted results."""

import re

from wagtail.search.utils import normalise_query_string

_NOT_WORDS = re.compile(r"[^\w'\"-]+")


def normalise(text):
    """The query as the report and the promotions compare it: lower case, one apostrophe, no punctuation."""
    text = normalise_query_string((text or "").replace("’", "'"))
    return " ".join(_NOT_WORDS.sub(" ", text).split())
