"""Canvas items: one class per kind of map element, each drawing its layout item's ops.

Items never write to the document: a press-drag-release runs the gesture the scene installed
for the item's kind (gestures.py), which reports an intent; the editor turns it into a document
step. Bounding rects are constant between layouts, and far-out zoom paints boxes without text
(Qt's chip demo).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.render.fonts import TextMeasurer
from app.render.ops import Box, Circle, Item, Line, Path, Picture, Text

from .painter import paint_ops, paint_outline, qt_path

if TYPE_CHECKING:
    from .scene import JourneyScene

SELECTION = QColor("#2F6FDE")
SELECTION_PEN = QPen(SELECTION, 2.0)
SELECTION_PEN.setCosmetic(True)
ANTIALIASING = QPainter.RenderHint.Antialiasing
LOW_DETAIL = 0.22  # below this zoom, text is greeked (drawn as bars)
TINY_DETAIL = 0.12  # below this, only filled boxes and the curve
EDGE = 6.0  # how close to an edge (in view pixels) a resize starts
CONNECTION_FAR = "#3D4A5C"  # an arrow far out: a hairline of the theme's connection colour
# looked up once: a PySide6 enum member costs microseconds per lookup, and an open map makes
# tens of thousands of items
_FLAG = QGraphicsItem.GraphicsItemFlag
EXTENDED_STYLE = _FLAG.ItemUsesExtendedStyleOption
SELECTABLE = _FLAG.ItemIsSelectable
PICKABLE = EXTENDED_STYLE | SELECTABLE | _FLAG.ItemIsFocusable
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


@cache
def _measure() -> TextMeasurer:
    """The widths the layout wrapped with, so bounds hold every glyph (made on first use: a
    window with no map open needs no font file)."""
    return TextMeasurer()


def _shift(item: Item) -> tuple[float, float]:
    """Where the item's ops have their (0, 0), from the item's top-left corner."""
    return item.origin[0] - item.rect.x, item.origin[1] - item.rect.y


def _local_bounds(item: Item) -> QRectF:
    """The rectangle every op of `item` stays in (some ops overhang the item's rect), from the
    item's top-left corner (in plain numbers: an open map makes thousands of these)."""
    dx, dy = _shift(item)
    left, top = -dx, -dy
    right, bottom = left + item.rect.w, top + item.rect.h
    for op in item.ops:
        if isinstance(op, Text):
            width = _measure().width(op.text, op.style, op.size)
            x0, y0, x1, y1 = op.x - 1, op.y - op.size, op.x + width + 1, op.y + op.size * 0.4
        elif isinstance(op, Box | Picture):
            x0, y0, x1, y1 = op.x, op.y, op.x + op.w, op.y + op.h
        elif isinstance(op, Circle):
            x0, y0, x1, y1 = op.cx - op.r, op.cy - op.r, op.cx + op.r, op.cy + op.r
        elif isinstance(op, Line):
            x0, x1 = min(op.x1, op.x2), max(op.x1, op.x2)
            y0, y1 = min(op.y1, op.y2), max(op.y1, op.y2)
        else:  # a path
            xs = [point[0] for point in op.points]
            ys = [point[1] for point in op.points]
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        left, top = min(left, x0), min(top, y0)
        right, bottom = max(right, x1), max(bottom, y1)
    # room for the selection frame
    return QRectF(left - 3 + dx, top - 3 + dy, right - left + 6, bottom - top + 6)


class PosterItem(QGraphicsItem):
    """An element of the layout on the canvas, placed at its layout position."""

    def __init__(self, item: Item) -> None:
        super().__init__()
        self.setFlags(EXTENDED_STYLE)
        self.layout_item = item
        self._local_bounds = _local_bounds(item)
        self._outline: tuple[tuple, tuple] | None = None
        self.setPos(item.rect.x, item.rect.y)

    @property
    def kind(self) -> str:
        return self.layout_item.kind

    @property
    def ref(self) -> str:
        return self.layout_item.ref

    def set_layout_item(self, item: Item) -> bool:
        """Take the geometry and look of a new layout; repaint only if the look changed (a card
        that only moved keeps the very same ops, and is only moved). True if anything did."""
        old = self.layout_item
        if item is old:
            return False
        if item == old:
            self.layout_item = item  # the very same next time
            return False
        self.layout_item = item
        same_look = (
            item.ops is old.ops
            and _shift(item) == _shift(old)
            and (item.rect.w, item.rect.h) == (old.rect.w, old.rect.h)
        )
        if not same_look:
            local = _local_bounds(item)
            if local != self._local_bounds:
                self.prepareGeometryChange()
                self._local_bounds = local
            self.update()
        if (item.rect.x, item.rect.y) != (old.rect.x, old.rect.y):
            self.setPos(item.rect.x, item.rect.y)
        return True

    def outline_ops(self) -> tuple:
        """Far out, an element is its filled boxes and the curve (computed once per look)."""
        if self._outline is None or self._outline[0] is not self.layout_item.ops:
            ops = tuple(
                op
                for op in self.layout_item.ops
                if (isinstance(op, Box) and op.fill and op.w * op.h > 40)
                or (isinstance(op, Path) and op.width >= 2)
            )
            self._outline = (self.layout_item.ops, ops)
        return self._outline[1]

    def layout_rect(self) -> QRectF:
        """The item's own rectangle in scene coordinates, as the layout placed it (an item in a
        row of the grid is placed from the row's top)."""
        r = self.layout_item.rect
        parent = self.parentItem()
        origin = parent.scenePos() if parent is not None else QPointF()
        return QRectF(r.x + origin.x(), r.y + origin.y(), r.w, r.h)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._local_bounds

    def journey_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        dx, dy = _shift(self.layout_item)
        if dx or dy:
            painter.translate(dx, dy)
        painter.setRenderHint(ANTIALIASING, detail > LOW_DETAIL)
        scene = self.journey_scene()
        if detail < TINY_DETAIL:
            paint_outline(painter, self.outline_ops())
        else:
            paint_ops(painter, self.layout_item.ops, scene.pixmap_for, text=detail > LOW_DETAIL)
        if self.isSelected():  # 2 pixels on the element's edge at any zoom, within its bounds
            painter.setRenderHint(ANTIALIASING)
            painter.setPen(SELECTION_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = self.layout_item.rect
            painter.drawRoundedRect(QRectF(-dx, -dy, r.w, r.h), 4, 4)


class DraggableItem(PosterItem):
    """Selectable items whose press-drag-release is one gesture reported to the scene."""

    def __init__(self, item: Item) -> None:
        super().__init__(item)
        self.setFlags(PICKABLE)
        self.setCacheMode(DEVICE_CACHE)
        self.setAcceptHoverEvents(True)
        self._press: QPointF | None = None
        self._gesture: Any = None
        self._mode = "move"

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        super().mousePressEvent(event)
        self._press = event.scenePos()
        self._gesture = None
        self._mode = self.mode_at(event.pos())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        if self._gesture is None:
            if (
                event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            ).manhattanLength() < 4:
                return
            self._gesture = self.journey_scene().begin_gesture(self, self._mode)
            if self._gesture is None:  # nothing installed (presentation, read-only)
                self._press = None
                return
        self._gesture.moved(self._press, event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        gesture, press = self._gesture, self._press
        self._press, self._gesture = None, None
        if gesture is not None and press is not None:
            gesture.finished(press, event.scenePos())
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.journey_scene().edit_text_requested(self)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        mode = self.mode_at(event.pos())
        cursors = {
            "resize-width": Qt.CursorShape.SizeHorCursor,
            "resize-height": Qt.CursorShape.SizeVerCursor,
        }
        self.setCursor(cursors.get(mode, Qt.CursorShape.OpenHandCursor))

    def mode_at(self, local: QPointF) -> str:
        """What a drag starting at `local` does: 'move', or a resize."""
        return "move"

    def edge_width(self) -> float:
        view_scale = self.journey_scene().view_scale()
        return EDGE / max(view_scale, 0.05)


class CardItem(DraggableItem):
    """A card in a cell: drag to another cell or another place in its cell; drag its handle
    (the ring on its right edge, shown when the card is selected or under the mouse) to another
    card to connect the two."""

    HANDLE = 6.0  # radius of the connection handle, in points

    def __init__(self, item: Item) -> None:
        super().__init__(item)
        self.setZValue(2)
        self._hovered = False

    def boundingRect(self) -> QRectF:  # noqa: N802
        """The card's ops and the connection handle that stands astride its right edge."""
        return self._local_bounds.adjusted(0, 0, self.HANDLE + 3, 0)

    def handle_centre(self) -> QPointF:
        """Where the connection handle is, in the item's own coordinates."""
        r = self.layout_item.rect
        return QPointF(r.w, r.h / 2)

    def shape(self) -> QPainterPath:
        """The card itself (not the room its bounds keep for badges), and its handle when shown:
        a click beside the card reaches what lies there (an arrow)."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the card: both count
        r = self.layout_item.rect
        path.addRect(QRectF(0, 0, r.w, r.h))
        if self.handle_shown():
            path.addEllipse(self.handle_centre(), self.HANDLE + 2, self.HANDLE + 2)
        return path

    def handle_shown(self) -> bool:
        scene = self.journey_scene()
        return bool(scene is not None and scene.gestures) and (self._hovered or self.isSelected())

    def mode_at(self, local: QPointF) -> str:
        reach = max(self.HANDLE, self.edge_width()) + 2
        near = (local - self.handle_centre()).manhattanLength() <= reach * 1.4
        return "connect" if near and self.handle_shown() else "move"

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self.mode_at(event.pos()) == "connect":
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            super().hoverMoveEvent(event)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        if self.handle_shown():
            painter.setRenderHint(ANTIALIASING, True)
            centre = self.handle_centre() - QPointF(*_shift(self.layout_item))
            painter.setPen(QPen(SELECTION, 1.6))
            painter.setBrush(QBrush(QColor("#FFFFFF")))
            painter.drawEllipse(centre, self.HANDLE, self.HANDLE)
            painter.setBrush(QBrush(SELECTION))
            painter.drawEllipse(centre, self.HANDLE * 0.4, self.HANDLE * 0.4)


class MetricItem(PosterItem):
    """A stage metric in the metrics lane (edited in the inspector)."""

    def __init__(self, item: Item) -> None:
        super().__init__(item)
        self.setFlags(EXTENDED_STYLE | SELECTABLE)
        self.setZValue(2)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.journey_scene().edit_text_requested(self)


class ConnectionItem(PosterItem):
    """An arrow from one card to another: selectable along its curve (Delete removes it)."""

    def __init__(self, item: Item) -> None:
        super().__init__(item)
        self.setFlags(EXTENDED_STYLE | SELECTABLE)
        self.setZValue(1.5)  # under the rows of cards, as on the poster
        self._shape: tuple[object, QPainterPath] | None = None
        self._path: tuple[object, QPainterPath] | None = None
        self._drawing: tuple[object, list[tuple[QPainterPath, QPen, QBrush]]] | None = None

    def _curve(self) -> QPainterPath:
        if self._path is not None and self._path[0] is self.layout_item.ops:
            return self._path[1]
        path = QPainterPath()
        dx, dy = _shift(self.layout_item)
        for op in self.layout_item.ops:
            if isinstance(op, Path):
                path.addPath(qt_path(op).translated(dx, dy))
        self._path = (self.layout_item.ops, path)
        return path

    def shape(self) -> QPainterPath:
        if self._shape is None or self._shape[0] is not self.layout_item.ops:
            stroker = QPainterPathStroker()
            stroker.setWidth(9.0)
            self._shape = (self.layout_item.ops, stroker.createStroke(self._curve()))
        return self._shape[1]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.isSelected():
            painter.setRenderHint(ANTIALIASING, True)
            glow = QColor(SELECTION)
            glow.setAlpha(90)
            painter.setPen(QPen(glow, 7.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._curve())
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if detail < LOW_DETAIL:  # far out: the path alone, as the rows paint their outlines
            painter.setPen(QPen(QColor(CONNECTION_FAR), 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._curve())
            return
        painter.setRenderHint(ANTIALIASING, True)
        for path, pen, brush in self._drawn():
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)

    def _drawn(self) -> list[tuple[QPainterPath, QPen, QBrush]]:
        """The arrow's curve, head and ring as Qt paths with their pens, made once per look
        (the arrow is three ops: painting them through `paint_ops` cost ten times more)."""
        ops = self.layout_item.ops
        if self._drawing is not None and self._drawing[0] is ops:
            return self._drawing[1]
        dx, dy = _shift(self.layout_item)
        drawn = []
        for op in ops:
            path = QPainterPath()
            if isinstance(op, Path):
                path = qt_path(op)
            elif isinstance(op, Circle):
                path.addEllipse(QPointF(op.cx, op.cy), op.r, op.r)
            else:
                continue
            pen = QPen(QColor(op.stroke), op.width) if op.stroke else QPen(Qt.PenStyle.NoPen)
            brush = QBrush(QColor(op.fill)) if op.fill else QBrush(Qt.BrushStyle.NoBrush)
            drawn.append((path.translated(dx, dy), pen, brush))
        self._drawing = (ops, drawn)
        return drawn


class StageItem(DraggableItem):
    """A stage header: drag sideways to reorder, drag its right edge to widen."""

    def __init__(self, item: Item) -> None:
        super().__init__(item)
        self.setZValue(3)

    def mode_at(self, local: QPointF) -> str:
        right = self.layout_item.rect.w
        return "resize-width" if right - self.edge_width() <= local.x() <= right + 2 else "move"


class LaneItem(DraggableItem):
    """A lane: its header (left) drags up and down to reorder; its bottom edge resizes it.

    Only the header takes the mouse: clicks on the lane's empty cells start a rubber band.
    """

    def __init__(self, item: Item, header_width: float) -> None:
        self.header_width = header_width
        super().__init__(item)
        self.setZValue(0)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.header_width, self.layout_item.rect.h))
        return path

    def mode_at(self, local: QPointF) -> str:
        bottom = self.layout_item.rect.h
        return "resize-height" if bottom - self.edge_width() <= local.y() <= bottom + 2 else "move"


class EmotionPointItem(DraggableItem):
    """A point of the emotion curve: drag up and down for the value, sideways along the journey."""

    def __init__(self, item: Item) -> None:
        super().__init__(item)
        self.setZValue(5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QRectF(-3, -3, 16, 16))
        return path

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.setCursor(Qt.CursorShape.SizeAllCursor)


ITEM_CLASSES: dict[str, type[PosterItem]] = {
    "card": CardItem,
    "metric": MetricItem,
    "connection": ConnectionItem,
    "stage": StageItem,
    "emotion-point": EmotionPointItem,
}
