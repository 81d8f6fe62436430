"""The one error type of the import: it always names the file, and the line when there is one."""


class ImportFileError(Exception):
    def __init__(self, path, problem, line=None):
        self.path = str(path)
        self.line = line
        self.problem = str(problem)
        super().__init__(self.location + ": " + self.problem)

    @property
    def location(self):
        return f"{self.path}:{self.line}" if self.line else self.path


class MissingTargetError(ImportFileError):
    """The site lacks the pages the records go under: a dry run still shows the records, without counts."""
