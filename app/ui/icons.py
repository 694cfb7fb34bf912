"""The interface's icons: Lucide's line icons (resources/icons/lucide, ISC licence).

One consistent, well-kept open set, drawn with the same two-pixel stroke as the canvas's own
marks; each SVG says `currentColor`, which we replace with the interface's ink (and a light
grey for a disabled action), so the icons sit with the text beside them. A missing file (a
damaged installation) is an empty icon: the action still shows its words.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app import bundled

INK = "#2F3B4A"
DISABLED = "#A7AFB8"
ON_ACCENT = "#FFFFFF"
SIZES = (16, 20, 24, 32, 48)


def icon(name: str, ink: str = INK) -> QIcon:
    """Lucide's icon `name` (e.g. "save"), in `ink`, for every size a toolbar or menu asks."""
    return _icon(name, ink)


@cache
def _icon(name: str, ink: str) -> QIcon:
    try:
        svg = bundled.read_bytes("icons", "lucide", f"{name}.svg")
    except bundled.MissingResourceError:
        return QIcon()
    made = QIcon()
    for mode, colour in (
        (QIcon.Mode.Normal, ink),
        (QIcon.Mode.Active, ink),
        (QIcon.Mode.Disabled, DISABLED),
        (QIcon.Mode.Selected, ON_ACCENT),
    ):
        renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.encode())))
        for size in SIZES:
            made.addPixmap(_draw(renderer, size), mode)
    return made


def pixmap(name: str, size: int, ink: str = INK) -> QPixmap:
    """One picture of the icon, e.g. for a label."""
    return icon(name, ink).pixmap(size, size)


def _draw(renderer: QSvgRenderer, size: int) -> QPixmap:
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return picture
