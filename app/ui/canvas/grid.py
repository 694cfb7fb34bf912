"""Where things are on the canvas: the stage columns, the lane rows and the cells between them.

Built from each new layout, and asked by the gestures and the drops: which cell is under the
mouse, where in it a card would go, which gap between stages a header is dragged to, what
feeling a height in the emotion band stands for.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF

from app.render.emotion import band_room
from app.render.layout import Poster
from app.render.theme import Theme


@dataclass(frozen=True)
class Column:
    stage_id: str
    x: float
    w: float


@dataclass(frozen=True)
class Row:
    lane_id: str
    kind: str
    y: float
    h: float


class Grid:
    """Columns and rows of one layout, with the questions gestures ask of them."""

    def __init__(self, theme: Theme, columns: list[Column], rows: list[Row], column: float) -> None:
        self.theme = theme
        self.columns = columns
        self.rows = rows
        self.column_unit = column
        self._row_tops = [row.y for row in rows]

    @classmethod
    def of(cls, poster: Poster, theme: Theme, lane_kinds: dict[str, str]) -> Grid:
        """From a poster laid out for the canvas (its `items` are the few outside the rows)."""
        columns = [Column(i.ref, i.rect.x, i.rect.w) for i in poster.items if i.kind == "stage"]
        rows = [
            Row(r.ref, lane_kinds.get(r.ref, "text"), r.y, r.height)
            for r in poster.rows
            if r.ref in lane_kinds
        ]
        return cls(theme, columns, rows, poster.column)

    def column_at(self, x: float) -> Column | None:
        gap = self.theme.column_gap / 2
        for column in self.columns:
            if column.x - gap <= x < column.x + column.w + gap:
                return column
        return None

    def row_at(self, y: float) -> Row | None:
        index = bisect_right(self._row_tops, y) - 1
        if index < 0:
            return None
        row = self.rows[index]
        return row if y < row.y + row.h else None

    def row_of(self, lane_id: str) -> Row | None:
        return next((row for row in self.rows if row.lane_id == lane_id), None)

    def column_of(self, stage_id: str) -> Column | None:
        return next((column for column in self.columns if column.stage_id == stage_id), None)

    def cell_at(self, point: QPointF) -> tuple[Row, Column] | None:
        row, column = self.row_at(point.y()), self.column_at(point.x())
        return (row, column) if row and column else None

    def stage_gap_at(self, x: float) -> int:
        """Index of the gap between stages nearest to `x` (0 = before the first)."""
        return sum(1 for c in self.columns if c.x + c.w / 2 < x)

    def lane_gap_at(self, y: float) -> int:
        return sum(1 for r in self.rows if r.y + r.h / 2 < y)

    def emotion_band(self, row: Row) -> tuple[float, float]:
        """(y of +5, y of -5) in an emotion lane, as the layout draws it."""
        room = band_room(self.theme)
        return row.y + room, row.y + row.h - room

    def emotion_value_at(self, row: Row, y: float) -> float:
        high, low = self.emotion_band(row)
        value = ((high + low) / 2 - y) / ((low - high) / 2) * 5.0
        return round(max(-5.0, min(5.0, value)) * 2) / 2  # half steps, as on a paper grid

    def stage_offset_at(self, x: float) -> tuple[Column, float] | None:
        column = self.column_at(x)
        if column is None:
            if not self.columns:
                return None
            column = self.columns[0] if x < self.columns[0].x else self.columns[-1]
        return column, max(0.0, min(1.0, (x - column.x) / column.w))

    def stage_units(self, left: float, right: float) -> int:
        """Width in grid units of a stage whose right edge is dragged to `right`."""
        gap = self.theme.column_gap
        return max(1, min(8, round((right - left + gap) / (self.column_unit + gap))))

    def lane_units(self, top: float, bottom: float) -> int:
        return max(1, min(10, round((bottom - top) / self.theme.row_unit)))


def gap_to_position(gap: int, ref: str, order: list[str]) -> int:
    """A gap index counts the moved element itself; the new position does not."""
    current = order.index(ref)
    return gap - 1 if gap > current else gap
