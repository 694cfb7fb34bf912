"""The canvas from the keyboard: arrows go from card to card through cells (from stage to stage
on a stage header, lane to lane on a lane header, point to point along the curve); with Alt they
carry the selection along (a card to the next cell, a stage or lane to the next place, a point
of the curve up or down half a step). F2 or Enter types over the selected element, Escape lets
go of the selection, Tab and Shift+Tab go from card to card in reading order.

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
HALF_STEP = 0.5  # a feeling moves by half a step, as on a paper grid


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

    def move_stage(self, stage_id: str, position: int) -> None:
        raise NotImplementedError

    def move_lane(self, lane_id: str, position: int) -> None:
        raise NotImplementedError

    def edit(self, kind: str, ref: str, /, merge: bool = False, **values: Any) -> None:
        raise NotImplementedError

    def edit_in_place(self, kind: str, ref: str) -> None:
        raise NotImplementedError

    def key_pressed(self, event: QKeyEvent) -> None:
        refs = self.scene.selected_refs()
        key = event.key()
        if key in ARROWS:
            dx, dy = ARROWS[Qt.Key(key)]
            carry = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            kinds = {kind for kind, _ in refs}
            if not refs:
                self.step_card(1)
            elif kinds == {"card"}:
                self._step(dx, dy, carry)
            elif len(refs) == 1 and refs[0][0] == "stage" and dx:
                self._step_stage(refs[0][1], dx, carry)
            elif len(refs) == 1 and refs[0][0] == "lane" and dy:
                self._step_lane(refs[0][1], dy, carry)
            elif len(refs) == 1 and refs[0][0] == "emotion-point":
                self._step_point(refs[0][1], dx, dy, carry)
            else:
                return
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and len(refs) == 1:
            self.edit_in_place(*refs[0])
            event.accept()
        elif key == Qt.Key.Key_Escape and refs:
            self.scene.clearSelection()
            event.accept()

    def edit_selected(self) -> None:
        """F2 from anywhere in the window: type over the selected element's title."""
        refs = self.scene.selected_refs()
        if len(refs) == 1:
            self.edit_in_place(*refs[0])

    def reading_order(self) -> list[str]:
        """Ids of the cards stage by stage, each stage's lanes top to bottom: how a map is read
        aloud in a workshop."""
        snapshot = self.scene.snapshot
        if snapshot is None:
            return []
        lanes = [lane.id for lane in snapshot.lanes if not lane.hidden and lane.kind != "emotion"]
        return [
            card.id
            for stage in snapshot.stages
            for lane in lanes
            for card in snapshot.cards(lane, stage.id)
        ]

    def step_card(self, step: int) -> bool:
        """Tab: select the next (or previous) card; False past the last (focus moves on)."""
        order = self.reading_order()
        if not order:
            return False
        current = self.selected("card")
        if not current or current[-1] not in order:
            target = 0 if step > 0 else len(order) - 1
        else:
            target = order.index(current[-1]) + step
            if not 0 <= target < len(order):
                return False
        self._select(order[target])
        return True

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
            self.scene.select_refs([("card", card.id)])
            return
        if target:
            chosen = target[min(index, len(target) - 1) if dx else (0 if dy > 0 else -1)]
            self._select(chosen.id)

    def _step_stage(self, stage_id: str, dx: int, carry: bool) -> None:
        order = [s.id for s in self.document.stages(self.journey_id)]
        position = order.index(stage_id) + dx
        if not 0 <= position < len(order):
            return
        if carry:
            self.move_stage(stage_id, position)
            self.scene.select_refs([("stage", stage_id)])
        else:
            self._select(order[position], "stage")

    def _step_lane(self, lane_id: str, dy: int, carry: bool) -> None:
        order = [la.id for la in self.document.lanes(self.journey_id) if not la.hidden]
        position = order.index(lane_id) + dy if lane_id in order else -1
        if not 0 <= position < len(order):
            return
        if carry:
            self.move_lane(lane_id, position)
            self.scene.select_refs([("lane", lane_id)])
        else:
            self._select(order[position], "lane")

    def _step_point(self, point_id: str, dx: int, dy: int, carry: bool) -> None:
        point = self.document.emotion_point(point_id)
        if point is None:
            return
        if carry and dy:
            value = max(-5.0, min(5.0, point.value - dy * HALF_STEP))
            self.edit("emotion-point", point_id, value=value)
            self.scene.select_refs([("emotion-point", point_id)])
            return
        points = [p.id for p in self.document.emotion_points(point.lane_id)]
        position = points.index(point_id) + dx
        if dx and 0 <= position < len(points):
            self._select(points[position], "emotion-point")

    def _select(self, ref: str, kind: str = "card") -> None:
        self.scene.select_refs([(kind, ref)])
        item: Any = self.scene.item_for(kind, ref)
        if item is not None:
            self.view.show_rect(item.layout_rect())
