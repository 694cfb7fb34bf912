"""The editor on maps from anyone: hostile pictures, rich text in names, locks and sidecars.

Each map is a real file built the way another program could build it (tests/hostile_maps.py);
the window must show it safely, say what it did in one sentence, and never render a string of
the map as rich text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.model.picture_check import CheckedPicture, PictureRefusal
from app.ui.main_window import MainWindow
from tests.hostile_maps import (
    HOSTILE_PICTURES,
    insert_picture,
    map_with_photos,
    show_picture,
    sql,
)

from .conftest import settle


def _hostile_map(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.cjm"
    evidence = map_with_photos(path, ["Clean", "gps", "garbage", "bomb"])
    for name in ("gps", "garbage", "bomb"):
        data, media_type, width, height = HOSTILE_PICTURES[name]
        show_picture(path, evidence[name], insert_picture(path, data, media_type, width, height))
    return path


def test_hostile_pictures_are_checked_off_the_gui_thread_and_named_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = _hostile_map(tmp_path)
    tab = window.open_path(path)
    assert tab is not None
    pictures = tab.editor.scene.pictures
    keys = tab.editor.document.pictures_in_use()
    qtbot.waitUntil(lambda: all(pictures.picture(k) is not None for k in keys), timeout=10_000)
    verdicts = {k: pictures.picture(k) for k in keys}
    assert sum(isinstance(v, CheckedPicture) for v in verdicts.values()) == 2
    assert sum(isinstance(v, PictureRefusal) for v in verdicts.values()) == 3
    qtbot.waitUntil(lambda: tab.dropped.isVisible())
    lines = tab.dropped.text().splitlines()
    assert len(lines) == 3
    for name in ("gps", "garbage", "bomb"):
        assert sum(f"card “{name}”" in line for line in lines) == 1, lines
    # the canvas paints the map (placeholders included) without touching a refused byte
    scene = tab.editor.scene
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    for key, verdict in verdicts.items():
        pixmap = scene.pixmap_for(key, 500)
        assert pixmap is not None
        assert pixmap.isNull() == isinstance(verdict, PictureRefusal)
    settle(qtbot)
    assert len(tab.dropped.text().splitlines()) == 3  # told once, however often it is drawn


# -- strings of a map are plain text ------------------------------------------------------------


def _watch_modal(qtbot: QtBot, seen: dict) -> None:
    """Record the next message box's text and format, then close it with its escape button."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        seen["text"], seen["format"] = modal.text(), modal.textFormat()
        labels = [w for w in modal.findChildren(QLabel) if w.text() == modal.text()]
        seen["label formats"] = [w.textFormat() for w in labels]
        modal.escapeButton().click() if modal.escapeButton() else modal.close()

    QTimer.singleShot(0, poll)


def test_the_open_error_dialog_shows_a_hostile_name_as_plain_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "advert.cjm"
    map_with_photos(path, ["Clean"])
    sql(path, 'CREATE TABLE "<h1>CALL 0800 123 456</h1>" (x)')
    seen: dict = {}
    _watch_modal(qtbot, seen)
    assert window.open_path(path) is None
    qtbot.waitUntil(lambda: "format" in seen)
    assert "<h1>CALL 0800 123 456</h1>" in seen["text"]
    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["label formats"] == [Qt.TextFormat.PlainText]
