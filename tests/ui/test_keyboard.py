"""Keyboard first: a map built, typed, moved and cleared without the mouse; shortcuts for every
Insert entry and mnemonics unique in both languages; F2, Enter, Escape, Tab, Ctrl+Y, Ctrl+=;
a visible focus; the outline and the canvas selecting together; paste where last clicked."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.application import install_translators
from app.ui.canvas.inline_editor import InlineTextEditor
from app.ui.canvas.view import ZOOM_STEP
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, open_in, settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def inline_editor(editor: MapEditor) -> InlineTextEditor | None:
    found = [i for i in editor.scene.items() if isinstance(i, InlineTextEditor)]
    return found[0] if found else None


def keys(qtbot: QtBot, sequence: str) -> None:
    """Press a shortcut (chords too) where the keyboard is."""
    for combination in QKeySequence(sequence):
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
        settle(qtbot)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    settle(qtbot)


@pytest.fixture
def blank(window: MainWindow, qtbot: QtBot) -> MapEditor:
    editor = open_in(window, qtbot, JourneyDocument.new("blank", "en"))
    window.activateWindow()
    editor.view.setFocus()
    settle(qtbot)
    return editor


def test_a_small_map_is_built_without_the_mouse(
    qtbot: QtBot, window: MainWindow, blank: MapEditor
) -> None:
    document, journey = blank.document, blank.journey_id
    stages_before = len(document.stages(journey))

    keys(qtbot, "Ctrl+Shift+E")  # a stage: selected, its title ready to type over
    assert inline_editor(blank) is not None
    type_text(qtbot, "Onboarding")
    stages = document.stages(journey)
    assert len(stages) == stages_before + 1 and stages[-1].title == "Onboarding"
    assert blank.scene.selected_refs() == [("stage", stages[-1].id)]

    keys(qtbot, "Ctrl+Shift+L, X")  # a text lane
    type_text(qtbot, "Thoughts")
    lane = document.lanes(journey)[-1]
    assert (lane.kind, lane.title) == ("text", "Thoughts")

    keys(qtbot, "Escape")  # nothing selected: a card goes to the first stage
    keys(qtbot, "Ctrl+Shift+C")
    type_text(qtbot, "Reads the brochure")
    (card,) = [c for c in document.cards(journey) if c.title == "Reads the brochure"]
    assert blank.scene.selected_refs() == [("card", card.id)]
    first, second = (s.id for s in document.stages(journey)[:2])
    assert card.stage_id == first

    keys(qtbot, "Alt+Right")  # carried to the next stage
    assert document.card(card.id).stage_id == second
    keys(qtbot, "F2")
    type_text(qtbot, "Reads the whole brochure")
    assert document.card(card.id).title == "Reads the whole brochure"

    keys(qtbot, "Del")
    assert document.card(card.id) is None
    keys(qtbot, "Ctrl+Z")
    assert document.card(card.id) is not None
    keys(qtbot, "Ctrl+Y")
    assert document.card(card.id) is None


def test_a_card_by_keys_goes_to_the_selected_stage_in_a_lane_of_its_kind_in_view(
    qtbot: QtBot, blank: MapEditor
) -> None:
    document, journey = blank.document, blank.journey_id
    blank.view.actual_size()
    for title in ("Compare", "Sign", "Use", "Renew"):
        keys(qtbot, "Ctrl+Shift+E")
        type_text(qtbot, title)
    assert blank.view.horizontalScrollBar().value() > 0, "the map is wider than the view"
    stages = document.stages(journey)
    for _ in stages[1:]:
        keys(qtbot, "Left")  # back to the first stage, the view following
    assert blank.scene.selected_refs() == [("stage", stages[0].id)]
    keys(qtbot, "Ctrl+Shift+C")
    type_text(qtbot, "Compares offers")
    keys(qtbot, "Ctrl+Shift+T")  # after a text card: still a touchpoint, in the touchpoints lane
    type_text(qtbot, "Comparison site")
    kinds = {lane.id: lane.kind for lane in document.lanes(journey)}
    placed = {c.title: (kinds[c.lane_id], c.stage_id) for c in document.cards(journey)}
    assert placed["Compares offers"] == ("text", stages[0].id)
    assert placed["Comparison site"] == ("touchpoints", stages[0].id)
    keys(qtbot, "Ctrl+Shift+E")  # a stage after the selection's, as its context menu says
    type_text(qtbot, "Shortlist")
    assert [s.title for s in document.stages(journey)][:3] == ["Stage 1", "Shortlist", "Stage 2"]
    (item,) = [blank.scene.item_for(*ref) for ref in blank.scene.selected_refs()]
    assert item is not None
    shown = blank.view.mapFromScene(item.layout_rect()).boundingRect()
    theme, zoom = blank.scene.theme, blank.view.zoom()
    assert shown.left() >= (theme.margin + theme.lane_header) * zoom, "under the lane headers"
    assert shown.right() <= blank.view.viewport().width()


def test_every_insert_entry_has_a_shortcut_and_creates_ready_to_type(
    qtbot: QtBot, window: MainWindow, blank: MapEditor
) -> None:
    seen = set()
    for entry, action in window.insert_menu.actions_by_entry.items():
        sequence = action.shortcut().toString()
        assert sequence, f"{entry} has no shortcut"
        assert sequence not in seen
        seen.add(sequence)
    for entry in ("touchpoint", "pain", "gain", "opportunity", "emotion_point", "lane:metrics"):
        blank.scene.clearSelection()
        keys(qtbot, window.insert_menu.actions_by_entry[entry].shortcut().toString())
        refs = blank.scene.selected_refs()
        assert len(refs) == 1, entry
        assert inline_editor(blank) is not None, f"{entry} is not ready to type"
        keys(qtbot, "Escape")


def test_no_shortcut_is_bound_twice(window: MainWindow) -> None:
    bound: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in bound, f"{key}: {bound[key]} and {action.text()}"
            bound[key] = action.text()


def mnemonics(menu_texts: list[str]) -> list[str]:
    found = [re.search(r"&(\w)", text) for text in menu_texts]
    return [m.group(1).lower() for m in found if m]


def menus_of(window: MainWindow) -> Iterator[tuple[str, list[str]]]:
    """Each menu's title and the texts of its entries (submenus too)."""

    def walk(title: str, menu: QMenu) -> Iterator[tuple[str, list[str]]]:
        entries = [a for a in menu.actions() if not a.isSeparator()]
        yield title, [a.text() for a in entries]
        for action in entries:
            if action.menu() is not None:
                yield from walk(action.text(), action.menu())

    yield "menu bar", [a.text() for a in window.menuBar().actions()]
    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from walk(action.text(), action.menu())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_mnemonics_are_unique_in_each_menu(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    install_translators(qapp, language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        for title, texts in menus_of(window):
            letters = mnemonics(texts)
            if title != "Open &Recent":  # filled when it opens
                assert len(letters) == len(texts), f"{title}: entries with no mnemonic {texts}"
            assert len(letters) == len(set(letters)), f"{title}: {texts}"
    finally:
        install_translators(qapp, "en")


def test_ctrl_y_redoes_and_ctrl_equals_zooms_in(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.view.setFocus()
    editor.scene.select_refs([("card", journey.card("Advert"))])
    keys(qtbot, "Del")
    keys(qtbot, "Ctrl+Z")
    assert editor.document.card(journey.card("Advert")) is not None
    keys(qtbot, "Ctrl+Y")
    assert not [c for c in editor.document.cards(journey.id) if c.title == "Advert"]
    zoom = editor.view.zoom()
    keys(qtbot, "Ctrl+=")
    assert editor.view.zoom() == pytest.approx(zoom * ZOOM_STEP)


def test_enter_edits_escape_cancels_tab_goes_from_card_to_card(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.view.setFocus()
    editor.scene.clearSelection()
    order = editor.reading_order()
    keys(qtbot, "Tab")
    assert editor.scene.selected_refs() == [("card", order[0])]
    keys(qtbot, "Tab")
    assert editor.scene.selected_refs() == [("card", order[1])]
    keys(qtbot, "Shift+Tab")
    assert editor.scene.selected_refs() == [("card", order[0])]
    title = editor.document.card(order[0]).title
    keys(qtbot, "Return")
    assert inline_editor(editor) is not None
    qtbot.keyClicks(QApplication.focusWidget(), "Something else")
    keys(qtbot, "Escape")
    assert inline_editor(editor) is None
    assert editor.document.card(order[0]).title == title
    keys(qtbot, "Escape")
    assert editor.scene.selected_refs() == []


def test_tab_order_reads_the_map_stage_by_stage(editor: MapEditor, journey: Journey) -> None:
    titles = [editor.document.card(ref).title for ref in editor.reading_order()]
    assert titles == ["Advert", "Search ad", "Reads reviews", "Compares", "Asks friends",
                      "Web site"]  # fmt: skip


def test_arrows_walk_stages_and_lanes_and_alt_moves_them(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.view.setFocus()
    first, second = journey.stage(0), journey.stage(1)
    editor.scene.select_refs([("stage", first)])
    keys(qtbot, "Right")
    assert editor.scene.selected_refs() == [("stage", second)]
    keys(qtbot, "Alt+Left")
    assert journey.stages()[:2] == [second, first]
    point = journey.points()[1]
    editor.scene.select_refs([("emotion-point", point.id)])
    keys(qtbot, "Alt+Up")
    assert editor.document.emotion_point(point.id).value == point.value + 0.5


def test_the_canvas_shows_where_the_keyboard_is(
    qtbot: QtBot, window: MainWindow, editor: MapEditor
) -> None:
    view = editor.view
    window.outline.tree.setFocus()
    settle(qtbot)
    left_edge = QPointF(0.5, view.height() / 2).toPoint()
    assert QColor(view.grab().toImage().pixel(left_edge)) != QColor("#2F6FDE")
    view.setFocus()
    settle(qtbot)
    assert QColor(view.grab().toImage().pixel(left_edge)) == QColor("#2F6FDE")


def test_outline_and_canvas_select_together(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    tree = window.outline.tree
    advert = journey.card("Advert")
    editor.scene.select_refs([("card", advert)])
    settle(qtbot)
    line = tree.item_of("card", advert)
    assert line is not None and tree.currentItem() is line and line.isSelected()
    assert line.data(0, Qt.ItemDataRole.ToolTipRole) == line.text(0)
    tree.setFocus()
    keys(qtbot, "Down")
    assert editor.scene.selected_refs() == [("card", journey.card("Search ad"))]
    assert QApplication.focusWidget() is tree, "the arrows stay in the outline"


def test_paste_goes_to_the_cell_last_clicked(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    canvas.click(canvas.centre("card", advert))
    keys(qtbot, "Ctrl+X")
    row = editor.scene.grid.row_of(journey.lane("Customer actions"))
    column = editor.scene.columns[2]
    assert row is not None
    canvas.click(QPointF(column.x + column.w / 2, row.y + row.h / 2))
    assert editor.scene.selected_refs() == []
    keys(qtbot, "Ctrl+V")
    assert journey.cell("Customer actions", 2) == ["Advert"]


def test_f2_types_over_from_anywhere_in_the_window(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.scene.select_refs([("card", journey.card("Compares"))])
    window.outline.tree.setFocus()
    keys(qtbot, "F2")
    assert inline_editor(editor) is not None
    type_text(qtbot, "Compares offers")
    assert editor.document.card(journey.card("Compares offers")) is not None


def test_toolbar_tooltips_name_the_shortcut(window: MainWindow) -> None:
    tips = {a.toolTip() for a in window.toolbar.actions() if not a.isSeparator()}
    assert "Save (Ctrl+S)" in tips and "Find (Ctrl+F)" in tips and "Present (F5)" in tips
    assert all(not a.icon().isNull() for a in window.toolbar.actions() if not a.isSeparator())


def focus_is(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget
