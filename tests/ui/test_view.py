"""Zoom: the View menu's actions and Ctrl+wheel over the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.canvas.rows import FAR
from app.ui.canvas.view import ZOOM_STEP
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Journey, settle


def wheel(editor: MapEditor, steps: int, modifiers: Qt.KeyboardModifier) -> QWheelEvent:
    viewport = editor.view.viewport()
    at = QPointF(viewport.rect().center())
    event = QWheelEvent(
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    return event


def test_zoom_actions_change_the_zoom_and_its_label(window: MainWindow, editor: MapEditor) -> None:
    view = editor.view

    window.zoom_in_action.trigger()
    assert view.zoom() == pytest.approx(ZOOM_STEP)
    assert window.zoom_label.text() == "120 %"

    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert view.zoom() == pytest.approx(1 / ZOOM_STEP)

    window.actual_action.trigger()
    assert view.zoom() == pytest.approx(1.0)


def test_fit_shows_the_whole_map(qtbot: QtBot, window: MainWindow, editor: MapEditor) -> None:
    view = editor.view

    window.fit_action.trigger()
    settle(qtbot)  # the scroll bars go away on the next turn of the loop

    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert view.zoom() < 1.0
    assert visible.adjusted(-2, -2, 2, 2).contains(view.sceneRect())
    assert window.zoom_label.text() == f"{round(view.zoom() * 100)} %"


def test_ctrl_wheel_zooms_in_and_out(window: MainWindow, editor: MapEditor) -> None:
    view = editor.view

    assert wheel(editor, 1, Qt.KeyboardModifier.ControlModifier).isAccepted()
    assert view.zoom() == pytest.approx(ZOOM_STEP)
    assert window.zoom_label.text() == "120 %"

    wheel(editor, -2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1 / ZOOM_STEP)


def test_wheel_without_ctrl_scrolls_and_keeps_the_zoom(editor: MapEditor) -> None:
    view = editor.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())

    wheel(editor, 1, Qt.KeyboardModifier.NoModifier)

    assert view.zoom() == pytest.approx(1.0)
    assert bar.value() < bar.maximum()


def test_far_out_a_row_is_painted_from_its_pixels_and_shows_an_edit_at_once(
    qtbot: QtBot, editor: MapEditor, journey: Journey
) -> None:
    """Below FAR, rows paint their cards in bulk from pixels kept at the zoom shown; an edit
    to one card must reach the screen on the next repaint, not wait for a zoom."""
    view, scene = editor.view, editor.scene
    view.set_zoom(FAR * 0.9)
    settle(qtbot)
    assert scene.far
    advert = journey.card("Advert")
    item = scene.item_for("card", advert)
    assert item is not None
    view.centerOn(item)
    settle(qtbot)
    spot = view.mapFromScene(item.layout_rect().center())

    def colour_at() -> QColor:
        return view.viewport().grab().toImage().pixelColor(spot)

    before = colour_at()
    assert colour_at() == before, "a repaint from the kept pixels draws the same"
    editor.edit("card", advert, colour="#000000")
    settle(qtbot)
    after = colour_at()
    assert after != before and after.lightness() < before.lightness()
