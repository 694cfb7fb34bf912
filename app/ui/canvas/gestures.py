"""Gestures on the canvas, one object each: drag cards, drag a header or its edge, drag a point.

An item pressed and dragged asks the scene for the gesture installed for its kind and for the
place it was pressed (`JourneyScene.install`); the gesture previews on the canvas while the
mouse moves and, on release, puts everything back where the layout has it and reports one
intent through the scene's signals. The editor turns that intent into one document step, and
the change record then moves the items for real. Presentation mode installs no gesture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from app.render.curve import monotone_bezier
from app.render.ops import Item, Path, Rect

from .grid import gap_to_position
from .items import SELECTION, CardItem, EmotionPointItem, LaneItem, PosterItem, StageItem

if TYPE_CHECKING:
    from .scene import JourneyScene

LIFT = 50  # how far above the others a dragged item is drawn


class Gesture:
    """A press-drag-release that began on `item`: previews while moving, ends in one intent."""

    def __init__(self, scene: JourneyScene, item: PosterItem) -> None:
        self.scene = scene
        self.item = item
        self.origins = {moving: moving.pos() for moving in self.moving()}
        for moving in self.origins:
            moving.setZValue(moving.zValue() + LIFT)

    def moving(self) -> list[PosterItem]:
        return [self.item]

    def moved(self, press: QPointF, now: QPointF) -> None:
        raise NotImplementedError

    def finished(self, press: QPointF, now: QPointF) -> None:
        """Put the previews back (the document's change moves items for real), then report."""
        self.scene.hide_indicator()
        for moving, origin in self.origins.items():
            moving.setPos(origin)
            moving.setZValue(moving.zValue() - LIFT)
        self.report(now)

    def report(self, now: QPointF) -> None:
        raise NotImplementedError


class CardDrag(Gesture):
    """Move the selected cards (or the one pressed) to a cell, at a place among its cards."""

    def moving(self) -> list[PosterItem]:
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, CardItem)]
        return list(chosen) if self.item in chosen else [self.item]

    def moved(self, press: QPointF, now: QPointF) -> None:
        delta = now - press
        for moving, origin in self.origins.items():
            moving.setPos(origin + delta)
        refs = {moving.ref for moving in self.origins}
        target = self.scene.grid.cell_at(now)
        if not target or target[0].kind == "emotion":
            self.scene.hide_indicator()
            return
        row, column = target
        y = self.scene.insertion_y(row, column, now.y(), refs)
        self.scene.show_indicator(QRectF(column.x, y - 1.5, column.w, 3))

    def report(self, now: QPointF) -> None:
        target = self.scene.grid.cell_at(now)
        if not target or target[0].kind == "emotion":
            return
        row, column = target
        ids = [i.ref for i in sorted(self.origins, key=lambda i: i.pos().y())]
        index = self.scene.index_in_cell(row.lane_id, column.stage_id, now.y(), set(ids))
        self.scene.cards_dropped.emit(ids, row.lane_id, column.stage_id, index)


class StageMove(Gesture):
    """Drag a stage header sideways: it goes to the gap between stages under the mouse."""

    def moved(self, press: QPointF, now: QPointF) -> None:
        grid = self.scene.grid
        self.item.setPos(self.origins[self.item] + QPointF((now - press).x(), 0))
        gap = grid.stage_gap_at(now.x())
        columns, gap_width = grid.columns, grid.theme.column_gap
        x = columns[gap].x if gap < len(columns) else columns[-1].x + columns[-1].w + gap_width
        rect = self.item.layout_item.rect
        height = self.scene.sceneRect().height() - rect.y - grid.theme.margin
        self.scene.show_indicator(QRectF(x - gap_width / 2 - 1.5, rect.y, 3, height))

    def report(self, now: QPointF) -> None:
        grid = self.scene.grid
        order = [c.stage_id for c in grid.columns]
        position = gap_to_position(grid.stage_gap_at(now.x()), self.item.ref, order)
        self.scene.stage_dropped.emit(self.item.ref, position)


class StageResize(Gesture):
    """Drag a stage header's right edge: its width snaps to whole grid units."""

    def _units(self, now: QPointF) -> int:
        return self.scene.grid.stage_units(self.item.layout_item.rect.x, now.x())

    def moved(self, press: QPointF, now: QPointF) -> None:
        grid, rect = self.scene.grid, self.item.layout_item.rect
        units = self._units(now)
        width = units * grid.column_unit + (units - 1) * grid.theme.column_gap
        self.scene.show_indicator(QRectF(rect.x + width, rect.y, 3, rect.h))

    def report(self, now: QPointF) -> None:
        self.scene.stage_resized.emit(self.item.ref, self._units(now))


class LaneMove(Gesture):
    """Drag a lane's header up or down: it goes to the gap between lanes under the mouse."""

    def moved(self, press: QPointF, now: QPointF) -> None:
        rows = self.scene.grid.rows
        self.item.setPos(self.origins[self.item] + QPointF(0, (now - press).y()))
        gap = self.scene.grid.lane_gap_at(now.y())
        y = rows[gap].y if gap < len(rows) else rows[-1].y + rows[-1].h
        rect = self.item.layout_item.rect
        self.scene.show_indicator(QRectF(rect.x, y - 1.5, rect.w, 3))

    def report(self, now: QPointF) -> None:
        grid = self.scene.grid
        order = [r.lane_id for r in grid.rows]
        position = gap_to_position(grid.lane_gap_at(now.y()), self.item.ref, order)
        self.scene.lane_dropped.emit(self.item.ref, position)


class LaneResize(Gesture):
    """Drag a lane's bottom edge: its height snaps to whole rows."""

    def _units(self, now: QPointF) -> int:
        return self.scene.grid.lane_units(self.item.layout_item.rect.y, now.y())

    def moved(self, press: QPointF, now: QPointF) -> None:
        rect = self.item.layout_item.rect
        height = max(self._units(now) * self.scene.grid.theme.row_unit, 20)
        self.scene.show_indicator(QRectF(rect.x, rect.y + height - 1.5, rect.w, 3))

    def report(self, now: QPointF) -> None:
        self.scene.lane_resized.emit(self.item.ref, self._units(now))


class EmotionPointDrag(Gesture):
    """Drag a point of the curve: up and down for the feeling, sideways along the journey;
    the curve follows the point live."""

    def __init__(self, scene: JourneyScene, item: PosterItem) -> None:
        super().__init__(scene, item)
        centre = item.layout_rect().center()
        self.row = scene.grid.row_at(centre.y())
        curve = scene.item_for("curve", self.row.lane_id) if self.row else None
        self.curve = (curve, curve.layout_item) if curve is not None else None

    def moved(self, press: QPointF, now: QPointF) -> None:
        grid = self.scene.grid
        if self.row is None or not grid.columns:
            return
        high, low = grid.emotion_band(self.row)
        left, right = grid.columns[0].x, grid.columns[-1].x + grid.columns[-1].w
        x, y = max(left, min(right, now.x())), max(high, min(low, now.y()))
        shift = QPointF(x, y) - self.item.layout_rect().center()
        self.item.setPos(self.origins[self.item] + shift)
        self._redraw_curve(self.row.lane_id)

    def _redraw_curve(self, lane_id: str) -> None:
        curve = self.scene.item_for("curve", lane_id)
        if curve is None:
            return
        points = []
        for point in self.scene.points_of(lane_id):
            rect = point.layout_item.rect
            offset = point.pos() - QPointF(rect.x, rect.y)
            points.append((rect.x + rect.w / 2 + offset.x(), rect.y + rect.h / 2 + offset.y()))
        points.sort()
        if len(points) < 2:
            return
        path = curve.layout_item.ops[0]
        assert isinstance(path, Path)
        live = Path(
            tuple(monotone_bezier(points)), stroke=path.stroke, width=path.width, bezier=True
        )
        r = curve.layout_item.rect
        curve.set_layout_item(Item("curve", lane_id, Rect(r.x, r.y, r.w, r.h), (live,)))

    def finished(self, press: QPointF, now: QPointF) -> None:
        if self.curve is not None:  # the layout's own curve, until the change redraws it
            self.curve[0].set_layout_item(self.curve[1])
        super().finished(press, now)

    def report(self, now: QPointF) -> None:
        placed = self.scene.grid.stage_offset_at(now.x())
        if self.row is None or placed is None:
            return
        column, offset = placed
        value = self.scene.grid.emotion_value_at(self.row, now.y())
        self.scene.emotion_point_dropped.emit(
            self.item.ref, column.stage_id, round(offset, 3), value
        )


class CardConnect(Gesture):
    """Drag from a card's handle to another card: an arrow from the first to the second (the
    path the customer takes). A dashed line follows the mouse; the card it would reach is
    outlined."""

    def __init__(self, scene: JourneyScene, item: PosterItem) -> None:
        super().__init__(scene, item)
        assert isinstance(item, CardItem)
        self.start = item.mapToScene(item.handle_centre())
        self.line = QGraphicsPathItem()
        pen = QPen(SELECTION, 2.0, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(200)
        self.target = QGraphicsRectItem()
        self.target.setPen(QPen(SELECTION, 2.5))
        self.target.setBrush(QBrush(QColor(47, 111, 222, 30)))
        self.target.setZValue(199)
        self.target.hide()
        scene.addItem(self.line)
        scene.addItem(self.target)

    def moving(self) -> list[PosterItem]:
        return []

    def card_at(self, at: QPointF) -> CardItem | None:
        found = (i for i in self.scene.items(at) if isinstance(i, CardItem) and i is not self.item)
        return next(found, None)

    def moved(self, press: QPointF, now: QPointF) -> None:
        path = QPainterPath(self.start)
        reach = max(abs(now.x() - self.start.x()) / 2, 20.0)
        path.cubicTo(self.start + QPointF(reach, 0), now - QPointF(reach, 0), now)
        self.line.setPath(path)
        card = self.card_at(now)
        if card is None:
            self.target.hide()
        else:
            self.target.setRect(card.layout_rect().adjusted(-3, -3, 3, 3))
            self.target.show()

    def finished(self, press: QPointF, now: QPointF) -> None:
        for shown in (self.line, self.target):
            self.scene.removeItem(shown)
        super().finished(press, now)

    def report(self, now: QPointF) -> None:
        card = self.card_at(now)
        if card is not None:
            self.scene.connection_requested.emit(self.item.ref, card.ref)


EDITING_GESTURES: dict[tuple[type[PosterItem], str], type[Gesture]] = {
    (CardItem, "move"): CardDrag,
    (CardItem, "connect"): CardConnect,
    (StageItem, "move"): StageMove,
    (StageItem, "resize-width"): StageResize,
    (LaneItem, "move"): LaneMove,
    (LaneItem, "resize-height"): LaneResize,
    (EmotionPointItem, "move"): EmotionPointDrag,
}
"""What a drag does on each kind of item (by where it was pressed) while editing."""
