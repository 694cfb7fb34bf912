"""Errors a user can meet, each carrying one sentence written for that user.

The UI shows `str(error)` in a message box and the command line prints it; neither ever
shows a traceback for these.
"""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """Base of every error of the document layer that a user can meet."""


def shown_name(path: Path | str) -> str:
    """A file's name as one line (a hostile name could hold line breaks)."""
    name = Path(path).name
    return "".join(c if c.isprintable() else "?" for c in name)


class InvalidFileError(DocumentError):
    """The file is not a whole, valid Parcours document; it was not modified."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{shown_name(self.path)} cannot be opened: {problem}.")


class NewerVersionError(InvalidFileError):
    """The file was written by a newer Parcours whose format this one does not know."""

    def __init__(self, path: Path | str, version: int, known: int) -> None:
        self.version, self.known = version, known
        super().__init__(
            path,
            f"it was saved by a newer version of Parcours (file format {version}, "
            f"this version reads up to {known}); update Parcours to open it",
        )


class AlreadyOpenError(DocumentError):
    """Another Parcours window or process holds the file."""

    def __init__(self, path: Path | str, holder: str) -> None:
        self.path = Path(path)
        self.holder = holder
        super().__init__(f"{shown_name(self.path)} is already open in {holder}.")


class ReadOnlyDocumentError(DocumentError):
    """An edit or a Save was attempted on a document opened read-only."""

    def __init__(self, path: Path | str | None) -> None:
        self.path = Path(path) if path else None
        name = shown_name(path) if path else "This map"
        super().__init__(f"{name} is open read-only; use Save As to keep an editable copy.")


class SaveError(DocumentError):
    """Saving failed; the file on disk is still the previous whole version."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"{shown_name(self.path)} was not saved: {reason}. The file on disk is unchanged."
        )


class InvalidEditError(DocumentError):
    """A verb was called with a value out of range or an element that does not exist."""


class UnknownTemplateError(DocumentError):
    """No template has that name."""
