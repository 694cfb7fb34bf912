"""`JourneyView`: zoom around the cursor, pan, rubber band, palette drops, sticky headers.

Stage headers stay readable at the top and lane headers at the left while the map scrolls:
when their real place is out of view, the view paints a copy of them along its edge.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from .inline_editor import InlineTextEditor
from .painter import paint_ops
from .scene import JourneyScene, point_at

PALETTE_MIME = "application/x-parcours-palette"
ZOOM_STEP = 1.2
ZOOM_RANGE = (0.05, 8.0)
STICKY_SHADE = QColor(255, 255, 255, 235)
PIXEL_CACHE_KB = 32 * 1024


class JourneyView(QGraphicsView):
    """The window onto a `JourneyScene`."""

    palette_dropped = Signal(str, QPointF)  # palette entry, scene position
    files_dropped = Signal(list, QPointF)  # local file paths, scene position
    zoom_changed = Signal(float)
    key_pressed = Signal(QKeyEvent)
    empty_double_clicked = Signal(QPointF)  # scene position of a double-click on no element
    context_menu_requested = Signal(QPointF, QPoint)  # scene position, global position

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setBackgroundBrush(QColor("#E9ECEF"))
        # cards keep their pixels at the zoom shown (items.py): room for a few screenfuls
        # (Qt's default, 10 MB, holds less than one at 300 %, and paints them afresh)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXEL_CACHE_KB))
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._space_held = False
        self._middle_pan: QPointF | None = None

    def journey_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

    # -- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor))
        if anchor is not None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor / self.zoom(), factor / self.zoom())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._zoomed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def _zoomed(self) -> None:
        self.journey_scene().set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * ZOOM_STEP**steps, event.position())
            event.accept()
        else:
            super().wheelEvent(event)

    # -- pan: space-drag or the middle button ---------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if isinstance(self.scene().focusItem(), InlineTextEditor):
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        event.ignore()
        self.key_pressed.emit(event)
        if not event.isAccepted():
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            self._middle_pan = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        at = self.mapToScene(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and point_at(self.journey_scene(), at) is None
        ):
            self.empty_double_clicked.emit(at)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.context_menu_requested.emit(self.mapToScene(event.pos()), event.globalPos())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._middle_pan is not None:
            delta = event.position() - self._middle_pan
            self._middle_pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton and self._middle_pan is not None:
            self._middle_pan = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- drops from the palette (accept in dragMoveEvent too, or the drop never comes) -----

    @staticmethod
    def _accepts(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        data = event.mimeData()
        files = data.hasUrls() and any(url.isLocalFile() for url in data.urls())
        return data.hasFormat(PALETTE_MIME) or files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        at = self.mapToScene(event.position().toPoint())
        if data.hasFormat(PALETTE_MIME):
            entry = bytes(data.data(PALETTE_MIME).data()).decode("utf-8")
            self.palette_dropped.emit(entry, at)
            event.acceptProposedAction()
        elif self._accepts(event):
            paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
            self.files_dropped.emit(paths, at)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    # -- sticky headers --------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        scene = self.journey_scene()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        stages = [s for c in scene.columns if (s := scene.item_for("stage", c.stage_id))]
        if stages and stages[0].layout_item.rect.y < visible.top():
            top = stages[0].layout_item.rect.y
            height = max(s.layout_item.rect.h for s in stages)
            painter.save()
            painter.fillRect(
                QRectF(visible.left(), visible.top(), visible.width(), height), STICKY_SHADE
            )
            painter.translate(0, visible.top() - top)
            for stage in stages:
                paint_ops(painter, stage.layout_item.ops, scene.pixmap_for)
            painter.restore()
        lanes = [lane for r in scene.rows if (lane := scene.item_for("lane", r.lane_id))]
        header = scene.theme.margin + scene.theme.lane_header
        if lanes and lanes[0].layout_item.rect.x < visible.left() - 1:
            left = lanes[0].layout_item.rect.x
            painter.save()
            painter.translate(visible.left() - left, 0)
            for lane in lanes:
                r = lane.layout_item.rect
                painter.save()
                painter.setClipRect(QRectF(r.x, r.y, header - r.x, r.h))
                painter.fillRect(QRectF(r.x, r.y, header - r.x, r.h), STICKY_SHADE)
                paint_ops(painter, lane.layout_item.ops, scene.pixmap_for)
                painter.restore()
            painter.restore()
