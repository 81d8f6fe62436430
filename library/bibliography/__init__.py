"""Bibliographic formats. Every format is read into and written from CSL-JSON items (mapping.py is the one
place that turns a CSL item into a ReferencePage and back)."""


class BibliographyError(Exception):
    """A problem in a bibliography file: names the line when known."""

    def __init__(self, problem, line=None):
        self.problem, self.line = problem, line
        super().__init__(f"line {line}: {problem}" if line else problem)
