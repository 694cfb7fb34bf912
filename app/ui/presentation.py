"""Presentation mode (F5): the journey full screen, for a workshop read-out on a projector.

It opens on a title slide (the poster's own head: journey, context, persona), then reveals the
map stage by stage, or lane by lane (L switches): what comes later is covered by the paper, so
the emotion curve is drawn up to the stage being told, and the part already told is dimmed a
little. Arrows, Space, Page keys or a click move; Escape leaves. It is the editor's own scene in
a second view with no interaction: nothing can be changed from here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.render.header import header_item
from app.render.layout import new_context

from .canvas.painter import paint_ops
from .canvas.view import JourneyView
from .editor import MapEditor

SURROUND = QColor("#1F2A37")
PAPER = QColor("#FFFFFF")
TOLD = QColor(255, 255, 255, 110)  # over what was already told: a little paler
CAPTION_STYLE = "#caption { background: #1F2A37; } QLabel { color: #FFFFFF; font-size: 16pt; }"
KEYS_STYLE = "QLabel { color: #A7AFB8; font-size: 12pt; }"
STAGES, LANES = "stages", "lanes"
PAD = 24.0  # points of paper around what is shown
SHOWN_STAGES = 4  # stage by stage: room for the stage being told and the three before it
MOST_ZOOM = 1.8
SLIDE_WIDTH = 1000.0  # points: the title slide's measure


class TitleSlide(QWidget):
    """The poster's head (state, journey, context, goal, persona), centred and large."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        snapshot = editor.scene.snapshot
        self.head = None
        if snapshot is not None:  # the poster's head, laid out at a slide's measure
            context = new_context(snapshot, editor.scene.theme)
            self.head = header_item(context, snapshot, 0.0, 0.0, SLIDE_WIDTH, date.today())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), SURROUND)
        if self.head is None:
            return
        r = self.head.rect
        sheet = QRectF(0, 0, r.w + 120, r.h + 120)
        scale = min(self.width() * 0.86 / sheet.width(), self.height() * 0.8 / sheet.height())
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.translate(
            (self.width() - sheet.width() * scale) / 2, (self.height() - sheet.height() * scale) / 2
        )
        painter.scale(scale, scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER)
        painter.drawRoundedRect(sheet, 8, 8)
        painter.translate(60 - r.x, 60 - r.y)
        paint_ops(painter, self.head.absolute_ops(), self.editor.scene.pixmap_for)


class PresentationView(JourneyView):
    """The scene with no interaction; covers what is not told yet."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor.scene, parent)
        self.setInteractive(False)
        self.setAcceptDrops(False)
        self.setStyleSheet("JourneyView { border: none; }")
        self.setBackgroundBrush(SURROUND)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode = STAGES
        self.index = 0  # the stage or lane being told
        self.centre: QPointF | None = None  # where the view is going
        self.told = QRectF()  # what is shown in full
        self.hidden = QRectF()  # what is covered

    def grid_rect(self) -> QRectF:
        """Stage headers and lanes: the map without its margins."""
        scene = self.journey_scene()
        columns, rows = scene.columns, scene.rows
        top = min(
            (s.layout_item.rect.y for c in columns if (s := scene.item_for("stage", c.stage_id))),
            default=0.0,
        )
        bottom = rows[-1].y + rows[-1].h if rows else scene.sceneRect().bottom()
        right = columns[-1].x + columns[-1].w if columns else scene.sceneRect().right()
        return QRectF(scene.theme.margin, top, right - scene.theme.margin, bottom - top)

    def count(self) -> int:
        scene = self.journey_scene()
        return len(scene.columns if self.mode == STAGES else scene.rows)

    def show_step(self, animate: bool = True) -> None:
        """Frame and cover the map for the current stage (or lane)."""
        scene = self.journey_scene()
        grid = self.grid_rect()
        if not self.count():
            self.told, self.hidden = grid, QRectF()
            self.fitInView(grid, Qt.AspectRatioMode.KeepAspectRatio)
            return
        width, height = self.viewport().width(), self.viewport().height()
        theme = scene.theme
        if self.mode == STAGES:
            columns = scene.columns
            column = columns[self.index]
            edge = column.x + column.w + theme.column_gap / 2
            self.told = QRectF(column.x - theme.column_gap / 2, grid.top(), column.w, grid.height())
            self.hidden = QRectF(edge, grid.top() - PAD, grid.right() + PAD - edge,
                                 grid.height() + 2 * PAD)  # fmt: skip
            # room for a few stages beside the lane headers, the same zoom from stage to stage
            widths = sorted(c.w for c in columns)
            typical = widths[len(widths) // 2] + theme.column_gap
            span = SHOWN_STAGES * typical + theme.lane_header + 2 * PAD
            zoom = min(width / span, MOST_ZOOM)
            half_w, half_h = width / zoom / 2, height / zoom / 2
            x = max(edge + PAD - half_w, grid.left() - PAD + half_w)
            y = self._keep_y(grid, half_h)
        else:
            row = scene.rows[self.index]
            edge = row.y + row.h
            self.told = QRectF(grid.left(), row.y, grid.width(), row.h)
            self.hidden = QRectF(grid.left() - PAD, edge, grid.width() + 2 * PAD,
                                 grid.bottom() + PAD - edge)  # fmt: skip
            zoom = min((width - 2 * PAD) / (grid.width() + 2 * PAD), MOST_ZOOM)
            half_w, half_h = width / zoom / 2, height / zoom / 2
            x = grid.center().x()
            y = max(min(edge + PAD - half_h, grid.bottom() + PAD - half_h),
                    grid.top() - PAD + half_h)  # fmt: skip
        self.resetTransform()
        self.scale(zoom, zoom)
        focus = QPointF(x, y)
        self.centre = focus
        self._glide(focus if animate else None, focus)

    def _keep_y(self, grid: QRectF, half_h: float) -> float:
        """Stage after stage, the view stays at the height the presenter scrolled to."""
        top = grid.top() - PAD + half_h
        bottom = max(top, grid.bottom() + PAD - half_h)
        wanted = self.centre.y() if self.centre is not None else top
        return min(max(wanted, top), bottom)

    def scroll_by(self, screens: float) -> None:
        """Up and Down in stage mode: along the stage, most of a screen at a time."""
        if self.centre is None:
            return
        zoom = self.transform().m11() or 1.0
        step = self.viewport().height() / zoom * screens
        grid = self.grid_rect()
        half_h = self.viewport().height() / zoom / 2
        y = self.centre.y() + step
        y = min(max(y, grid.top() - PAD + half_h), max(grid.top() - PAD + half_h,
                                                        grid.bottom() + PAD - half_h))  # fmt: skip
        self.centre = QPointF(self.centre.x(), y)
        self._glide(self.centre, self.centre)

    def finish_motion(self) -> None:
        """Jump to where the glide is going (tests; a second key press does it too)."""
        animation = getattr(self, "_animation", None)
        if animation is not None and animation.state() == QVariantAnimation.State.Running:
            animation.setCurrentTime(animation.duration())

    def _glide(self, animated: QPointF | None, focus: QPointF) -> None:
        """Move to the new place in a quarter of a second (at once when not animated)."""
        self.finish_motion()
        start = self.mapToScene(self.viewport().rect().center())
        if animated is None:
            self.centerOn(focus)
            self.viewport().update()
            return
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(250)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.setStartValue(QPointF(start))
        self._animation.setEndValue(focus)
        self._animation.valueChanged.connect(lambda at: self.centerOn(at))
        self._animation.start()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        scene = self.journey_scene()
        if scene is None or not self.count():
            return
        if not self.hidden.isEmpty():
            painter.fillRect(self.hidden, PAPER)
        grid = self.grid_rect()
        if self.mode == STAGES:
            told = QRectF(
                grid.left() + scene.theme.lane_header,
                grid.top(),
                self.told.left() - grid.left() - scene.theme.lane_header,
                grid.height(),
            )
        else:
            told = QRectF(grid.left(), grid.top(), grid.width(), self.told.top() - grid.top())
        if told.width() > 0 and told.height() > 0:
            painter.fillRect(told, TOLD)

    # the presentation window handles every key and click
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        event.ignore()


class PresentationWindow(QWidget):
    """Full screen: the title slide, then the map step by step, with a caption."""

    def __init__(self, editor: MapEditor) -> None:
        super().__init__(editor.window(), Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Presentation — Parcours"))
        self.editor = editor
        self.slides = QStackedWidget()
        self.title_slide = TitleSlide(editor)
        self.view = PresentationView(editor)
        self.slides.addWidget(self.title_slide)
        self.slides.addWidget(self.view)
        self.caption = QLabel()  # where we are: plain text, a map's words are never markup
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.keys = QLabel(
            self.tr("← → to move, ↑ ↓ along a stage · L: by stage or by lane · Esc to leave")
        )
        self.keys.setStyleSheet(KEYS_STYLE)
        bar = QWidget()
        bar.setObjectName("caption")
        bar.setStyleSheet(CAPTION_STYLE)
        row = QHBoxLayout(bar)
        row.setContentsMargins(28, 10, 28, 10)
        row.addWidget(self.caption)
        row.addStretch(1)
        row.addWidget(self.keys)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.slides, 1)
        layout.addWidget(bar)
        self.step = 0  # 0: the title slide; then 1 per stage (or lane)
        self._selection = editor.scene.selected_refs()
        editor.scene.clearSelection()  # a projector shows the map, not the editor's selection
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show()

    @property
    def mode(self) -> str:
        return self.view.mode

    def go(self, step: int, animate: bool = True) -> None:
        self.step = max(0, min(self.view.count(), step))
        self._show(animate)

    def switch_mode(self) -> None:
        """Stage by stage, or lane by lane (L)."""
        self.view.mode = LANES if self.view.mode == STAGES else STAGES
        self.view.centre = None
        self.go(min(self.step, self.view.count()), animate=False)

    def _show(self, animate: bool = False) -> None:
        scene = self.editor.scene
        if self.step == 0:
            self.slides.setCurrentWidget(self.title_slide)
            self.caption.setText(scene.snapshot.journey.title if scene.snapshot else "")
            return
        self.slides.setCurrentWidget(self.view)
        self.view.index = self.step - 1
        self.view.show_step(animate)
        total = self.view.count()
        if self.view.mode == STAGES:
            title = scene.snapshot.stages[self.view.index].title if scene.snapshot else ""
            where = (
                self.tr("Stage %1 of %2").replace("%1", str(self.step)).replace("%2", str(total))
            )
        else:
            lane_id = scene.rows[self.view.index].lane_id
            title = (
                next((la.title for la in scene.snapshot.lanes if la.id == lane_id), "")
                if scene.snapshot
                else ""
            )
            where = self.tr("Lane %1 of %2").replace("%1", str(self.step)).replace("%2", str(total))
        self.caption.setText(f"{where} · {title}")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        forward = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown,
                   Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N)  # fmt: skip
        back = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P)
        along = {Qt.Key.Key_Down: 0.6, Qt.Key.Key_Up: -0.6}
        if key in along and self.step and self.view.mode == STAGES:
            self.view.scroll_by(along[key])  # along a tall stage
        elif key in along:
            self.go(self.step + (1 if along[key] > 0 else -1))
        elif key in forward:
            self.go(self.step + 1)
        elif key in back:
            self.go(self.step - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(self.view.count())
        elif key == Qt.Key.Key_L:
            self.switch_mode()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.go(self.step + (1 if event.button() == Qt.MouseButton.LeftButton else -1))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.go(self.step + (1 if event.angleDelta().y() < 0 else -1))

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.step:
            self.view.show_step(animate=False)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.editor.view.restore_detail()
        self.editor.scene.select_refs(self._selection)
        self.editor.view.setFocus()
        super().closeEvent(event)  # type: ignore[arg-type]


def present(editor: MapEditor) -> PresentationWindow:
    window = PresentationWindow(editor)
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    return window
