"""What the canvas shows while something is dragged over it, and whether it may be dropped.

A palette entry shows where it would go (a line between stages or lanes, a line among the
cards of a cell); photos show which card, stage or emotion point would take them, and where
nothing can take them the canvas refuses the drop and says why (in the status bar), instead of
attaching them to the journey without a word. A read-only map takes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from .items import CardItem, EmotionPointItem, StageItem
from .scene import INDICATOR, JourneyScene

PHOTO_TARGETS = (CardItem, StageItem, EmotionPointItem)
TARGET_FILL = QColor(47, 111, 222, 40)


class DropFeedback:
    """The highlight and the answer ("yes here", "no: why") for one drag over one scene."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.read_only = False
        self.frame = QGraphicsRectItem()
        pen = QPen(INDICATOR, 2.5)
        pen.setCosmetic(True)
        self.frame.setPen(pen)
        self.frame.setBrush(QBrush(TARGET_FILL))
        self.frame.setZValue(99)
        self.frame.hide()
        scene.addItem(self.frame)

    def maps_over(self) -> str:
        """Maps (.cjm) may be dropped anywhere: a copy of this map is merged, another opened."""
        self.clear()
        return QCoreApplication.translate(
            "Drops", "Drop to merge a copy of this map, or to open another map."
        )

    def photos_over(self, at: QPointF) -> tuple[bool, str]:
        """May photos be dropped at `at`? If not, why (a sentence for the status bar)."""
        self.clear()
        if self.read_only:
            return False, self.read_only_reason()
        for item in self.scene.items(at):
            if isinstance(item, PHOTO_TARGETS) and item.ref:
                rect = item.layout_rect()
                if isinstance(item, EmotionPointItem):
                    rect = rect.adjusted(-8, -8, 8, 8)
                self.frame.setRect(rect.adjusted(-3, -3, 3, 3))
                self.frame.show()
                names = {
                    "card": QCoreApplication.translate("Drops", "this card"),
                    "stage": QCoreApplication.translate("Drops", "this stage"),
                    "emotion-point": QCoreApplication.translate("Drops", "this emotion point"),
                }
                return True, QCoreApplication.translate(
                    "Drops", "Drop to attach the photos to %s."
                ) % names[item.kind]
        return False, QCoreApplication.translate(
            "Drops", "Photos go on a card, a stage or an emotion point: drop them on one."
        )

    def entry_over(self, entry: str, at: QPointF) -> tuple[bool, str]:
        """May a palette entry be dropped at `at`? Shows where it would go."""
        self.clear()
        if self.read_only:
            return False, self.read_only_reason()
        grid = self.scene.grid
        if entry == "stage":
            gap = grid.stage_gap_at(at.x())
            columns = grid.columns
            if columns:
                gap_w = self.scene.theme.column_gap
                x = columns[gap].x if gap < len(columns) else columns[-1].x + columns[-1].w + gap_w
                first = self.scene.item_for("stage", columns[0].stage_id)
                top = first.layout_item.rect.y if first is not None else 0.0
                bottom = grid.rows[-1].y + grid.rows[-1].h if grid.rows else top + 80
                self.scene.show_indicator(QRectF(x - gap_w / 2 - 1.5, top, 3, bottom - top))
            return True, ""
        if entry.startswith("lane:"):
            gap = grid.lane_gap_at(at.y())
            rows = grid.rows
            if rows:
                y = rows[gap].y if gap < len(rows) else rows[-1].y + rows[-1].h
                left = self.scene.theme.margin
                right = grid.columns[-1].x + grid.columns[-1].w if grid.columns else left + 200
                self.scene.show_indicator(QRectF(left, y - 1.5, right - left, 3))
            return True, ""
        target = grid.cell_at(at)
        if target is None:
            if entry == "emotion_point":
                return False, QCoreApplication.translate(
                    "MapEditor", "Drop emotion points on an emotion lane."
                )
            return False, QCoreApplication.translate(
                "MapEditor", "Drop cards in a cell of the grid."
            )
        row, column = target
        if entry == "emotion_point":
            if row.kind != "emotion":
                return False, QCoreApplication.translate(
                    "MapEditor", "Drop emotion points on an emotion lane."
                )
            self.frame.setRect(QRectF(column.x, row.y, column.w, row.h))
            self.frame.show()
            return True, ""
        if row.kind == "emotion":
            return False, QCoreApplication.translate(
                "MapEditor", "The emotion lane takes emotion points, not cards."
            )
        y = self.scene.insertion_y(row, column, at.y(), set())
        self.scene.show_indicator(QRectF(column.x, y - 1.5, column.w, 3))
        return True, ""

    def clear(self) -> None:
        self.frame.hide()
        self.scene.hide_indicator()

    @staticmethod
    def read_only_reason() -> str:
        return QCoreApplication.translate(
            "ReadOnly", "This map is open read-only: use File › Save As to keep an editable copy."
        )


def cursor_for(allowed: bool) -> Qt.CursorShape:
    return Qt.CursorShape.DragCopyCursor if allowed else Qt.CursorShape.ForbiddenCursor
