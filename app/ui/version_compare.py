"""What changed since a version, shown on the canvas: cards added and changed are marked, the
removed ones are named in a bar above the map, which also says how many and stops comparing.

Marks never rest on colour alone: an added element has a solid outline and a "+" badge, a
changed one a dashed outline and a "Δ" badge (Okabe–Ito blue and vermillion, told apart by
colour-blind readers too). Removed elements are not on the map any more, so they are listed by
name rather than drawn as ghosts that would cover the cards now in their place. When the map
being compared is the one being edited, the marks follow each edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.model import Change, DocumentError
from app.model.version_history import Comparison

from .canvas.scene import JourneyScene
from .document_tab import DocumentTab
from .messages import user_message
from .version_words import summary

ADDED = QColor("#0072B2")
CHANGED = QColor("#D55E00")
BADGES = {"added": "+", "changed": "Δ"}
CANVAS_KINDS = {
    "card": "card",
    "stage": "stage",
    "lane": "lane",
    "emotion_point": "emotion-point",
    "metric": "metric",
}
"""Tables whose rows have an item of their own on the canvas, and that item's kind."""
LISTED_REMOVED = 5

Key = tuple[str, str]


def canvas_marks(comparison: Comparison) -> dict[Key, str]:
    """(item kind, id) -> "added" | "changed", for the elements the canvas draws."""
    marks: dict[Key, str] = {}
    for what, rows in (("added", comparison.added), ("changed", comparison.changed)):
        for table, key in rows:
            if table in CANVAS_KINDS:
                marks[(CANVAS_KINDS[table], key)] = what
    return marks


def draw_mark(painter: QPainter, rect: QRectF, what: str) -> None:
    """The outline and badge of one mark around `rect` (also drawn in the bar's legend)."""
    colour = ADDED if what == "added" else CHANGED
    edge = QPen(colour, 2.5, Qt.PenStyle.SolidLine if what == "added" else Qt.PenStyle.DashLine)
    edge.setCosmetic(True)
    painter.setPen(edge)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 5, 5)
    radius = 10.0
    centre = QPointF(rect.right() - 2, rect.top() + 2)
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(centre, radius, radius)
    font = QFont(painter.font())
    font.setPixelSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    badge = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, BADGES[what])


class CompareMarks(QGraphicsItem):
    """The marks of one comparison over the canvas (they follow the layout as it changes)."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__()
        self.setZValue(91)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._scene = scene
        self.marks: dict[Key, str] = {}
        scene.addItem(self)
        scene.laid_out.connect(self._follow)

    def _follow(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def show_marks(self, marks: dict[Key, str]) -> None:
        self.marks = marks
        self._follow()

    def shown(self) -> dict[Key, str]:
        """The marks drawn on the journey shown (the others are in other journeys)."""
        return {k: w for k, w in self.marks.items() if self._scene.item_for(*k) is not None}

    def first_shown(self) -> QRectF | None:
        """Where the first mark is, in reading order (left to right, top to bottom)."""
        rects = [
            item.sceneBoundingRect()
            for key in self.marks
            if (item := self._scene.item_for(*key)) is not None and key[0] != "lane"
        ]
        return min(rects, key=lambda r: (r.left(), r.top())) if rects else None

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._scene.sceneRect().adjusted(-12, -12, 12, 12) if self.marks else QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for key, what in self.marks.items():
            item = self._scene.item_for(*key)
            if item is not None:
                grow = 9 if key[0] == "emotion-point" else 3
                draw_mark(painter, item.layout_rect().adjusted(-grow, -grow, grow, grow), what)

    def detach(self) -> None:
        self._scene.laid_out.disconnect(self._follow)
        self._scene.removeItem(self)


def legend_pixmap(what: str) -> QPixmap:
    pixmap = QPixmap(40, 30)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_mark(painter, QRectF(3, 11, 26, 16), what)
    painter.end()
    return pixmap


class CompareBar(QWidget):
    """The bar above a compared map: against what, how many changes, what was removed, the
    legend of the marks, and Stop Comparing."""

    def __init__(
        self,
        tab: DocumentTab,
        against: str,
        comparison: Comparison,
        again: Callable[[], Comparison] | None = None,
    ) -> None:
        super().__init__(tab)
        self.tab = tab
        self.against = against
        self._again = again
        self.setObjectName("compare-bar")
        self.setStyleSheet(
            "#compare-bar { background: #EEF4FA; border-bottom: 1px solid #C5D5E6; }"
        )
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the map
        self.text.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop Comparing"))
        self.stop_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text, 1)
        for what, words in (("added", self.tr("added")), ("changed", self.tr("changed"))):
            swatch = QLabel()
            swatch.setPixmap(legend_pixmap(what))
            layout.addWidget(swatch)
            layout.addWidget(QLabel(words))
        layout.addWidget(self.stop_button)
        self.marks = CompareMarks(tab.editor.scene)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._refresh)
        if again is not None:
            tab.editor.document.subscribe(self._document_changed)
        self.show_comparison(comparison)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.marks.show_marks(canvas_marks(comparison))
        changes = summary(comparison.changes)
        if changes:
            text = self.tr("Compared with %1: %2.").replace("%1", self.against)
            text = text.replace("%2", changes)
        else:
            text = self.tr("Compared with %1: no change.").replace("%1", self.against)
        removed = [r.title or "…" for r in comparison.removed if r.table in ("card", "stage")]
        if removed:
            names = ", ".join(f"“{title}”" for title in removed[:LISTED_REMOVED])
            more = len(removed) - LISTED_REMOVED
            if more > 0:
                names += " " + self.tr("and %n more", "", more)
            text += " " + self.tr("Removed: %1.").replace("%1", names)
        self.text.setText(text)
        self.setToolTip(text)

    def _document_changed(self, _change: Change) -> None:
        self._timer.start()

    def _refresh(self) -> None:
        if self._again is None:
            return
        try:
            self.show_comparison(self._again())
        except DocumentError as error:
            self.text.setText(user_message(error))

    def stop(self) -> None:
        """Take the marks and the bar away."""
        self._timer.stop()
        if self._again is not None:
            self.tab.editor.document.unsubscribe(self._document_changed)
            self._again = None
        self.marks.detach()
        self.hide()
        self.setParent(None)
        self.deleteLater()


def show_comparison(
    tab: DocumentTab,
    against: str,
    comparison: Comparison,
    again: Callable[[], Comparison] | None = None,
) -> CompareBar:
    """Mark on `tab`'s canvas what changed since `against` (words naming a version); `again`
    computes the comparison anew after an edit of the map (None: the map cannot change)."""
    previous = comparing(tab)
    if previous is not None:
        previous.stop()
    bar = CompareBar(tab, against, comparison, again)
    layout = tab.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(2, bar)  # under the read-only notice and the pictures' one
    first = bar.marks.first_shown()
    if first is not None:
        tab.editor.view.centerOn(first.center())
    return bar


def comparing(tab: DocumentTab) -> CompareBar | None:
    """The comparison shown on `tab`, if any."""
    return tab.findChild(CompareBar)
