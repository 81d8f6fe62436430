"""Checks the cross-references of the demo's Python data before anything is written, so a mistake fails fast.

The data files (the note, the directory of actors, the bibliography, the articles) are checked by the importers
themselves; what is left here is the site's own scaffolding: the themes the events are filed under.
"""

from library.demo import events


class DemoDataError(ValueError):
    """The demo data contradict themselves; the message names the object and the problem."""


def validate(theme_numbers):
    """`theme_numbers`: the numbers of the themes the note's file defines."""
    problems = [f"event {event['key']}: unknown theme {number!r}"
                 for event in events.EVENTS for number in event["themes"] if number not in theme_numbers]  # fmt: skip
    if problems:
        raise DemoDataError("; ".join(problems))
