"""A first-time user gets help: a start page with the templates and recent maps as pictures,
the New dialog with previews, hints in empty cells, a "+" under the mouse, and a double-click
that creates what the cell takes, ready to type."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui import thumbnails
from app.ui.canvas.inline_editor import InlineTextEditor
from app.ui.dialogs import NewMapDialog
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, hover, open_in, settle


def docks_shown(window: MainWindow) -> list[str]:
    return [d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()]


def icons_drawn(qtbot: QtBot, gallery) -> None:
    qtbot.waitUntil(lambda: not gallery._pending, timeout=20_000)


def test_with_no_map_the_window_shows_the_start_page(qtbot: QtBot, window: MainWindow) -> None:
    assert window.central.currentWidget() is window.start_page
    assert docks_shown(window) == [], "the panels wait for a map"
    gallery = window.start_page.gallery
    icons_drawn(qtbot, gallery)
    names = [gallery.item(row).data(Qt.ItemDataRole.UserRole) for row in range(gallery.count())]
    assert names == ["blank", "cgap", "purchase", "blueprint", "sample"]
    assert all(not gallery.item(row).icon().isNull() for row in range(gallery.count()))
    assert window.start_page.no_recent.isVisible()


def test_a_template_clicked_opens_a_map_in_the_chosen_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.start_page
    page.language.setCurrentIndex(page.language.findData("fr"))
    gallery = page.gallery
    item = next(
        gallery.item(r)
        for r in range(gallery.count())
        if gallery.item(r).data(Qt.ItemDataRole.UserRole) == "cgap"
    )
    qtbot.mouseClick(
        gallery.viewport(), Qt.MouseButton.LeftButton, pos=gallery.visualItemRect(item).center()
    )
    settle(qtbot)
    editor = window.current_editor()
    assert editor is not None and editor.document.project().language == "fr"
    assert window.central.currentWidget() is window.tabs
    assert "inspector" in docks_shown(window) and "palette" in docks_shown(window)
    window.close_tab(0)
    assert window.central.currentWidget() is window.start_page


def test_recent_maps_show_with_their_picture(
    qtbot: QtBot, window: MainWindow, document: JourneyDocument, tmp_path: Path
) -> None:
    path = tmp_path / "atelier.cjm"
    editor = open_in(window, qtbot, document)
    window.current_tab()  # the map is saved as the user would
    editor.document.save_as(path)
    window._remember(path)
    window.current_tab().saved()
    window.close_tab(0)
    assert thumbnails.file_for(path).is_file(), "closing a saved map keeps its picture"
    recent = window.start_page.recent
    assert recent.isVisible() and recent.count() == 1
    item = recent.item(0)
    assert item.text().startswith("atelier") and not item.icon().isNull()
    qtbot.mouseClick(
        recent.viewport(), Qt.MouseButton.LeftButton, pos=recent.visualItemRect(item).center()
    )
    settle(qtbot)
    assert window.current_editor() is not None
    assert window.current_editor().document.path == path


def test_a_map_deleted_since_is_not_offered(
    qtbot: QtBot, window: MainWindow, document: JourneyDocument, tmp_path: Path
) -> None:
    kept, gone = tmp_path / "kept.cjm", tmp_path / "gone.cjm"
    editor = open_in(window, qtbot, document)
    for path in (gone, kept):
        editor.document.save_as(path)
        window._remember(path)
    window.current_tab().saved()
    window.close_tab(0)
    gone.unlink()
    window.start_page.refresh()
    recent = window.start_page.recent
    assert [recent.item(n).text().split("\n")[0] for n in range(recent.count())] == ["kept"]
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == ["kept.cjm"]


def test_the_new_dialog_shows_the_templates_as_pictures(qtbot: QtBot) -> None:
    dialog = NewMapDialog()
    qtbot.addWidget(dialog)
    icons_drawn(qtbot, dialog.templates)
    assert dialog.templates.count() == 5
    dialog.templates.setCurrentRow(2)
    assert dialog.choice()[0] == "purchase"
    assert dialog.description.text().startswith("From discovery to recommendation")


def inline(editor: MapEditor) -> InlineTextEditor | None:
    found = [i for i in editor.scene.items() if isinstance(i, InlineTextEditor)]
    return found[0] if found else None


@pytest.fixture
def blank(window: MainWindow, qtbot: QtBot) -> MapEditor:
    editor = open_in(window, qtbot, JourneyDocument.new("blank", "en"))
    return editor


def test_a_blank_map_says_what_its_cells_take(blank: MapEditor, canvas_of) -> None:
    hints = blank.cell_hints
    assert hints is not None
    lanes = {lane.id for lane in blank.document.lanes(blank.journey_id)}
    assert hints.empty_lanes() == lanes
    canvas = canvas_of(blank)
    row = blank.scene.grid.rows[1]
    column = blank.scene.columns[1]
    at = QPointF(column.x + column.w / 2, row.y + row.h / 2)
    canvas.show(at)
    hover(canvas.viewport, canvas.to_viewport(at))
    assert hints.hovered == (row.lane_id, column.stage_id), "a + in the cell under the mouse"
    window = blank.window()
    assert "double-click to add" in window.hint_label.text().lower()
    canvas.double_click(at)  # the cell takes a card: the "+" goes, not over the new card
    assert len(blank.document.cell(row.lane_id, column.stage_id)) == 1
    assert hints.hovered is None


@pytest.fixture
def canvas_of(qtbot: QtBot):
    return lambda editor: Canvas(qtbot, editor)


def test_double_click_on_an_empty_cell_creates_the_right_element(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    touchpoints = editor.scene.grid.row_of(journey.lane("Touchpoints"))
    column = editor.scene.columns[4]
    assert touchpoints is not None
    canvas.double_click(QPointF(column.x + column.w / 2, touchpoints.y + touchpoints.h / 2))
    (card,) = editor.document.cell(touchpoints.lane_id, column.stage_id)
    assert card.channel == "web", "a touchpoint in a touchpoints lane"
    assert editor.scene.selected_refs() == [("card", card.id)]
    assert inline(editor) is not None
    qtbot.keyClicks(QApplication.focusWidget(), "Chatbot")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.document.card(card.id).title == "Chatbot"

    feelings = editor.scene.grid.row_of(journey.lane("Feelings"))
    assert feelings is not None
    high, low = editor.scene.grid.emotion_band(feelings)
    before = {p.id for p in journey.points()}
    at = QPointF(column.x + column.w * 0.3, high + (low - high) * 0.25)
    canvas.double_click(at)
    (point,) = [p for p in journey.points() if p.id not in before]
    assert point.value == pytest.approx(2.5, abs=0.5) and point.stage_id == column.stage_id
    assert inline(editor) is not None
