"""A read-only map is read-only: every widget that would change it is disabled, the reason is
said once (the notice), and nothing lets a user type an edit only to refuse it after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.canvas.inline_editor import InlineTextEditor
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, open_in, rows, settle

EDITING = (QLineEdit, QPlainTextEdit, QCheckBox, QComboBox, QAbstractSpinBox, QAbstractButton)


@pytest.fixture
def shared(
    window: MainWindow, qtbot: QtBot, document: JourneyDocument, tmp_path: Path
) -> MapEditor:
    path = tmp_path / "shared.cjm"
    document.save_as(path)
    document.close()
    return open_in(window, qtbot, JourneyDocument.open(path, read_only=True))


def editing_widgets(panel: QWidget) -> list[QWidget]:
    return [
        w for w in panel.findChildren(QWidget) if isinstance(w, EDITING) and w.isVisibleTo(panel)
    ]


def test_every_editing_widget_is_disabled(
    qtbot: QtBot, window: MainWindow, shared: MapEditor
) -> None:
    journey = Journey(shared.document)
    for refs in ([], [("card", journey.card("Advert"))], [("stage", journey.stage(1))]):
        shared.scene.select_refs(refs)
        settle(qtbot)
        form = editing_widgets(window.inspector)
        assert form, "the inspector shows the element's fields"
        assert not [w for w in form if w.isEnabled()], f"editable in the inspector: {refs}"
    assert not window.palette.isEnabled()
    assert not [b for b in window.evidence.findChildren(QAbstractButton) if b.isEnabled()]
    assert not [b for b in window.outline.findChildren(QAbstractButton) if b.isEnabled()]
    editing = (window.cut_action, window.paste_action, window.delete_action,
               window.duplicate_action, window.edit_text_action, window.photos_action)  # fmt: skip
    for action in editing:
        assert not action.isEnabled(), action.text()
    assert not [a for a in window.insert_menu.actions_by_entry.values() if a.isEnabled()]
    assert window.copy_action.isEnabled() and window.find_action.isEnabled()
    assert window.save_as_action.isEnabled()


def test_the_reason_is_said_once(window: MainWindow, shared: MapEditor) -> None:
    notices = [
        label
        for label in window.current_tab().findChildren(QLabel)
        if label.isVisible() and "read-only" in label.text()
    ]
    assert len(notices) == 1
    assert "read-only" in window.inspector.widget().toolTip()


def test_the_canvas_takes_no_edit(qtbot: QtBot, window: MainWindow, shared: MapEditor) -> None:
    canvas = Canvas(qtbot, shared)
    journey = Journey(shared.document)
    before = rows(shared.document)
    row = shared.scene.grid.row_of(journey.lane("Customer actions"))
    column = shared.scene.columns[3]
    assert row is not None
    canvas.double_click(QPointF(column.x + column.w / 2, row.y + row.h / 2))
    canvas.double_click(canvas.centre("card", journey.card("Advert")))
    shared.view.setFocus()
    qtbot.keyClick(shared.view, Qt.Key.Key_F2)
    qtbot.keyClick(shared.view, Qt.Key.Key_Delete)
    assert not [i for i in shared.scene.items() if isinstance(i, InlineTextEditor)]
    assert rows(shared.document) == before
    assert shared.cell_hints is None, "no hint promises what a double-click will not do"


def test_the_lists_of_journeys_and_personas_open_no_editing_menu(
    qtbot: QtBot, window: MainWindow, shared: MapEditor
) -> None:
    journeys = window.outline.journeys
    line = journeys.visualItemRect(journeys.item(0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, line, journeys.viewport().mapToGlobal(line)
    )
    QApplication.sendEvent(journeys.viewport(), event)
    assert QApplication.activePopupWidget() is None
    assert "read-only" in window.statusBar().currentMessage()
