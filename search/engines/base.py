"""What every engine offers (the contract tested in tests/search/test_contract.py)."""

from home.visibility import PUBLIC


class Engine:
    name = "engine"

    def replace_group(self, translation_key, documents):
        """Make the documents of one translation group exactly `documents`."""
        raise NotImplementedError

    def delete_group(self, translation_key):
        raise NotImplementedError

    def rebuild(self, documents, language_codes, progress=None):
        """Replace every document of these locales; searches keep working meanwhile. Returns the count."""
        raise NotImplementedError

    def search(self, request):
        """An EngineResult for a searches.SearchRequest."""
        raise NotImplementedError

    def count(self, request):
        raise NotImplementedError

    def counts(self, requests):
        """The count of each request (an engine may answer them all at once)."""
        return [self.count(request) for request in requests]

    def suggest(self, text, language, audiences=(PUBLIC,), limit=8):
        """Suggestions (title, URL, type) whose title contains the typed words."""
        raise NotImplementedError

    def corrections(self, words, language, audiences=(PUBLIC,)):
        """{word: correction} for the typed words no visible document holds (search.spelling)."""
        return {}
