"""`MapEditor`: one open document in a tab: its canvas, its undo stack and its steps.

Every intent from the canvas, the palette, the inspector or the keyboard becomes one document
step (`apply`, `edit`); the document records it, and its change record reaches the canvas and
the panels, which update from it. The undo stack only mirrors the document's history
(history.py). What the user can ask of the grid lives in edits.py and keys.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.model import Change, DocumentError, JourneyDocument
from app.model.steps import StepLabel

from .canvas.cell_hints import CellHints
from .canvas.comment_markers import CommentMarkers
from .canvas.gestures import EDITING_GESTURES
from .canvas.inline_editor import InlineTextEditor
from .canvas.scene import JourneyScene
from .canvas.view import JourneyView
from .context_menus import CanvasMenus
from .edits import CARD_PRESETS, PALETTE_ENTRIES, MapEdits, cell_hint
from .hints import hover_hint, selection_hint
from .history import HistoryMirror
from .keys import CanvasKeys
from .messages import user_message

T = TypeVar("T")
__all__ = ["CARD_PRESETS", "PALETTE_ENTRIES", "MapEditor"]


class MapEditor(MapEdits, CanvasKeys, CanvasMenus, QWidget):
    """The editing surface of one document; the main window hosts several in tabs."""

    selection_changed = Signal()
    message = Signal(str)  # a sentence for the status bar
    hint = Signal(str)  # what the mouse is over or what is selected, for the status bar
    evidence_requested = Signal(str)  # "photo", "quote", "link" or "edit:<id>", from a menu
    comment_requested = Signal(str, str)  # canvas kind, id: "Comment…" from a menu
    failed = Signal(str)  # a document error to show in a message box
    merged = Signal(str)  # what a merge brought, in words, for the notice above the canvas
    journey_changed = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.history = HistoryMirror(document, self.undo_stack)
        self.history.failed.connect(self.failed)
        self.journey_id = document.journeys()[0].id
        self.scene = JourneyScene(document, self.journey_id, self)
        if not document.read_only:
            self.scene.install(EDITING_GESTURES)
        self.view = JourneyView(self.scene, self)
        self.view.drops.read_only = document.read_only
        self.cell_hints = None if document.read_only else CellHints(self.scene, cell_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._closed = False
        self._editing: InlineTextEditor | None = None  # keeps its Python overrides alive
        self._editing_ref = ("", "")
        self.scene.load(self.journey_id)
        document.subscribe(self._document_changed)
        self.comment_markers = CommentMarkers(self.scene, document, self.comment_requested.emit)
        self.scene.selectionChanged.connect(self.selection_changed)
        self.scene.cards_dropped.connect(self.move_cards)
        self.scene.stage_dropped.connect(self.move_stage)
        self.scene.lane_dropped.connect(self.move_lane)
        self.scene.stage_resized.connect(lambda ref, w: self.edit("stage", ref, width=w))
        self.scene.lane_resized.connect(lambda ref, h: self.edit("lane", ref, height=h))
        self.scene.emotion_point_dropped.connect(self.move_emotion_point)
        self.scene.text_edit_requested.connect(self.edit_in_place)
        self.scene.connection_requested.connect(self.connect_cards)
        self.view.palette_dropped.connect(self.drop_from_palette)
        self.view.key_pressed.connect(self.key_pressed)
        QTimer.singleShot(0, self.scene.checks.check_all)  # pictures checked after first paint
        self.view.tab_handler = self.step_card
        self.view.pressed_at.connect(self.scene.note_press)
        self.view.cell_double_clicked.connect(self.create_at)
        self.view.context_requested.connect(self.show_context_menu)
        self.view.hovered.connect(self._hovered)
        self.view.drag_hint.connect(self.hint)
        self.view.drop_refused.connect(self.message)
        self.scene.selectionChanged.connect(self._selection_moved)

    def _selection_moved(self) -> None:
        if not self._closed and shiboken6.isValid(self.scene):  # not while the tab goes away
            self.hint.emit(selection_hint(self))

    def _hovered(self, at: QPointF) -> None:
        if self.cell_hints is not None:
            self.cell_hints.hover(at)
        self.hint.emit(hover_hint(self, at) or selection_hint(self))

    def selection_hint(self) -> str:
        return selection_hint(self)

    # -- following the document ------------------------------------------------------------

    def _document_changed(self, change: Change) -> None:
        """The canvas follows each step at once, from its change record alone."""
        if self._closed:
            return
        if ("journey", self.journey_id) in change.removed:
            journeys = self.document.journeys()
            if journeys:
                self.set_journey(journeys[0].id)
            return
        selected = self.scene.selected_refs()
        self.scene.apply(change)
        if self._editing is not None and self.row(*self._editing_ref) is None:
            self._editing.close(commit=False)  # its element is gone (an undo, a script)
        if selected != self.scene.selected_refs():
            self.scene.select_refs(selected)
        self.hint.emit(selection_hint(self))  # a renamed selection says its new name

    def set_journey(self, journey_id: str) -> None:
        if journey_id == self.journey_id and self.scene.poster is not None:
            return
        self.journey_id = journey_id
        self.scene.clearSelection()
        self.scene.load(journey_id)
        self.view.fit()
        self.journey_changed.emit(journey_id)

    def close_document(self) -> None:
        self._closed = True
        self.history.close()
        self.document.unsubscribe(self._document_changed)
        self.comment_markers.close()
        self.scene.checks.close()
        self.document.close()

    # -- steps -----------------------------------------------------------------------------

    def apply(
        self, label: StepLabel | None, action: Callable[[], T], merge: str | None = None
    ) -> T | None:
        """Run `action` (verbs) as one step of the document; if the document refuses, say why
        and keep nothing."""
        try:
            with self.document.step(label, merge):
                return action()
        except DocumentError as error:
            self.failed.emit(user_message(error))
            return None

    def edit(self, kind: str, ref: str, /, merge: bool = False, **values: Any) -> None:
        """Set fields of one element as one step (typing in one field merges into one)."""
        row = self.row(kind, ref)
        if row is None or all(getattr(row, name) == value for name, value in values.items()):
            return
        key = f"{kind}:{ref}:{','.join(sorted(values))}" if merge else None
        self.apply(None, lambda: self._set_fields(kind, ref, row, values), key)

    def _set_fields(self, kind: str, ref: str, row: Any, values: dict[str, Any]) -> None:
        d = self.document
        if kind == "emotion-point":
            values = dict(values)
            if "value" in values:
                d.set_emotion_value(ref, values.pop("value"))
            if "stage_id" in values or "offset" in values:
                stage = values.pop("stage_id", row.stage_id)
                d.move_emotion_point(ref, stage, values.pop("offset", row.offset))
            if values:
                d.update_emotion_point(ref, **values)
            return
        update: dict[str, Callable[..., Change]] = {
            "card": d.update_card,
            "stage": d.update_stage,
            "lane": d.update_lane,
            "journey": d.update_journey,
            "metric": d.update_metric,
            "persona": d.update_persona,
            "project": lambda _ref, **fields: d.update_project(**fields),
        }
        update[kind](ref, **values)

    def row(self, kind: str, ref: str) -> Any:
        """The element as it is now (a read model), or None if it no longer exists."""
        d = self.document
        read: dict[str, Callable[[str], Any]] = {
            "card": d.card,
            "stage": d.stage,
            "lane": d.lane,
            "emotion-point": d.emotion_point,
            "journey": d.journey,
            "metric": d.metric,
            "persona": d.persona,
            "connection": d.connection,
            "project": lambda _ref: d.project(),
        }
        return read[kind](ref) if kind in read else None

    def selected(self, kind: str | None = None) -> list[str]:
        """Ids of the selected elements (of one kind) that still exist."""
        return [
            ref
            for k, ref in self.scene.selected_refs()
            if (kind is None or k == kind) and self.row(k, ref) is not None
        ]

    def reveal(self, kind: str, ref: str) -> None:
        """Show an element on the canvas (in its journey), selected and in view."""
        row = self.row(kind, ref)
        lane = (
            self.document.lane(row.lane_id) if row is not None and hasattr(row, "lane_id") else None
        )
        if lane is not None and lane.journey_id != self.journey_id:
            self.set_journey(lane.journey_id)
        self.scene.select_refs([(kind, ref)])
        item = self.scene.item_for(kind, ref)
        if item is not None:
            self.view.centerOn(item)

    # -- typing over an element ------------------------------------------------------------

    def edit_in_place(self, kind: str, ref: str) -> None:
        """Double-click, F2 or Enter: type the title (or a point's label) over the element."""
        if self._editing is not None:  # one title at a time: the one being typed is kept
            self._editing.close(commit=True)
        field = {"emotion-point": "label", "metric": "name"}.get(kind, "title")
        row = self.row(kind, ref)
        item = self.scene.item_for(kind, ref)
        if row is None or item is None or self.document.read_only or not hasattr(row, field):
            return
        rect = item.layout_rect()
        if kind == "lane":
            rect = QRectF(rect.x() + 8, rect.y() + 30, self.scene.theme.lane_header - 12, 40)
        elif kind == "emotion-point":
            rect = QRectF(rect.x() - 60, rect.y() + 14, 130, 30)
        elif kind == "stage":
            rect = QRectF(rect.x() + 28, rect.y() + 10, rect.width() - 28, 40)
        editor = InlineTextEditor(
            getattr(row, field),
            rect,
            self.scene.theme.card_title,
            lambda text: self._set_text(kind, ref, field, text),
            self._inline_closed,
        )
        self._editing, self._editing_ref = editor, (kind, ref)
        self.scene.addItem(editor)
        self.view.setFocus()
        editor.setFocus()
        self.view.show_rect(editor.sceneBoundingRect())

    def _set_text(self, kind: str, ref: str, field: str, text: str) -> None:
        self.edit(kind, ref, False, **{field: text})

    def _inline_closed(self) -> None:
        self._editing = None
        self.view.setFocus()
