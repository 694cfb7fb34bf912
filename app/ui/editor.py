"""`MapEditor`: one open document in a tab, with its undo stack, its canvas and its gestures.

Every intent from the canvas, the palette, the inspector or the keyboard becomes one undo
command calling the document's verbs; the canvas follows the document through its changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.model import Change, JourneyDocument

from . import clipboard
from .canvas.inline_editor import InlineTextEditor
from .canvas.items import CardItem
from .canvas.scene import JourneyScene
from .canvas.view import JourneyView
from .commands import AddCommand, DeleteCommand, DocumentCommand, EditCommand, PlacesCommand
from .messages import user_message

PALETTE_ENTRIES = (
    "stage",
    "lane:touchpoints",
    "lane:text",
    "lane:emotion",
    "lane:pains_gains",
    "lane:opportunities",
    "lane:images",
    "lane:metrics",
    "touchpoint",
    "card",
    "pain",
    "gain",
    "opportunity",
    "emotion_point",
)
CARD_PRESETS: dict[str, dict[str, Any]] = {
    "card": {},
    "touchpoint": {"channel": "web"},
    "pain": {"sentiment": "pain"},
    "gain": {"sentiment": "gain"},
    "opportunity": {"impact": 3, "effort": 3, "status": "idea"},
}


class MapEditor(QWidget):
    """The editing surface of one document; the main window hosts several in tabs."""

    selection_changed = Signal()
    message = Signal(str)  # a sentence for the status bar
    failed = Signal(str)  # a document error to show in a message box
    journey_changed = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.journey_id = document.journeys()[0].id
        self.scene = JourneyScene(document, self.journey_id, self)
        self.view = JourneyView(self.scene, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._refresh_pending = False
        self._closed = False
        self._editing: InlineTextEditor | None = None  # keeps its Python overrides alive
        self.scene.refresh()
        document.subscribe(self._document_changed)
        self.scene.selectionChanged.connect(self.selection_changed)
        self.scene.cards_dropped.connect(self.move_cards)
        self.scene.stage_dropped.connect(self.move_stage)
        self.scene.lane_dropped.connect(self.move_lane)
        self.scene.stage_resized.connect(lambda ref, w: self.edit("stage", ref, width=w))
        self.scene.lane_resized.connect(lambda ref, h: self.edit("lane", ref, height=h))
        self.scene.emotion_point_dropped.connect(self.move_emotion_point)
        self.scene.text_edit_requested.connect(self.edit_in_place)
        self.view.palette_dropped.connect(self.drop_from_palette)
        self.view.key_pressed.connect(self._key_pressed)
        QTimer.singleShot(0, self.scene.pictures.check_all)  # after the first paint

    # -- following the document ------------------------------------------------------------

    def _document_changed(self, change: Change) -> None:
        """Coalesce the changes of one command (or macro) into one new layout."""
        if change.removed and ("journey", self.journey_id) in change.removed:
            self.journey_id = self.document.journeys()[0].id if self.document.journeys() else ""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._refresh_pending = False
        if self._closed:
            return
        if self.document.journey(self.journey_id) is None:
            journeys = self.document.journeys()
            if not journeys:
                return
            self.set_journey(journeys[0].id)
            return
        selected = self.scene.selected_refs()
        self.scene.refresh()
        self.scene.select_refs(selected)

    def set_journey(self, journey_id: str) -> None:
        if journey_id == self.journey_id and self.scene.poster is not None:
            return
        self.journey_id = journey_id
        self.scene.journey_id = journey_id
        self.scene.clearSelection()
        self.scene.refresh()
        self.view.fit()
        self.journey_changed.emit(journey_id)

    def close_document(self) -> None:
        self._closed = True
        self.document.unsubscribe(self._document_changed)
        self.scene.pictures.close()
        self.document.close()

    # -- running commands ------------------------------------------------------------------

    def push(self, command: DocumentCommand) -> bool:
        """Run a command; if the document refuses it, say why and record nothing."""
        self.undo_stack.push(command)
        if command.error is not None:
            self.failed.emit(user_message(command.error))
            return False
        return True

    def run(self, text: str, commands: list[DocumentCommand]) -> None:
        """Several commands as one undo step (a macro)."""
        if len(commands) == 1:
            commands[0].setText(text)
            self.push(commands[0])
            return
        self.undo_stack.beginMacro(text)
        for command in commands:
            self.undo_stack.push(command)
        self.undo_stack.endMacro()
        errors = [c.error for c in commands if c.error is not None]
        if errors:
            self.failed.emit(user_message(errors[0]))

    def edit(self, kind: str, ref: str, merge: bool = False, **values: Any) -> None:
        """Set fields of one element as one undo step (typing in a field merges)."""
        update = self._updater(kind, ref)
        before = {name: getattr(self.row(kind, ref), name) for name in values}
        if before == values:
            return
        key = f"{kind}:{ref}:{','.join(sorted(values))}" if merge else None
        self.push(EditCommand(self.tr("Edit %s") % _kind_label(kind), update, before, values, key))

    def row(self, kind: str, ref: str) -> Any:
        from app.model import schema

        entity = {
            "card": schema.Card,
            "stage": schema.Stage,
            "lane": schema.Lane,
            "emotion-point": schema.EmotionPoint,
            "journey": schema.Journey,
            "metric": schema.Metric,
            "persona": schema.Persona,
        }[kind]
        return self.document.session.get(entity, ref)

    def _updater(self, kind: str, ref: str) -> Callable[[dict[str, Any]], Change]:
        d = self.document
        if kind == "emotion-point":

            def update_point(values: dict[str, Any]) -> Change:
                values = dict(values)
                if "value" in values:
                    d.set_emotion_value(ref, values.pop("value"))
                if "stage_id" in values or "offset" in values:
                    point = self.row(kind, ref)
                    d.move_emotion_point(
                        ref,
                        values.pop("stage_id", point.stage_id),
                        values.pop("offset", point.offset),
                    )
                return d.update_emotion_point(ref, **values)

            return update_point
        verb = {
            "card": d.update_card,
            "stage": d.update_stage,
            "lane": d.update_lane,
            "journey": d.update_journey,
            "metric": d.update_metric,
            "persona": d.update_persona,
        }[kind]
        return lambda values: verb(ref, **values)

    # -- gestures from the canvas ----------------------------------------------------------

    def move_cards(self, ids: list[str], lane_id: str, stage_id: str, index: int) -> None:
        watched = set(ids)
        for card_id in ids:
            card = self.row("card", card_id)
            watched.update(c.id for c in self.document.cell(card.lane_id, card.stage_id))
        watched.update(c.id for c in self.document.cell(lane_id, stage_id))

        def move() -> None:
            for offset, card_id in enumerate(ids):
                self.document.move_card(card_id, lane_id, stage_id, index + offset)

        text = self.tr("Move card") if len(ids) == 1 else self.tr("Move %n cards", "", len(ids))
        self.push(PlacesCommand(self.document, text, "card", sorted(watched), move))

    def move_stage(self, stage_id: str, position: int) -> None:
        order = [s.id for s in self.document.stages(self.journey_id)]
        if order.index(stage_id) == position:
            return
        move = lambda: self.document.move_stage(stage_id, position)  # noqa: E731
        self.push(PlacesCommand(self.document, self.tr("Move stage"), "stage", order, move))

    def move_lane(self, lane_id: str, position: int) -> None:
        order = [lane.id for lane in self.document.lanes(self.journey_id)]
        visible = [lane.id for lane in self.document.lanes(self.journey_id) if not lane.hidden]
        target = order.index(visible[min(position, len(visible) - 1)])
        if order.index(lane_id) == target:
            return
        move = lambda: self.document.move_lane(lane_id, target)  # noqa: E731
        self.push(PlacesCommand(self.document, self.tr("Move lane"), "lane", order, move))

    def move_emotion_point(self, point_id: str, stage_id: str, offset: float, value: float) -> None:
        self.edit("emotion-point", point_id, stage_id=stage_id, offset=offset, value=value)

    def edit_in_place(self, kind: str, ref: str) -> None:
        """Double-click: type the title (or a point's label) over the element itself."""
        field = "label" if kind == "emotion-point" else "title"
        row = self.row(kind, ref)
        item = self.scene.item_for(kind, ref)
        if row is None or item is None:
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
            lambda text: self.edit(kind, ref, **{field: text}),
            self._inline_closed,
        )
        self._editing = editor
        self.scene.addItem(editor)
        editor.setFocus()

    def _inline_closed(self) -> None:
        self._editing = None
        self.view.setFocus()

    # -- palette drops ---------------------------------------------------------------------

    def drop_from_palette(self, entry: str, at: QPointF) -> None:
        """Create what the palette entry names where it was dropped."""
        d, journey = self.document, self.journey_id
        if entry == "stage":
            position = self.scene.stage_gap_at(at.x())
            title = self.tr("New stage")
            create = lambda: d.add_stage(journey, title, position)  # noqa: E731
            stages = [s.id for s in d.stages(journey)]
            self.push(AddCommand(d, self.tr("Add stage"), create, d.delete_stage, "stage", stages))
        elif entry.startswith("lane:"):
            kind = entry.split(":", 1)[1]
            position = self.scene.lane_gap_at(at.y())
            title = _lane_title(kind)
            create = lambda: d.add_lane(journey, kind, title, position)  # noqa: E731
            lanes = [lane.id for lane in d.lanes(journey)]
            self.push(AddCommand(d, self.tr("Add lane"), create, d.delete_lane, "lane", lanes))
        elif entry == "emotion_point":
            self._drop_emotion_point(at)
        elif entry in CARD_PRESETS:
            self._drop_card(entry, at)

    def add_from_menu(self, entry: str) -> None:
        """The keyboard way to add an element: next to the selection, else at the end."""
        d, journey = self.document, self.journey_id
        stages = d.stages(journey)
        lanes = [lane for lane in d.lanes(journey) if not lane.hidden]
        selected = [self.row("card", ref) for ref in self.selected("card")]
        stage_id = selected[-1].stage_id if selected else (stages[0].id if stages else None)
        if entry == "stage":
            title = self.tr("New stage")
            create = lambda: d.add_stage(journey, title)  # noqa: E731
            self.push(AddCommand(d, self.tr("Add stage"), create, d.delete_stage))
            return
        if entry.startswith("lane:"):
            kind = entry.split(":", 1)[1]
            title = _lane_title(kind)
            create = lambda: d.add_lane(journey, kind, title)  # noqa: E731
            self.push(AddCommand(d, self.tr("Add lane"), create, d.delete_lane))
            return
        if stage_id is None:
            self.message.emit(self.tr("Add a stage first."))
            return
        if entry == "emotion_point":
            lane = next((lane for lane in lanes if lane.kind == "emotion"), None)
            if lane is None:
                self.message.emit(self.tr("Add an emotion lane first."))
                return
            create = lambda: d.add_emotion_point(lane.id, stage_id, 0.0)  # noqa: E731
            delete = lambda ref: d.delete_emotion_points([ref])  # noqa: E731
            self.push(AddCommand(d, self.tr("Add emotion point"), create, delete))
            return
        wanted = {"touchpoint": "touchpoints", "pain": "pains_gains", "gain": "pains_gains",
                  "opportunity": "opportunities", "card": "text"}[entry]  # fmt: skip
        if selected and self.row("lane", selected[-1].lane_id).kind != "emotion":
            lane_id = selected[-1].lane_id
            index = d.cell(lane_id, stage_id).index(selected[-1]) + 1
        else:
            cards_lanes = [lane for lane in lanes if lane.kind != "emotion"]
            lane = next((lane for lane in cards_lanes if lane.kind == wanted), None)
            lane = lane or (cards_lanes[0] if cards_lanes else None)
            if lane is None:
                self.message.emit(self.tr("Add a lane first."))
                return
            lane_id, index = lane.id, len(d.cell(lane.id, stage_id))
        self._create_card(entry, lane_id, stage_id, index)

    def _drop_card(self, entry: str, at: QPointF) -> None:
        target = self.scene.cell_at(at)
        if target is None:
            self.message.emit(self.tr("Drop cards in a cell of the grid."))
            return
        row, column = target
        if row.kind == "emotion":
            self.message.emit(self.tr("The emotion lane takes emotion points, not cards."))
            return
        index = self.scene.index_in_cell(row.lane_id, column.stage_id, at.y(), set())
        self._create_card(entry, row.lane_id, column.stage_id, index)

    def _create_card(self, entry: str, lane_id: str, stage_id: str, index: int) -> None:
        fields = dict(CARD_PRESETS[entry])
        title = _card_title(entry)
        d = self.document
        create = lambda: d.add_card(lane_id, stage_id, title, index, **fields)  # noqa: E731
        cell = [c.id for c in d.cell(lane_id, stage_id)]
        delete = lambda ref: d.delete_cards([ref])  # noqa: E731
        command = AddCommand(d, self.tr("Add card"), create, delete, "card", cell)
        if self.push(command):
            self.refresh()
            self.scene.select_refs([("card", command.created_id)])

    def _drop_emotion_point(self, at: QPointF) -> None:
        row = self.scene.row_at(at.y())
        placed = self.scene.stage_offset_at(at.x())
        if row is None or row.kind != "emotion" or placed is None:
            self.message.emit(self.tr("Drop emotion points on an emotion lane."))
            return
        column, offset = placed
        value = self.scene.emotion_value_at(row, at.y())
        d = self.document
        create = lambda: d.add_emotion_point(row.lane_id, column.stage_id, value, round(offset, 3))  # noqa: E731
        delete = lambda ref: d.delete_emotion_points([ref])  # noqa: E731
        self.push(AddCommand(d, self.tr("Add emotion point"), create, delete))

    # -- selection, clipboard, delete ------------------------------------------------------

    def selected(self, kind: str | None = None) -> list[str]:
        """Ids of the selected elements that still exist (the canvas catches up on the next
        turn of the event loop: an action may come before)."""
        return [
            ref
            for k, ref in self.scene.selected_refs()
            if (kind is None or k == kind) and self.row(k, ref) is not None
        ]

    def select_all(self) -> None:
        for item in self.scene.items_by_key.values():
            if item.kind in ("card", "emotion-point"):
                item.setSelected(True)

    def delete_selection(self) -> None:
        d = self.document
        commands: list[DocumentCommand] = []
        cards = self.selected("card")
        if cards:
            commands.append(DeleteCommand(d, "", lambda: d.delete_cards(cards)))
        points = self.selected("emotion-point")
        if points:
            commands.append(DeleteCommand(d, "", lambda: d.delete_emotion_points(points)))
        for stage in self.selected("stage"):
            commands.append(DeleteCommand(d, "", lambda s=stage: d.delete_stage(s)))
        for lane in self.selected("lane"):
            commands.append(DeleteCommand(d, "", lambda lane=lane: d.delete_lane(lane)))
        if commands:
            self.run(self.tr("Delete"), commands)

    def copy(self) -> bool:
        cards = [self.row("card", ref) for ref in self.selected("card")]
        if not cards:
            return False
        clipboard.put_cards(cards)
        return True

    def cut(self) -> None:
        if self.copy():
            cards = self.selected("card")
            d = self.document
            self.run(self.tr("Cut"), [DeleteCommand(d, "", lambda: d.delete_cards(cards))])

    def paste(self) -> None:
        cards = clipboard.get_cards()
        if not cards:
            return
        target = self._paste_target(cards)
        if target is None:
            self.message.emit(self.tr("Select a card where the pasted cards should go."))
            return
        self._insert_cards(self.tr("Paste"), cards, *target)

    def duplicate(self) -> None:
        rows = [self.row("card", ref) for ref in self.selected("card")]
        if rows:
            last = rows[-1]
            index = self.document.cell(last.lane_id, last.stage_id).index(last) + 1
            self._insert_cards(
                self.tr("Duplicate"),
                clipboard.card_fields(rows),
                last.lane_id,
                last.stage_id,
                index,
            )

    def _paste_target(self, cards: list[dict[str, Any]]) -> tuple[str, str, int] | None:
        selected = self.selected("card")
        if selected:
            card = self.row("card", selected[-1])
            return (
                card.lane_id,
                card.stage_id,
                self.document.cell(card.lane_id, card.stage_id).index(card) + 1,
            )
        lane, stage = cards[0].get("lane_id"), cards[0].get("stage_id")
        lanes = {lane.id for lane in self.document.lanes(self.journey_id) if lane.kind != "emotion"}
        stages = {s.id for s in self.document.stages(self.journey_id)}
        if lane in lanes and stage in stages:
            return lane, stage, len(self.document.cell(lane, stage))
        return None

    def _insert_cards(
        self, text: str, cards: list[dict[str, Any]], lane: str, stage: str, index: int
    ) -> None:
        d = self.document
        cell = [c.id for c in d.cell(lane, stage)]
        commands: list[DocumentCommand] = []
        for offset, fields in enumerate(cards):
            values = {k: v for k, v in fields.items() if k not in ("lane_id", "stage_id")}
            title = values.pop("title", "")
            create = lambda t=title, v=values, i=index + offset: d.add_card(lane, stage, t, i, **v)  # noqa: E731
            delete = lambda ref: d.delete_cards([ref])  # noqa: E731
            commands.append(AddCommand(d, "", create, delete, "card", cell))
        self.run(text, commands)
        self.refresh()
        self.scene.select_refs(
            [("card", c.created_id) for c in commands if isinstance(c, AddCommand)]
        )

    # -- keyboard: arrows move through cells; with Alt they move the card -----------------

    def _key_pressed(self, event: QKeyEvent) -> None:
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if event.key() in arrows and self.selected("card"):
            dx, dy = arrows[event.key()]
            carry = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            self._step(dx, dy, carry)
            event.accept()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_F2)
            and len(self.scene.selected_refs()) == 1
        ):
            self.edit_in_place(*self.scene.selected_refs()[0])
            event.accept()

    def _step(self, dx: int, dy: int, carry: bool) -> None:
        card = self.row("card", self.selected("card")[-1])
        stages = [s.id for s in self.document.stages(self.journey_id)]
        lanes = [
            lane.id
            for lane in self.document.lanes(self.journey_id)
            if not lane.hidden and lane.kind != "emotion"
        ]
        cell = self.document.cell(card.lane_id, card.stage_id)
        index = cell.index(card)
        if dy and 0 <= index + dy < len(cell):
            if carry:
                self.move_cards([card.id], card.lane_id, card.stage_id, index + dy)
            else:
                self.scene.select_refs([("card", cell[index + dy].id)])
            return
        stage = stages.index(card.stage_id) + dx
        lane = lanes.index(card.lane_id) + dy if card.lane_id in lanes else 0
        if not (0 <= stage < len(stages) and 0 <= lane < len(lanes)):
            return
        target_lane, target_stage = lanes[lane], stages[stage]
        if carry:
            self.move_cards(
                [card.id],
                target_lane,
                target_stage,
                len(self.document.cell(target_lane, target_stage)),
            )
            return
        target = self.document.cell(target_lane, target_stage)
        if target:
            self.scene.select_refs(
                [("card", target[min(index, len(target) - 1) if dx else (0 if dy > 0 else -1)].id)]
            )
        item = (
            self.scene.item_for("card", self.selected("card")[-1])
            if self.selected("card")
            else None
        )
        if isinstance(item, CardItem):
            self.view.ensureVisible(item)


def _kind_label(kind: str) -> str:
    return {
        "card": QCoreApplication.translate("MapEditor", "card"),
        "stage": QCoreApplication.translate("MapEditor", "stage"),
        "lane": QCoreApplication.translate("MapEditor", "lane"),
        "emotion-point": QCoreApplication.translate("MapEditor", "emotion point"),
        "journey": QCoreApplication.translate("MapEditor", "journey"),
        "metric": QCoreApplication.translate("MapEditor", "metric"),
        "persona": QCoreApplication.translate("MapEditor", "persona"),
    }.get(kind, kind)


def _lane_title(kind: str) -> str:
    return {
        "touchpoints": QCoreApplication.translate("MapEditor", "Touchpoints"),
        "text": QCoreApplication.translate("MapEditor", "Customer actions"),
        "emotion": QCoreApplication.translate("MapEditor", "Feelings"),
        "pains_gains": QCoreApplication.translate("MapEditor", "Pains and gains"),
        "opportunities": QCoreApplication.translate("MapEditor", "Opportunities"),
        "images": QCoreApplication.translate("MapEditor", "Storyboard"),
        "metrics": QCoreApplication.translate("MapEditor", "Metrics"),
    }[kind]


def _card_title(entry: str) -> str:
    return {
        "card": QCoreApplication.translate("MapEditor", "New card"),
        "touchpoint": QCoreApplication.translate("MapEditor", "New touchpoint"),
        "pain": QCoreApplication.translate("MapEditor", "New pain"),
        "gain": QCoreApplication.translate("MapEditor", "New gain"),
        "opportunity": QCoreApplication.translate("MapEditor", "New opportunity"),
    }[entry]
