"""Page-break residue of documents exported from paginated files: page numbers and running headers or footers.

Such lines are blanked, not removed, so that every line keeps its number for the error messages.
"""

import re
from collections import Counter

PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,3}\s*(?:(?:/|sur)\s*\d{1,3})?\s*[-–]?\s*$", re.IGNORECASE)
# Lines that carry structure in the dialects (headings, fields, lists, rules, footnotes) are never residue.
STRUCTURE = re.compile(r"^\s*(?:#|\*\*|[-•–*]\s|---|<sup>|\|)")
RUNNING_REPEATS = 3  # a short plain line met this often is a header or footer, not prose
RUNNING_LENGTH = 80


def _is_plain(line):
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= RUNNING_LENGTH and not STRUCTURE.match(stripped)


def strip_page_residue(text):
    """The text without form feeds, bare page numbers ("12", "Page 3", "3/12", "- 4 -") and running headers."""
    lines = text.replace("\f", "").split("\n")
    counts = Counter(line.strip() for line in lines if _is_plain(line))
    running = {line for line, count in counts.items() if count >= RUNNING_REPEATS}
    return "\n".join(
        "" if PAGE_NUMBER.match(line) or (_is_plain(line) and line.strip() in running) else line for line in lines
    )
