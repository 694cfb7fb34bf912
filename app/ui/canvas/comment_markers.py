"""Comment markers: a small speech bubble with the number of open threads at the top-right
corner of each commented card, stage header, lane header and emotion point.

The counts are read once when a journey is shown, then follow the document's change records:
a step's comment rows (their images before and after) say which elements gain or lose an open
thread, and only their markers change; no row of the map is read again and no other item is
touched. A marker is a child of its element's canvas item, so it moves with it; after a layout
it is put back at its item's corner (the item may have been made anew, by an undo). Markers
keep their size on screen whatever the zoom, and a click on one asks for the comments panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.model import Change, JourneyDocument
from app.model.comments import Target, open_thread_counts

from .items import LaneItem, PosterItem
from .scene import JourneyScene

CANVAS_KIND = {"card": "card", "stage": "stage", "lane": "lane", "emotion_point": "emotion-point"}
"""Elements that show a marker, and their canvas item kind."""
FILL = QColor("#FFF4C2")  # a sticky note's yellow, quieter than the cards' own colours
INK = QColor("#5C4A00")
WIDTH, HEIGHT, TAIL = 20.0, 14.0, 4.0  # screen pixels


class CommentMarker(QGraphicsItem):
    """The bubble itself: its count of open threads, a tooltip, a click."""

    def __init__(
        self, count: int, clicked: Callable[[], None], parent: QGraphicsItem, right: bool = False
    ) -> None:
        super().__init__(parent)
        self.left = 0.0 if right else -WIDTH  # the bubble's left edge from its position
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)
        self.clicked = clicked
        self.count = 0
        self.set_count(count)

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.setToolTip(
                QCoreApplication.translate(
                    "CommentMarker", "Open comment threads: %1 (click to read them)"
                ).replace("%1", str(count))
            )
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self.left, -HEIGHT / 2, WIDTH + 2, HEIGHT + TAIL + 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bubble = QRectF(self.left + 1, -HEIGHT / 2, WIDTH - 1, HEIGHT)
        path = QPainterPath()
        path.addRoundedRect(bubble, 4, 4)
        tail = QPainterPath()
        tail.moveTo(bubble.left() + 4, bubble.bottom() - 1)
        tail.lineTo(bubble.left() + 4, bubble.bottom() + TAIL)
        tail.lineTo(bubble.left() + 9, bubble.bottom() - 1)
        tail.closeSubpath()
        path = path.united(tail)
        painter.setPen(QPen(INK, 1.0))
        painter.setBrush(QBrush(FILL))
        painter.drawPath(path)
        font = QFont()  # the interface's font, not the poster's
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, str(min(self.count, 99)))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.boundingRect().contains(event.pos()):
            self.clicked()


class CommentMarkers(QObject):
    """The markers of one editor's canvas, following its document step by step."""

    def __init__(
        self,
        scene: JourneyScene,
        document: JourneyDocument,
        clicked: Callable[[str, str], None],
    ) -> None:
        super().__init__(scene)
        self.scene = scene
        self.document = document
        self.clicked = clicked  # (canvas kind, id) of the element whose marker was clicked
        self.counts: dict[Target, int] = document.open_comment_counts()
        self.markers: dict[Target, CommentMarker] = {}
        document.subscribe(self.follow)
        scene.laid_out.connect(self.place)
        self.place()

    def close(self) -> None:
        self.document.unsubscribe(self.follow)

    def follow(self, change: Change) -> None:
        """Open threads gained and lost by one step, from its comment rows alone."""
        rows = change.rows_of("comment")
        if not rows:
            return
        lost = open_thread_counts(row.before for row in rows if row.before is not None)
        gained = open_thread_counts(row.after for row in rows if row.after is not None)
        for target in lost.keys() | gained.keys():
            count = self.counts.get(target, 0) - lost.get(target, 0) + gained.get(target, 0)
            if count > 0:
                self.counts[target] = count
            else:
                self.counts.pop(target, None)
            self._show(target)

    def place(self) -> None:
        """After a layout: each marker on its element's item as it now is (a few dozen)."""
        for target in list(self.markers.keys() | self.counts.keys()):
            self._show(target)

    def _show(self, target: Target) -> None:
        kind, ref = target
        count = self.counts.get(target, 0)
        item = self.scene.item_for(CANVAS_KIND[kind], ref) if kind in CANVAS_KIND else None
        marker = self.markers.get(target)
        if marker is not None and (count == 0 or item is None or marker.parentItem() is not item):
            if marker.scene() is not None:
                marker.scene().removeItem(marker)
            del self.markers[target]
            marker = None
        if count == 0 or item is None:
            return
        if marker is None:
            canvas_kind = CANVAS_KIND[kind]
            marker = CommentMarker(
                count, lambda: self.clicked(canvas_kind, ref), item, kind == "emotion_point"
            )
            self.markers[target] = marker
        marker.set_count(count)
        marker.setPos(_corner(item))


def _corner(item: PosterItem) -> QPointF:
    """The top-right corner of an element (of a lane's header, for a lane)."""
    if isinstance(item, LaneItem):
        return QPointF(item.header_width - 2, 4)
    rect = item.layout_item.rect
    if item.kind == "emotion-point":  # beside the point (the bubble to its right), not over it
        return QPointF(rect.w, -2)
    return QPointF(rect.w + 4, 0)
