"""The editor on maps from anyone: hostile pictures, rich text in names, locks and sidecars.

Each map is a real file built the way another program could build it (tests/hostile_maps.py);
the window must show it safely, say what it did in one sentence, and never render a string of
the map as rich text.
"""

from __future__ import annotations

import io
import json
import os
import socket
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.model.picture_check import CheckedPicture, PictureRefusal
from app.render.ops import Picture
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


def test_a_photo_shows_on_the_canvas_once_its_check_is_done(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A card keeps its pixels between paints (device cache): the grey frame drawn while its
    new photo is being checked must give way to the photo when the verdict arrives."""
    path = tmp_path / "photos.cjm"
    map_with_photos(path, ["Shop front"])
    tab = window.open_path(path)
    assert tab is not None
    settle(qtbot)
    editor = tab.editor
    editor.view.set_zoom(1.0)
    document, scene, view = editor.document, editor.scene, editor.view
    card = next(c for cards in scene.snapshot.cells.values() for c in cards)
    red = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 30, 30)).save(red, "JPEG")
    added = document.add_photo(red.getvalue(), targets=[("card", card.id)]).first_added
    key = next(e.asset_sha256 for e in document.evidence() if e.id == added)
    item = scene.item_for("card", card.id)  # laid out again at once, with the new photo
    assert item is not None
    frame = next(op for op in item.layout_item.ops if type(op) is Picture and op.sha256 == key)
    view.centerOn(item)
    centre = view.mapFromScene(item.mapToScene(frame.x + frame.w / 2, frame.y + frame.h / 2))

    def colour_shown() -> QColor:
        return view.viewport().grab().toImage().pixelColor(centre)

    # painted now, before the loop runs again: the check starts in this paint, its verdict
    # can only arrive later, so the card's cached pixels hold the grey frame
    frame_shown = colour_shown()
    assert frame_shown.red() < 240 and frame_shown.green() > 200, frame_shown.name()
    qtbot.waitUntil(lambda: scene.checks.picture(key) is not None, timeout=10_000)
    settle(qtbot)
    shown = colour_shown()
    assert shown.red() > 150 and shown.green() < 80, shown.name()  # the photo, not the frame


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
