"""Editing a title in place: Enter commits, Escape cancels, Shift+Enter breaks the line.

Only text the user changed is committed: leaving an editor untouched (a new card's title
still selected, the user clicking elsewhere) makes no step, even if the element changed
meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget


class InlineTextEditor(QGraphicsTextItem):
    """A text box laid over an element; reports the text once, on commit."""

    def __init__(
        self,
        text: str,
        rect: QRectF,
        size: float,
        on_commit: Callable[[str], None],
        on_close: Callable[[], None],
    ) -> None:
        super().__init__(text)
        from .painter import poster_font  # the unhinted font of the poster text

        self._on_commit, self._on_close = on_commit, on_close
        self._closed = False
        self._initial = text
        self.setFont(poster_font("semibold", size, 96))
        self.setDefaultTextColor(QColor("#1F2A37"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setTextWidth(max(rect.width(), 80))
        self.setPos(rect.topLeft())
        self.setZValue(200)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(QColor("#2F6FDE"), 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(self.boundingRect().adjusted(-2, -2, 2, 2), 4, 4)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # None is allowed

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close(commit=False)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.close(commit=True)
        else:
            super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Leaving for another place commits; a menu or another window opening does not."""
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.close(commit=True)

    def close(self, commit: bool) -> None:
        if self._closed:
            return
        self._closed = True
        text = self.toPlainText()
        if self.scene() is not None:
            self.scene().removeItem(self)
        if commit and text != self._initial:
            self._on_commit(text)
        self._on_close()
