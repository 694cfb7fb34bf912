"""Small widgets the panels share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QListWidget, QWidget

PLACEHOLDER_INK = QColor("#8A96A3")


class PlaceholderList(QListWidget):
    """A list that, while empty, says what would go in it and how (not a blank white box)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.count() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(PLACEHOLDER_INK)
        painter.drawText(
            self.viewport().rect().adjusted(8, 6, -8, -6),
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            self.placeholder,
        )
