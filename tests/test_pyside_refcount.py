"""Guards the PySide6 pin: 6.12.0 aborts Python 3.11 ("Fatal Python error: none_dealloc")
after about 5,200 calls of methods returning None. An upgrade that brings it back fails here."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000


def test_100000_none_returning_calls_do_not_abort_the_process() -> None:
    code = f"""
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
item, colour, point = QGraphicsRectItem(0, 0, 10, 10), QColor(), QPointF()
for n in range({CALLS}):
    item.setPos(n % 100, 0)
    colour.setRed(n % 256)
    point.setX(n)
print("survived", {CALLS})
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"survived {CALLS}"
