"""A curated palette for cards, stages and lanes, with Qt's full colour chooser behind it.

Six soft tints a dark text reads on (the sticky notes of a workshop wall) and six deeper
accents for stage and lane bars (the poster puts white text on them), each with a name, so
that a map stays calm and legible; "More colours…" opens the full chooser for a brand colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QColorDialog, QMenu, QWidget


def curated() -> list[tuple[str, str]]:
    """(colour, name): "" is the theme's own colour."""
    return [
        ("", QCoreApplication.translate("Colours", "Automatic")),
        ("#FFF1C2", QCoreApplication.translate("Colours", "Sand")),
        ("#FFE0CC", QCoreApplication.translate("Colours", "Apricot")),
        ("#F9D9D6", QCoreApplication.translate("Colours", "Rose")),
        ("#E6DDF5", QCoreApplication.translate("Colours", "Lilac")),
        ("#D9E8FA", QCoreApplication.translate("Colours", "Sky")),
        ("#D8F0E2", QCoreApplication.translate("Colours", "Mint")),
        ("#2F6FDE", QCoreApplication.translate("Colours", "Blue")),
        ("#2E7D6B", QCoreApplication.translate("Colours", "Teal")),
        ("#B7791F", QCoreApplication.translate("Colours", "Amber")),
        ("#C0392B", QCoreApplication.translate("Colours", "Red")),
        ("#6A5ACD", QCoreApplication.translate("Colours", "Violet")),
        ("#4B5867", QCoreApplication.translate("Colours", "Slate")),
    ]


def swatch(colour: str, size: int = 16) -> QIcon:
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#9AA5B1"))
    painter.setBrush(QColor(colour or "#FFFFFF"))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    if not colour:  # automatic: a diagonal, as colour pickers draw "none"
        painter.setPen(QColor("#9AA5B1"))
        painter.drawLine(3, size - 3, size - 3, 3)
    painter.end()
    return QIcon(picture)


def colour_menu(
    parent: QWidget, current: str, choose: Callable[[str], None], title: str = ""
) -> QMenu:
    """The palette as a menu (checked: the current colour); `choose` gets "#rrggbb" or ""."""
    menu = QMenu(title or QCoreApplication.translate("Colours", "Co&lour"), parent)
    for colour, name in curated():
        action = menu.addAction(swatch(colour), name)
        action.setCheckable(True)
        action.setChecked(colour.lower() == (current or "").lower())
        action.triggered.connect(lambda _checked=False, c=colour: choose(c))
    menu.addSeparator()

    def more() -> None:
        chosen = QColorDialog.getColor(
            QColor(current or "#FFFFFF"), parent, QCoreApplication.translate("Colours", "Colour")
        )
        if chosen.isValid():
            choose(chosen.name())

    menu.addAction(QCoreApplication.translate("Colours", "More Colours…"), more)
    return menu


def pop_up(parent: QWidget, at: QPoint, current: str, choose: Callable[[str], None]) -> None:
    """The palette under a button (the inspector's colour field)."""
    colour_menu(parent, current, choose).exec(at)
