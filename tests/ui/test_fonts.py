"""The canvas measures text as the posters do: Qt falls back to the same face for characters
Open Sans lacks, so a line with an arrow or a tick is as long on screen as on paper."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from app.render.fonts import TextMeasurer
from app.ui.canvas.painter import poster_font

TEXTS = ("4,6 → 4,7 ✓", "Жанна Петрова", "Frais : 12 € ✓ ✗ ★", "Ωmega ← ↑ ↓")


@pytest.mark.usefixtures("session_settings")
@pytest.mark.parametrize("style", ["regular", "italic", "semibold", "bold"])
def test_qt_advances_match_the_layout(style: str) -> None:
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)  # the canvas measures on a painter's device, at its dpi
    try:
        dpi = image.logicalDpiY()
        measure = TextMeasurer()
        for text in TEXTS:
            size = 40.0
            qt = QFontMetricsF(poster_font(style, size, dpi), image).horizontalAdvance(text)
            assert qt == pytest.approx(measure.width(text, style, size), rel=0.01), text
    finally:
        painter.end()
