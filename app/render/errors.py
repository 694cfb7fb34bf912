"""The one error an export can raise at a user: a sentence saying what to change."""

from __future__ import annotations

from app.model.errors import DocumentError


class ExportError(DocumentError):
    """The poster could not be written as asked; nothing was left on disk."""
