"""The palette: the elements of a map, to drag onto the canvas (or add with a double-click)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from app.render.icons import icon
from app.render.ops import Box

from .canvas.painter import paint_ops
from .canvas.view import PALETTE_MIME

_ICONS = {
    "lane:touchpoints": "lane:touchpoints",
    "lane:text": "lane:text",
    "lane:emotion": "lane:emotion",
    "lane:pains_gains": "lane:pains_gains",
    "lane:opportunities": "lane:opportunities",
    "lane:images": "lane:images",
    "lane:metrics": "lane:metrics",
    "touchpoint": "channel:web",
    "card": "lane:text",
    "pain": "mark:pain",
    "gain": "mark:gain",
    "opportunity": "mark:quick_win",
    "emotion_point": "mark:high",
    "metric": "lane:metrics",
}


def _entry_icon(name: str) -> QIcon:
    """Draw the poster's own icon for an entry, so palette and poster speak alike."""
    image = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if name == "stage":  # a column, the stage's shape on the map
        ops = [
            Box(10, 6, 12, 36, fill="#2F3B4A", radius=2),
            Box(26, 6, 12, 36, stroke="#2F3B4A", width=2.5, radius=2),
        ]
    else:
        ops = icon(_ICONS[name], 6, 6, 36, "#2F3B4A", "#FFFFFF")
    paint_ops(painter, ops, lambda _sha, _w: None)
    painter.end()
    return QIcon(QPixmap.fromImage(image))


class PaletteWidget(QListWidget):
    """Entries carry their name as drag data; the canvas creates the element where dropped."""

    activated_entry = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(1)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Palette"))
        for entry, label in self._entries():
            item = QListWidgetItem(_entry_icon(entry), label)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(self.tr("Drag onto the map"))
            self.addItem(item)
        self.itemDoubleClicked.connect(
            lambda item: self.activated_entry.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        # as tall as its entries, no more: the outline below takes the rest of the side
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)

    def _entries(self) -> list[tuple[str, str]]:
        return [
            ("stage", self.tr("Stage")),
            ("lane:touchpoints", self.tr("Touchpoints lane")),
            ("lane:text", self.tr("Text lane (actions, thoughts…)")),
            ("lane:emotion", self.tr("Emotion curve lane")),
            ("lane:pains_gains", self.tr("Pains and gains lane")),
            ("lane:opportunities", self.tr("Opportunities lane")),
            ("lane:images", self.tr("Storyboard lane")),
            ("lane:metrics", self.tr("Metrics lane")),
            ("touchpoint", self.tr("Touchpoint")),
            ("card", self.tr("Card")),
            ("pain", self.tr("Pain")),
            ("gain", self.tr("Gain")),
            ("opportunity", self.tr("Opportunity")),
            ("emotion_point", self.tr("Emotion point")),
            ("metric", self.tr("Metric (NPS, CSAT, CES…)")),
        ]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(PALETTE_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode("utf-8"))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PALETTE_MIME]

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(32, 32))
        drag.setHotSpot(QPoint(16, 16))
        drag.exec(Qt.DropAction.CopyAction)
