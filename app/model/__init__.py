"""The document: a journey map project in one SQLite file, and every edit made to it.

Pure Python (SQLAlchemy, Pillow): nothing here imports Qt, so the command line, the poster
writers and the tests use the same verbs as the editor.
"""

from .changes import Change, RowSnapshot
from .document import JourneyDocument
from .errors import (
    AlreadyOpenError,
    DocumentError,
    InvalidEditError,
    InvalidFileError,
    NewerVersionError,
    ReadOnlyDocumentError,
    SaveError,
    UnknownTemplateError,
)
from .workspace import RecoverableWork, recoverable_work

__all__ = [
    "AlreadyOpenError",
    "Change",
    "DocumentError",
    "InvalidEditError",
    "InvalidFileError",
    "JourneyDocument",
    "NewerVersionError",
    "ReadOnlyDocumentError",
    "RecoverableWork",
    "RowSnapshot",
    "SaveError",
    "UnknownTemplateError",
    "recoverable_work",
]
