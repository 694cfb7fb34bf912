"""Undo commands: small, and calling only the document's verbs (orange's document/commands.py).

A command that creates something remembers the id the verb gave; its undo deletes that element
and keeps the deletion's snapshot, so that redo restores the very same rows (same ids, so later
commands in the stack still find them). A delete keeps its snapshot the same way.

A verb that refuses (a `DocumentError`) makes its command obsolete, so that Qt drops it from
the stack, and leaves the error in `error` for the editor to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.model import Change, DocumentError, JourneyDocument, RowSnapshot

MERGEABLE_EDIT = 1000


class DocumentCommand(QUndoCommand):
    """A command whose failures are recorded instead of escaping into Qt."""

    error: DocumentError | None = None

    def redo(self) -> None:
        try:
            self.forward()
        except DocumentError as error:
            self.error = error
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self.backward()
        except DocumentError as error:
            self.error = error
            self.setObsolete(True)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class AddCommand(DocumentCommand):
    """Create an element; undo deletes it, redo brings back the same row.

    `siblings` (ids in `table`) are the elements the creation may shift: undo puts them back
    where they were, redo where the creation had put them.
    """

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        create: Callable[[], Change],
        delete: Callable[[str], Change],
        table: str = "",
        siblings: Sequence[str] = (),
    ) -> None:
        super().__init__(text)
        self._document, self._create, self._delete = document, create, delete
        self._table, self._siblings = table, list(siblings)
        self._snapshot: RowSnapshot | None = None
        self._before: dict[str, dict[str, Any]] = {}
        self._after: dict[str, dict[str, Any]] = {}
        self.created_id: str | None = None

    def forward(self) -> None:
        if self._snapshot is None:
            if self._siblings:
                self._before = self._document.places(self._table, self._siblings)
            self.created_id = self._create().first_added
        else:
            self._document.restore(self._snapshot)
            if self._after:
                self._document.restore_places(self._table, self._after)

    def backward(self) -> None:
        assert self.created_id is not None
        if self._siblings:
            self._after = self._document.places(self._table, self._siblings)
        self._snapshot = self._delete(self.created_id).snapshot
        if self._before:
            self._document.restore_places(self._table, self._before)


class DeleteCommand(DocumentCommand):
    """Delete elements; undo re-inserts the same rows with their evidence links."""

    def __init__(self, document: JourneyDocument, text: str, delete: Callable[[], Change]) -> None:
        super().__init__(text)
        self._document, self._delete = document, delete
        self._snapshot: RowSnapshot | None = None

    def forward(self) -> None:
        self._snapshot = self._delete().snapshot

    def backward(self) -> None:
        assert self._snapshot is not None
        self._document.restore(self._snapshot)


class EditCommand(DocumentCommand):
    """Set fields of one element; consecutive edits of the same fields merge (typing, nudges)."""

    def __init__(
        self,
        text: str,
        apply: Callable[[dict[str, Any]], Change],
        before: dict[str, Any],
        after: dict[str, Any],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._apply, self.before, self.after = apply, before, after
        self._merge_key = merge_key

    def id(self) -> int:
        return MERGEABLE_EDIT if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        self.after = other.after
        return True

    def forward(self) -> None:
        self._apply(self.after)

    def backward(self) -> None:
        self._apply(self.before)


class PlacesCommand(DocumentCommand):
    """Move or reorder elements; undo and redo put every watched element exactly in place."""

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        table: str,
        watched: list[str],
        move: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._document, self._table, self._watched, self._move = document, table, watched, move
        self._before: dict[str, dict[str, Any]] | None = None
        self._after: dict[str, dict[str, Any]] | None = None

    def forward(self) -> None:
        if self._after is None:
            self._before = self._document.places(self._table, self._watched)
            self._move()
        else:
            self._document.restore_places(self._table, self._after)

    def backward(self) -> None:
        assert self._before is not None
        self._after = self._document.places(self._table, self._watched)
        self._document.restore_places(self._table, self._before)


class AttachCommand(DocumentCommand):
    """Attach evidence to an element; undo detaches it, redo brings back the same link.

    `evidence` may be a callable, for evidence that an earlier command of the same macro
    creates (its id is known only once that command has run).
    """

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        evidence: str | Callable[[], str | None],
        target_kind: str,
        target_id: str,
    ) -> None:
        super().__init__(text)
        self._document, self._evidence = document, evidence
        self._target = (target_kind, target_id)
        self._snapshot: RowSnapshot | None = None

    def _evidence_id(self) -> str:
        evidence = self._evidence() if callable(self._evidence) else self._evidence
        assert evidence is not None
        return evidence

    def forward(self) -> None:
        if self._snapshot is None:
            self._document.attach_evidence(self._evidence_id(), *self._target)
        else:
            self._document.restore(self._snapshot)

    def backward(self) -> None:
        change = self._document.detach_evidence(self._evidence_id(), *self._target)
        self._snapshot = change.snapshot


class DetachCommand(DocumentCommand):
    """Detach evidence from one element (it stays in the library); undo re-attaches it."""

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        evidence_id: str,
        target_kind: str,
        target_id: str,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._args = (evidence_id, target_kind, target_id)
        self._snapshot: RowSnapshot | None = None

    def forward(self) -> None:
        self._snapshot = self._document.detach_evidence(*self._args).snapshot

    def backward(self) -> None:
        assert self._snapshot is not None
        self._document.restore(self._snapshot)


class AddEvidenceCommand(DocumentCommand):
    """Add several pieces of evidence at once (a folder of photos); one undo step."""

    def __init__(self, document: JourneyDocument, text: str, create: Callable[[], Change]) -> None:
        super().__init__(text)
        self._document, self._create = document, create
        self._snapshot: RowSnapshot | None = None
        self.created: list[str] = []

    def forward(self) -> None:
        if self._snapshot is None:
            change = self._create()
            self.created = [ref for table, ref in change.added if table == "evidence"]
        else:
            self._document.restore(self._snapshot)

    def backward(self) -> None:
        self._snapshot = self._document.delete_evidence_items(self.created).snapshot
