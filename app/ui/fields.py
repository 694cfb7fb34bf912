"""The inspector's fields: each commits when the user has finished with it (Enter, Tab, leaving
it), never key by key, and refuses a value it cannot take in place, with the reason under it.

Numbers are read with a comma or a point, whatever the interface's language ("0,3" and "0.3"),
and shown the interface's way; dates as YYYY-MM-DD or DD/MM/YYYY, kept as YYYY-MM-DD.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import colours

translate = QCoreApplication.translate
ERROR_STYLE = "QLineEdit { border: 2px solid #B3261E; border-radius: 3px; }"


def format_number(value: float | None, decimals: int = 2) -> str:
    """A number as the interface writes it: no trailing zeros, its decimal separator."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    text = "0" if text in ("-0", "") else text
    point = QLocale().decimalPoint()
    return text.replace(".", point) if point != "." else text


def parse_number(
    text: str, low: float | None, high: float | None, whole: bool, optional: bool
) -> tuple[float | int | None, str]:
    """(value, "") or (None, the reason it is refused), for what the user typed."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".").replace("−", "-")
    if not cleaned:
        return (None, "") if optional else (None, translate("Fields", "A number is needed here."))
    try:
        value = float(cleaned)
    except ValueError:
        return None, translate("Fields", "“%1” is not a number.").replace("%1", text.strip()[:20])
    if value != value or value in (float("inf"), float("-inf")):
        return None, translate("Fields", "“%1” is not a number.").replace("%1", text.strip()[:20])
    if whole and not value.is_integer():
        return None, translate("Fields", "A whole number is needed here.")
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            reason = translate("Fields", "It goes from %1 to %2.")
            reason = reason.replace("%1", format_number(low)).replace("%2", format_number(high))
        elif low is not None:
            reason = translate("Fields", "It is %1 or more.").replace("%1", format_number(low))
        else:
            reason = translate("Fields", "It is %1 or less.").replace("%1", format_number(high))
        return None, reason
    return (int(value) if whole else value), ""


def parse_date(text: str) -> tuple[str | None, str]:
    """("YYYY-MM-DD" or "", "") or (None, the reason it is refused)."""
    text = text.strip()
    if not text:
        return "", ""
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    day_first = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    try:
        if found:
            return date(int(found[1]), int(found[2]), int(found[3])).isoformat(), ""
        if day_first:
            return date(int(day_first[3]), int(day_first[2]), int(day_first[1])).isoformat(), ""
    except ValueError:
        return None, translate("Fields", "There is no such day.")
    return None, translate("Fields", "Write a date as YYYY-MM-DD or DD/MM/YYYY.")


class CheckedLine(QLineEdit):
    """A one-line field whose text is checked when editing finishes: a refused value stays on
    view, outlined, with the reason in `reason` (shown under the field); Escape brings back the
    value the element holds."""

    committed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("QLabel { color: #B3261E; }")
        self.reason.hide()
        self._value: Any = None
        self.editingFinished.connect(self._finish)

    def parse(self, text: str) -> tuple[Any, str]:
        raise NotImplementedError

    def shown(self, value: Any) -> str:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """The element's value; the text the user is typing, if any, stays as it is."""
        self._value = value
        if not self.hasFocus():
            self.setText(self.shown(value))
            self._accept()

    @property
    def refused(self) -> bool:
        return not self.reason.isHidden()

    def _finish(self) -> None:
        value, problem = self.parse(self.text())
        if problem:
            self.reason.setText(problem)
            self.reason.show()
            self.setStyleSheet(ERROR_STYLE)
            self.setAccessibleDescription(problem)
            return
        self._accept()
        if value != self._value:
            self._value = value
            self.committed.emit(value)
        if self.text() != self.shown(value) and not self.hasFocus():
            self.setText(self.shown(value))

    def _accept(self) -> None:
        if self.refused:
            self.reason.hide()
            self.setStyleSheet("")
            self.setAccessibleDescription("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and (self.refused or self.isModified()):
            self.setText(self.shown(self._value))
            self._accept()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if not self.refused and self.text() != self.shown(self._value):
            self._finish()  # editingFinished comes only when the text changed since the last


class NumberField(CheckedLine):
    """A number from `low` to `high`; `optional` allows none (empty); `whole` integers only."""

    def __init__(
        self,
        low: float | None = None,
        high: float | None = None,
        decimals: int = 2,
        whole: bool = False,
        optional: bool = False,
    ) -> None:
        super().__init__()
        self.low, self.high, self.decimals = low, high, decimals
        self.whole, self.optional = whole, optional
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(24)
        self.setMinimumWidth(60)
        self.setMaximumWidth(140)
        if optional:
            self.setPlaceholderText("—")

    def parse(self, text: str) -> tuple[Any, str]:
        return parse_number(text, self.low, self.high, self.whole, self.optional)

    def shown(self, value: Any) -> str:
        return format_number(value, 0 if self.whole else self.decimals)


class DateField(CheckedLine):
    """A day, kept as YYYY-MM-DD, or none."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(translate("Fields", "YYYY-MM-DD"))
        self.setMaxLength(10)
        self.setMaximumWidth(140)

    def parse(self, text: str) -> tuple[Any, str]:
        return parse_date(text)

    def shown(self, value: Any) -> str:
        return value or ""


def with_reason(field: CheckedLine) -> QWidget:
    """The field with the line that says why a value was refused, under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(field.reason)
    return box


class ParagraphEdit(QPlainTextEdit):
    """A multi-line field that commits when it loses focus."""

    def __init__(self, commit: Callable[[str], None]) -> None:
        super().__init__()
        self._commit = commit
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._commit(self.toPlainText())


class ColourButton(QPushButton):
    """Shows a colour ('' means the theme's colour); a click opens the curated palette."""

    def __init__(self, commit: Callable[[str], None]) -> None:
        super().__init__()
        self._commit = commit
        self.value = ""
        self.clicked.connect(self._choose)

    def set_value(self, value: str) -> None:
        self.value = value
        self.setText(value or self.tr("Automatic"))
        swatch = value or "#FFFFFF"
        self.setStyleSheet(f"QPushButton {{ border-left: 14px solid {swatch}; padding: 3px 8px; }}")

    def _choose(self) -> None:
        """The curated palette under the button, the full chooser behind "More colours…"."""
        colours.pop_up(self, self.mapToGlobal(self.rect().bottomLeft()), self.value, self._commit)
