"""Checks the cross-references of the demo's Python data before anything is written, so a mistake fails fast.

The note's file, the bibliography and the articles are checked by the importers themselves; what is left here
is the site's own scaffolding: the organisations' kinds and the themes the events are filed under.
"""

from library.demo import events, organisations, taxonomy


class DemoDataError(ValueError):
    """The demo data contradict themselves; the message names the object and the problem."""


def validate(theme_numbers):
    """`theme_numbers`: the numbers of the themes the note's file defines."""
    kinds = {row[0] for row in taxonomy.ORGANISATION_KINDS}
    problems = [f"organisation {key}: unknown kind {row[1]!r}"
                for key, row in organisations.ORGANISATIONS.items() if row[1] not in kinds]  # fmt: skip
    problems += [f"event {event['key']}: unknown theme {number!r}"
                 for event in events.EVENTS for number in event["themes"] if number not in theme_numbers]  # fmt: skip
    if problems:
        raise DemoDataError("; ".join(problems))
