"""Empty cells that say what they take: a quiet line in each cell of a lane that holds nothing
yet ("Double-click to add a card"), and a "+" in the empty cell under the mouse (a cell of the
emotion lane is empty while no point of that stage is on the curve, a cell of a metrics lane
while its stage has no metric).

A first-time user on a blank map sees where things go without reading a manual; a lane with
content stays quiet, so the hints never clutter a map in progress. Painted by one item over the
rows, drawn only where no card or point is; nothing here is part of the poster.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .grid import Column, Row
from .scene import JourneyScene

HINT_INK = QColor("#8A96A3")
PLUS = QColor("#2F6FDE")
Cell = tuple[str, str]  # lane id, stage id


class CellHints(QGraphicsItem):
    """Hints in the empty lanes' cells and a "+" under the mouse; `hint_for` says what a
    lane of each kind takes ("" for a lane where a double-click creates nothing)."""

    def __init__(self, scene: JourneyScene, hint_for: Callable[[str], str]) -> None:
        super().__init__()
        self._scene = scene
        self._hint_for = hint_for
        self.hovered: Cell | None = None
        self._empty: tuple[object, set[str]] | None = None  # (snapshot, its empty lanes)
        self.setZValue(2.5)  # over the rows (an empty lane's band), in cells with no card
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self)
        scene.laid_out.connect(self._follow)

    def _follow(self) -> None:
        """A new layout: the "+" leaves a cell that now holds something (the card it made)."""
        if self.hovered is not None and self._taken(*self.hovered):
            self.hovered = None
        self.prepareGeometryChange()
        self.update()

    def _taken(self, lane_id: str, stage_id: str) -> bool:
        snapshot = self._scene.snapshot
        if snapshot is None:
            return True
        row = self._scene.grid.row_of(lane_id)
        if row is not None and row.kind == "metrics":  # a stage's metrics show in every one
            return any(s.metrics for s in snapshot.stages if s.id == stage_id)
        if any(p.stage_id == stage_id for p in snapshot.points(lane_id)):
            return True
        return bool(snapshot.cards(lane_id, stage_id))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._scene.sceneRect()

    def empty_lanes(self) -> set[str]:
        """Lanes that hold nothing yet (and take something on a double-click); worked out once
        per layout, not at every paint."""
        snapshot = self._scene.snapshot
        if snapshot is None:
            return set()
        if self._empty is not None and self._empty[0] is snapshot:
            return self._empty[1]
        empty = set()
        for lane in snapshot.lanes:
            if not self._hint_for(lane.kind):
                continue
            if lane.kind == "emotion":
                if not snapshot.points(lane.id):
                    empty.add(lane.id)
            elif lane.kind == "metrics":
                if not any(s.metrics for s in snapshot.stages):
                    empty.add(lane.id)
            elif not any(snapshot.cards(lane.id, s.id) for s in snapshot.stages):
                empty.add(lane.id)
        self._empty = (snapshot, empty)
        return empty

    def cell_at(self, at: QPointF) -> tuple[Row, Column] | None:
        """The empty cell under `at` that takes something, if any."""
        found = self._scene.grid.cell_at(at)
        if found is None or not self._hint_for(found[0].kind):
            return None
        row, column = found
        return None if self._taken(row.lane_id, column.stage_id) else found

    def hover(self, at: QPointF | None) -> None:
        """The mouse moved: the "+" follows it from empty cell to empty cell."""
        found = self.cell_at(at) if at is not None else None
        cell = (found[0].lane_id, found[1].stage_id) if found else None
        if cell != self.hovered:
            self.hovered = cell
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if detail < 0.3:
            return
        grid = self._scene.grid
        empty = self.empty_lanes()
        font = QFont(painter.font())
        font.setItalic(True)
        font.setPointSizeF(10.0 * 72.0 / (painter.device().logicalDpiY() or 96))
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for row in grid.rows:
            if row.lane_id not in empty and (
                self.hovered is None or row.lane_id != self.hovered[0]
            ):
                continue
            for column in grid.columns:
                cell = QRectF(column.x, row.y, column.w, row.h)
                if row.lane_id in empty:
                    painter.setPen(HINT_INK)
                    where = cell.adjusted(10, 6, -10, -6)
                    if row.kind == "emotion":  # in the upper band, clear of the zero line
                        high, low = grid.emotion_band(row)
                        where = QRectF(cell.x() + 10, high, cell.width() - 20, (low - high) / 2 - 4)
                    painter.drawText(
                        where,
                        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                        self._hint_for(row.kind),
                    )
                if (row.lane_id, column.stage_id) == self.hovered:
                    self._plus(painter, cell, row.lane_id in empty)

    def _plus(self, painter: QPainter, cell: QRectF, hinted: bool) -> None:
        centre = QPointF(cell.right() - 18, cell.top() + 18) if hinted else cell.center()
        pen = QPen(PLUS, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawEllipse(centre, 11, 11)
        painter.drawLine(centre + QPointF(-5, 0), centre + QPointF(5, 0))
        painter.drawLine(centre + QPointF(0, -5), centre + QPointF(0, 5))

    def detach(self) -> None:
        self._scene.laid_out.disconnect(self._follow)
        self._scene.removeItem(self)
