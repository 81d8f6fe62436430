"""The error type of the import: it always names the file, and the line when there is one."""


class ImportFileError(Exception):
    def __init__(self, path, problem, line=None):
        self.path = str(path)
        self.line = line
        self.problem = str(problem)
        super().__init__(self.location + ": " + self.problem)

    @property
    def location(self):
        return f"{self.path}:{self.line}" if self.line else self.path

    @property
    def errors(self):
        return [self]

    @staticmethod
    def many(errors):
        """One error for the file when there is one problem, else every problem of the file, in line order."""
        errors = [item for error in errors for item in error.errors]
        return errors[0] if len(errors) == 1 else ImportFileErrors(errors)


class ImportFileErrors(ImportFileError):
    """Several problems of one file, reported together so that the editor fixes them in one pass."""

    def __init__(self, errors):
        self._errors = sorted(errors, key=lambda error: error.line or 0)
        first = self._errors[0]
        problems = "\n".join(f"{error.location}: {error.problem}" for error in self._errors[1:])
        Exception.__init__(self, f"{first.location}: {first.problem}\n{problems}")
        self.path, self.line, self.problem = first.path, first.line, first.problem

    @property
    def errors(self):
        return list(self._errors)


class MissingTargetError(ImportFileError):
    """The site lacks the pages the records go under: a dry run still shows the records, without counts."""
