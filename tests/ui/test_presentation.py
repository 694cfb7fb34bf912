"""Presentation mode (F5): full screen, the title, then the map stage by stage (or lane by
lane), what is not told yet covered (the emotion curve included), arrows to move, Escape."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from app.ui.presentation import LANES, PresentationWindow
from tests.ui.conftest import Journey, rows, settle


def presentation() -> PresentationWindow:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PresentationWindow)]
    assert len(found) == 1 and found[0].isVisible()
    return found[0]


def press(qtbot: QtBot, window: PresentationWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key)
    settle(qtbot)
    if key != Qt.Key.Key_Escape:
        window.view.finish_motion()
        settle(qtbot)


def test_f5_presents_the_map_stage_by_stage(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    before = rows(editor.document)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_F5)
    settle(qtbot)
    shown = presentation()
    assert shown.windowState() & Qt.WindowState.WindowFullScreen
    assert shown.slides.currentWidget() is shown.title_slide
    assert editor.document.journeys()[0].title in shown.caption.text()

    press(qtbot, shown, Qt.Key.Key_Right)
    view = shown.view
    assert shown.slides.currentWidget() is view and "Stage 1 of" in shown.caption.text()
    first = editor.scene.columns[0]
    assert view.hidden.left() == first.x + first.w + editor.scene.theme.column_gap / 2

    press(qtbot, shown, Qt.Key.Key_Right)
    second = editor.scene.columns[1]
    edge = second.x + second.w + editor.scene.theme.column_gap / 2
    assert view.hidden.left() == edge and "Stage 2 of" in shown.caption.text()
    # the curve is drawn up to the stage being told, not beyond
    feelings = editor.scene.grid.row_of(journey.lane("Feelings"))
    assert feelings is not None
    picture = view.grab().toImage()
    high, low = editor.scene.grid.emotion_band(feelings)
    beyond = editor.scene.columns[2]
    for y in (high, (high + low) / 2, low):
        point = view.mapFromScene(QPointF(beyond.x + beyond.w / 2, y))
        if view.viewport().rect().contains(point):
            assert QColor(picture.pixel(point)) == QColor("#FFFFFF")

    press(qtbot, shown, Qt.Key.Key_Left)
    assert "Stage 1 of" in shown.caption.text()
    press(qtbot, shown, Qt.Key.Key_L)
    assert view.mode == LANES and "Lane 1 of" in shown.caption.text()
    press(qtbot, shown, Qt.Key.Key_Escape)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PresentationWindow)
                and w.isVisible()]  # fmt: skip
    assert rows(editor.document) == before, "presenting changes nothing"


def test_the_presentation_cannot_change_the_map(
    qtbot: QtBot, window: MainWindow, editor: MapEditor
) -> None:
    window.present_action.trigger()
    settle(qtbot)
    shown = presentation()
    assert not shown.view.isInteractive()
    qtbot.mouseClick(shown.view.viewport(), Qt.MouseButton.LeftButton)
    assert shown.step == 1, "a click moves on, as a presenter's remote does"
    shown.close()
    settle(qtbot)
