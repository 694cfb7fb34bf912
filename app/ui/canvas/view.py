"""`JourneyView`: zoom around the cursor, pan, rubber band, palette drops, sticky headers.

Stage headers stay readable at the top and lane headers at the left while the map scrolls:
when their real place is out of view, the view paints an opaque copy of them along its edge.
Qt scrolls a view by moving the pixels already on screen, which would carry those copies
along and leave them behind as garbage; so a scroll repaints both bands too.
The page hangs from its top (and its left once the user has zoomed), so a lane that grows
never moves what is above it; fit-to-window follows the window's size until the user zooms.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from .drops import DropFeedback
from .inline_editor import InlineTextEditor
from .painter import paint_ops
from .scene import JourneyScene

PALETTE_MIME = "application/x-parcours-palette"
ZOOM_STEP = 1.2
ZOOM_RANGE = (0.05, 8.0)
ANCHORED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
"""Zoomed by the user: the page hangs from its top left, so growing content moves nothing."""
FITTED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
"""Fitted to the window: centred across, from the top (a lane that grows moves nothing)."""
PAPER = QColor("#FFFFFF")
STICKY_RULE = QColor("#C9D0D8")
STICKY_SHADOW = (QColor(31, 42, 55, 40), QColor(31, 42, 55, 14))  # two pixels under the band
FOCUS_FRAME = (
    "JourneyView { border: 2px solid transparent; }"
    " JourneyView:focus { border: 2px solid #2F6FDE; }"
)
PIXEL_CACHE_KB = 32 * 1024


class JourneyView(QGraphicsView):
    """The window onto a `JourneyScene`."""

    palette_dropped = Signal(str, QPointF)  # palette entry, scene position
    files_dropped = Signal(list, QPointF)  # local file paths, scene position
    maps_dropped = Signal(list)  # local paths of maps (.cjm): a copy to merge, or a map to open
    zoom_changed = Signal(float)
    key_pressed = Signal(QKeyEvent)
    pressed_at = Signal(QPointF)  # a left press, in scene coordinates
    hovered = Signal(QPointF)  # the mouse moved with no button down
    cell_double_clicked = Signal(QPointF)  # a double-click where no element is
    context_requested = Signal(QPointF, QPoint)  # scene position, global position
    drag_hint = Signal(str)  # what a drag over the canvas would do, or why it cannot
    drop_refused = Signal(str)  # why a drop was refused

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
        self.setAlignment(ANCHORED)
        # scroll bars that come and go would narrow the page's room and move it
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setStyleSheet(FOCUS_FRAME)  # where the keyboard is, visibly
        self._space_held = False
        self._middle_pan: QPointF | None = None
        self.fitting = False  # fit-to-window follows the window until the user zooms
        self._fitted_to = self.size()
        self.tab_handler: Callable[[int], bool] | None = None  # Tab: the next card, if any
        self.drops = DropFeedback(scene)
        self.viewport().setMouseTracking(True)

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
        self.fitting = False
        self.setAlignment(ANCHORED)
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
        self.setAlignment(FITTED)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.fitting = True
        self._fitted_to = self.size()
        self._zoomed()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fitting and self.size() != self._fitted_to:  # the window, not the content
            self.fit()

    def _zoomed(self) -> None:
        self.journey_scene().set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())

    def restore_detail(self) -> None:
        """The scene's level of detail as this view needs it (another view may have changed
        it: the presentation)."""
        self.journey_scene().set_zoom(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * ZOOM_STEP**steps, event.position())
            event.accept()
        else:
            super().wheelEvent(event)

    # -- pan: space-drag or the middle button ---------------------------------------------

    def editing_text(self) -> bool:
        return isinstance(self.scene().focusItem(), InlineTextEditor)

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab go from card to card; past the last, to the next widget."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and not self.editing_text()
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self.tab_handler is not None and self.tab_handler(-1 if backwards else 1):
                return True
            return self.focusNextPrevChild(not backwards)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.editing_text():
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
        if event.button() == Qt.MouseButton.LeftButton:
            self.pressed_at.emit(self.mapToScene(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """On an element: edit it (the element's own gesture); where there is none, ask the
        editor to create what the cell takes."""
        at = self.mapToScene(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and not self._element_at(at):
            self.cell_double_clicked.emit(at)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _element_at(self, at: QPointF) -> bool:
        return any(
            item.flags() & item.GraphicsItemFlag.ItemIsSelectable or item.hasFocus()
            for item in self.scene().items(at)
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.context_requested.emit(self.mapToScene(event.pos()), event.globalPos())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._middle_pan is not None:
            delta = event.position() - self._middle_pan
            self._middle_pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        if not event.buttons():
            self.hovered.emit(self.mapToScene(event.position().toPoint()))
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

    def _drag_over(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        """Show where the drag would land, and refuse it where nothing can take it."""
        data = event.mimeData()
        at = self.mapToScene(event.position().toPoint())
        if data.hasFormat(PALETTE_MIME):
            entry = bytes(data.data(PALETTE_MIME).data()).decode("utf-8")
            allowed, why = self.drops.entry_over(entry, at)
        elif _only_maps(data):
            allowed, why = True, self.drops.maps_over()
        elif self._accepts(event):
            allowed, why = self.drops.photos_over(at)
        else:
            event.ignore()
            return
        self.drag_hint.emit(why)
        if allowed:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            self._drag_over(event)
            event.accept()  # the moves that follow say yes or no, place by place
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event):
            self._drag_over(event)
        else:
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self.drops.clear()
        self.drag_hint.emit("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        at = self.mapToScene(event.position().toPoint())
        if data.hasFormat(PALETTE_MIME):
            entry = bytes(data.data(PALETTE_MIME).data()).decode("utf-8")
            allowed, why = self.drops.entry_over(entry, at)
        elif _only_maps(data):
            self.drops.clear()
            self.drag_hint.emit("")
            self.maps_dropped.emit(_local_paths(data))
            event.acceptProposedAction()
            return
        elif self._accepts(event):
            allowed, why = self.drops.photos_over(at)
        else:
            super().dropEvent(event)
            return
        self.drops.clear()
        self.drag_hint.emit("")
        if not allowed:  # a drop the last move refused (a window manager may still send it)
            self.drop_refused.emit(why)
            event.ignore()
            return
        if data.hasFormat(PALETTE_MIME):
            self.palette_dropped.emit(entry, at)
        else:
            self.files_dropped.emit(_local_paths(data), at)
        event.acceptProposedAction()

    # -- sticky headers --------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        """Qt moves the pixels on screen, the header copies among them: paint both bands again,
        with the strip the old copies were moved to."""
        super().scrollContentsBy(dx, dy)
        top, left = self._band_extent()
        viewport = self.viewport()
        if top:
            viewport.update(QRect(0, 0, viewport.width(), top + abs(dy) + 4))
        if left:
            viewport.update(QRect(0, 0, left + abs(dx) + 4, viewport.height()))

    def show_rect(self, rect: QRectF) -> None:
        """Scroll `rect` (scene) into view, clear of the sticky headers that would cover it."""
        top, left = self._band_extent()
        zoom = max(self.zoom(), 0.01)
        margin = 16 / zoom
        self.ensureVisible(
            rect.adjusted(-left / zoom - margin, -top / zoom - margin, margin, margin), 0, 0
        )

    def _band_extent(self) -> tuple[int, int]:
        """Height of the stage band and width of the lane band, in viewport pixels."""
        scene = self.journey_scene()
        if scene is None:  # the window is closing
            return 0, 0
        zoom = self.zoom()
        stages = [s for c in scene.columns if (s := scene.item_for("stage", c.stage_id))]
        top = max((s.layout_item.rect.h for s in stages), default=0.0) * zoom
        left = (scene.theme.lane_header + scene.theme.margin) * zoom if scene.rows else 0.0
        return int(top) + 4, int(left) + 4

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        scene = self.journey_scene()
        if scene is None:
            return
        # the items leave their hints behind (DontSavePainterState): set ours
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        theme = scene.theme
        header_right = theme.margin + theme.lane_header
        lanes = [lane for r in scene.rows if (lane := scene.item_for("lane", r.lane_id))]
        evidence = scene.item_for("lane", "evidence")
        lanes += [evidence] if evidence is not None else []
        left_band = bool(lanes) and lanes[0].layout_item.rect.x < visible.left() - 0.5
        if left_band:
            width = header_right - lanes[0].layout_item.rect.x
            painter.save()
            painter.fillRect(QRectF(visible.left(), visible.top(), width, visible.height()), PAPER)
            painter.translate(visible.left() - lanes[0].layout_item.rect.x, 0)
            for lane in lanes:  # bands are drawn where they stand (origin 0, 0)
                r = lane.layout_item.rect
                painter.save()
                painter.setClipRect(QRectF(r.x, r.y, header_right - r.x, r.h))
                paint_ops(painter, lane.layout_item.ops, scene.pixmap_for)
                painter.restore()
            painter.setPen(QPen(STICKY_RULE, 0))
            painter.drawLine(
                QPointF(header_right, visible.top()), QPointF(header_right, visible.bottom())
            )
            painter.restore()
        stages = [s for c in scene.columns if (s := scene.item_for("stage", c.stage_id))]
        if stages and stages[0].layout_item.rect.y < visible.top() - 0.5:
            top = stages[0].layout_item.rect.y
            height = max(s.layout_item.rect.h for s in stages)
            band = QRectF(visible.left(), visible.top(), visible.width(), height)
            painter.save()
            painter.fillRect(band, PAPER)
            painter.save()
            painter.translate(0, visible.top() - top)
            for stage in stages:
                paint_ops(painter, stage.layout_item.ops, scene.pixmap_for)
            painter.restore()
            if left_band:  # the corner: neither a stage nor a lane
                painter.fillRect(
                    QRectF(visible.left(), visible.top(), header_right - theme.margin, height),
                    PAPER,
                )
            self._shadow(painter, band)
            painter.restore()

    def _shadow(self, painter: QPainter, band: QRectF) -> None:
        """A rule and a soft shadow under the stage band: the map slides under it."""
        pixel = 1 / max(self.zoom(), 0.01)
        painter.fillRect(QRectF(band.left(), band.bottom(), band.width(), pixel), STICKY_RULE)
        for step, shade in enumerate(STICKY_SHADOW, start=1):
            painter.fillRect(
                QRectF(band.left(), band.bottom() + step * pixel, band.width(), pixel), shade
            )


def _local_paths(data: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def _only_maps(data: QMimeData) -> bool:
    """Dragged files that are all maps (.cjm): merged or opened, wherever they are dropped."""
    paths = _local_paths(data) if data.hasUrls() else []
    return bool(paths) and all(p.suffix.lower() == ".cjm" for p in paths)
