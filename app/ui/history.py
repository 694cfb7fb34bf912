"""The editor's undo stack: a mirror of the document's history, not a second history.

Undo lives in the document (its journal): an edit from the canvas, a script or an import is one
step there. `HistoryMirror` keeps a `QUndoStack` in step with it, so that Qt's Undo and Redo
actions, their labels and the history panel (`QUndoView`) work as usual: each document step
becomes one `StepCommand` whose undo and redo ask the document to move. When the document
moves by itself (a script calling `document.undo()`), the mirror moves the stack without
asking the document again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model import Change, DocumentError, JourneyDocument
from app.model.journal import UNDO_LIMIT

from .messages import step_text, user_message


class StepCommand(QUndoCommand):
    """One step of the document's history, as the undo stack shows it."""

    def __init__(self, mirror: HistoryMirror, step: int, text: str) -> None:
        super().__init__(text)
        self.step = step
        self._mirror = mirror
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the document did the step already; pushing only records it
            self._pushed = True
            return
        self._mirror.move(self, redo=True)

    def undo(self) -> None:
        self._mirror.move(self, redo=False)


class HistoryMirror(QObject):
    """Keeps `stack` equal to the document's history, whoever moves it."""

    failed = Signal(str)  # a sentence for the user (the history could not move)

    def __init__(self, document: JourneyDocument, stack: QUndoStack) -> None:
        super().__init__(stack)
        self.document = document
        self.stack = stack
        self._following = False  # the stack moves because the document already did
        self._moving = False  # the document moves because the stack asked
        stack.setUndoLimit(UNDO_LIMIT)
        self._load()
        document.subscribe(self._changed)

    def close(self) -> None:
        self.document.unsubscribe(self._changed)

    def _load(self) -> None:
        """The steps a recovered document brings (undone ones stay redoable)."""
        self._following = True
        try:
            steps = self.document.history()
            for step in steps:
                self.stack.push(StepCommand(self, step.id, step_text(step.label)))
            for step in reversed(steps):
                if step.undone:
                    self.stack.undo()
        finally:
            self._following = False
        self.mark_saved_state()

    def mark_saved_state(self) -> None:
        """The stack is clean when the map is what its file holds (the document knows: undoing
        back to the saved step makes it clean again)."""
        if self.document.modified:
            self.stack.resetClean()
        else:
            self.stack.setClean()

    def _changed(self, change: Change) -> None:
        if self._moving:
            return
        self._following = True
        try:
            if change.origin == "undo":
                self.stack.undo()
            elif change.origin == "redo":
                self.stack.redo()
            else:
                self._push(change)
        finally:
            self._following = False

    def _push(self, change: Change) -> None:
        text = step_text(change.label) if change.label else ""
        head = self.stack.command(self.stack.index() - 1) if self.stack.index() else None
        if isinstance(head, StepCommand) and head.step == change.step:
            head.setText(text)  # typing merged into the step the stack already shows
            self.stack.indexChanged.emit(self.stack.index())
            return
        self.stack.push(StepCommand(self, change.step, text))

    def move(self, command: StepCommand, redo: bool) -> None:
        """The stack asks: undo or redo one step in the document."""
        if self._following:
            return
        move: Callable[[], Change | None] = self.document.redo if redo else self.document.undo
        self._moving = True
        try:
            move()
        except DocumentError as error:
            self.failed.emit(user_message(error))
        finally:
            self._moving = False
        if not self.document.can_undo and not self.document.can_redo:
            QTimer.singleShot(0, self.stack.clear)  # the history was cleared: it no longer
            # matched the map (not from inside the stack's own undo)
