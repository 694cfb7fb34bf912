"""The editor on maps from anyone: hostile pictures, rich text in names, locks and sidecars.

Each map is a real file built the way another program could build it (tests/hostile_maps.py);
the window must show it safely, say what it did in one sentence, and never render a string of
the map as rich text.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
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

from .conftest import ModalSeen, settle

Answer = Callable[[str | QMessageBox.StandardButton], ModalSeen]


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
    pictures = tab.editor.scene.checks
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


# -- the questions asked before opening ---------------------------------------------------------


def _locked_elsewhere(tmp_path: Path) -> Path:
    path = tmp_path / "shared.cjm"
    map_with_photos(path, ["Clean"])
    lock = path.with_name(f".{path.name}.lock")
    lock.write_text(json.dumps({"host": "atelier-pc", "pid": 4, "user": "lea", "opened": "9:12"}))
    return path


def test_a_map_locked_elsewhere_can_be_opened_read_only(
    window: MainWindow, tmp_path: Path, answer_modal: Answer
) -> None:
    path = _locked_elsewhere(tmp_path)
    seen = answer_modal("Open Read-Only")
    tab = window.open_path(path)
    assert not seen.problem, seen.problem
    assert "open in Parcours on atelier-pc (opened by lea at 9:12)" in seen.text
    assert {"Open Read-Only", "Take Over", "Cancel"} <= set(seen.buttons)
    assert tab is not None and tab.editor.document.read_only and tab.notice.isVisible()
    lock = json.loads(path.with_name(f".{path.name}.lock").read_text())
    assert lock["host"] == "atelier-pc"  # untouched


def test_a_map_locked_elsewhere_can_be_taken_over(
    window: MainWindow, tmp_path: Path, answer_modal: Answer
) -> None:
    path = _locked_elsewhere(tmp_path)
    seen = answer_modal("Take Over")
    tab = window.open_path(path)
    assert not seen.problem, seen.problem
    assert tab is not None and not tab.editor.document.read_only
    lock = json.loads(path.with_name(f".{path.name}.lock").read_text())
    assert lock["host"] == socket.gethostname() and lock["pid"] == os.getpid()


def test_cancel_leaves_a_locked_map_closed(
    window: MainWindow, tmp_path: Path, answer_modal: Answer
) -> None:
    path = _locked_elsewhere(tmp_path)
    seen = answer_modal(QMessageBox.StandardButton.Cancel)
    assert window.open_path(path) is None
    assert not seen.problem and window.tabs.count() == 0


def test_a_wal_beside_the_map_is_a_question(
    window: MainWindow, tmp_path: Path, answer_modal: Answer
) -> None:
    path = tmp_path / "written elsewhere.cjm"
    map_with_photos(path, ["Clean"])
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))  # what the other program left
    seen = answer_modal(QMessageBox.StandardButton.Cancel)
    assert window.open_path(path) is None
    assert "“written elsewhere.cjm-wal” beside it holds changes" in seen.text
    assert {"Open Without It", "Cancel"} <= set(seen.buttons)
    seen = answer_modal("Open Without It")
    tab = window.open_path(path)
    assert not seen.problem, seen.problem
    assert tab is not None
    assert wal.read_bytes()[:4] == b"\x37\x7f\x06\x82"  # left as it was
