from library.models.notes import LibraryIndexPage, NoteKeyword, ThematicNotePage
from library.models.references import (
    ContributorRole,
    ReferenceContributor,
    ReferenceKeyword,
    ReferencePage,
    ReferenceType,
)

__all__ = [
    "ContributorRole",
    "LibraryIndexPage",
    "NoteKeyword",
    "ReferenceContributor",
    "ReferenceKeyword",
    "ReferencePage",
    "ReferenceType",
    "ThematicNotePage",
]
