"""Import of the legacy documents (collection and article dialects) into pages.

reader (bytes -> text) -> collection / article (text -> records) -> writer (records -> pages, one transaction).
"""
