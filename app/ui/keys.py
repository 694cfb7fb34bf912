"""The canvas from the keyboard: arrows go from card to card, through cells; with Alt they
carry the selected card along; F2 or Enter types over the selected element.

`CanvasKeys` is a part of `MapEditor`; the moves it makes are ordinary steps (edits.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from app.model import JourneyDocument

if TYPE_CHECKING:
    from .canvas.scene import JourneyScene
    from .canvas.view import JourneyView

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class CanvasKeys:
    """Keyboard moves of a `MapEditor`."""

    document: JourneyDocument
    scene: JourneyScene
    view: JourneyView
    journey_id: str

    def selected(self, kind: str | None = None) -> list[str]:
        raise NotImplementedError

    def move_cards(self, ids: list[str], lane_id: str, stage_id: str, index: int) -> None:
        raise NotImplementedError

    def edit_in_place(self, kind: str, ref: str) -> None:
        raise NotImplementedError

    def key_pressed(self, event: QKeyEvent) -> None:
        if event.key() in ARROWS and self.selected("card"):
            dx, dy = ARROWS[Qt.Key(event.key())]
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
        card = self.document.card(self.selected("card")[-1])
        if card is None:
            return
        snapshot = self.scene.snapshot
        assert snapshot is not None
        stages = [s.id for s in snapshot.stages]
        lanes = [lane.id for lane in snapshot.lanes if not lane.hidden and lane.kind != "emotion"]
        cell = [c.id for c in snapshot.cards(card.lane_id, card.stage_id)]
        index = cell.index(card.id)
        if dy and 0 <= index + dy < len(cell):
            if carry:
                self.move_cards([card.id], card.lane_id, card.stage_id, index + dy)
            else:
                self._select(cell[index + dy])
            return
        stage = stages.index(card.stage_id) + dx
        lane = lanes.index(card.lane_id) + dy if card.lane_id in lanes else 0
        if not (0 <= stage < len(stages) and 0 <= lane < len(lanes)):
            return
        target_lane, target_stage = lanes[lane], stages[stage]
        target = snapshot.cards(target_lane, target_stage)
        if carry:
            self.move_cards([card.id], target_lane, target_stage, len(target))
            return
        if target:
            chosen = target[min(index, len(target) - 1) if dx else (0 if dy > 0 else -1)]
            self._select(chosen.id)

    def _select(self, card_id: str) -> None:
        self.scene.select_refs([("card", card_id)])
        item: Any = self.scene.item_for("card", card_id)
        if item is not None:
            self.view.ensureVisible(item)
