"""Editing with the keyboard: titles in place, delete and undo, clipboard, arrows, inspector."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.canvas.inline_editor import InlineTextEditor
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, UndoCheck, open_in, rows

CTRL = Qt.KeyboardModifier.ControlModifier


def inline_editor(editor: MapEditor) -> InlineTextEditor | None:
    found = [i for i in editor.scene.items() if isinstance(i, InlineTextEditor)]
    return found[0] if found else None


def test_double_click_then_typing_and_enter_renames_the_card(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    check = UndoCheck(editor)

    canvas.double_click(canvas.centre("card", advert))
    assert inline_editor(editor) is not None
    qtbot.keyClicks(editor.view, "Billboard")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)

    assert inline_editor(editor) is None
    assert editor.row("card", advert).title == "Billboard"
    check.one_step()


def test_escape_leaves_the_title_as_it_was(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    before = rows(editor.document)

    canvas.double_click(canvas.centre("card", advert))
    qtbot.keyClicks(editor.view, "Billboard")
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)

    assert inline_editor(editor) is None
    assert rows(editor.document) == before
    assert editor.undo_stack.count() == 0


def test_deleted_card_comes_back_with_its_id_and_evidence(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    document = editor.document
    advert = journey.card("Advert")
    curious = next(p.id for p in journey.points() if p.label == "Curious")
    (quote,) = [e.id for e in document.evidence_for("card", advert)]
    check = UndoCheck(editor)

    canvas.click(canvas.centre("card", advert))
    assert editor.selected() == [advert]
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    canvas.settle()

    assert journey.cell("Touchpoints", 0) == ["Search ad"]
    assert document.links(quote) == []
    assert editor.row("emotion-point", curious).card_id is None
    assert canvas.scene.item_for("card", advert) is None
    check.one_step()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    canvas.settle()

    assert journey.card("Advert") == advert
    assert [e.id for e in document.evidence_for("card", advert)] == [quote]
    assert editor.row("emotion-point", curious).card_id == advert
    assert rows(document) == check.before
    assert canvas.scene.item_for("card", advert) is not None


def test_copied_card_pastes_after_the_selected_card_of_another_cell(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    canvas.click(canvas.centre("card", journey.card("Advert")))
    qtbot.keyClick(editor.view, Qt.Key.Key_C, CTRL)
    canvas.click(canvas.centre("card", journey.card("Web site")))
    check = UndoCheck(editor)

    qtbot.keyClick(editor.view, Qt.Key.Key_V, CTRL)
    canvas.settle()

    assert journey.cell("Touchpoints", 1) == ["Web site", "Advert"]
    assert journey.cell("Touchpoints", 0) == ["Advert", "Search ad"]
    pasted = editor.document.cell(journey.lane("Touchpoints"), journey.stage(1))[1]
    assert pasted.id != journey.card("Advert")
    assert pasted.channel == "press"
    assert editor.selected() == [pasted.id]
    check.one_step()


def test_copied_card_pastes_into_a_second_open_map(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    other = JourneyDocument.new("blank", "en")
    other_journey = Journey(other)
    other.add_card(other_journey.lane("Touchpoints"), other_journey.stage(0), "Landing page")
    canvas.click(canvas.centre("card", journey.card("Advert")))
    qtbot.keyClick(editor.view, Qt.Key.Key_C, CTRL)
    first_rows = rows(editor.document)

    second = open_in(window, qtbot, other)
    second_canvas = Canvas(qtbot, second)
    assert window.tabs.count() == 2 and window.current_editor() is second
    second_canvas.click(second_canvas.centre("card", other_journey.card("Landing page")))
    check = UndoCheck(second)
    qtbot.keyClick(second.view, Qt.Key.Key_V, CTRL)
    second_canvas.settle()

    assert other_journey.cell("Touchpoints", 0) == ["Landing page", "Advert"]
    assert editor.row("card", journey.card("Advert")) is not None
    assert other.cell(other_journey.lane("Touchpoints"), other_journey.stage(0))[1].channel == (
        "press"
    )
    check.one_step()
    assert rows(editor.document) == first_rows
    assert editor.undo_stack.count() == 0


def test_arrow_keys_walk_the_selection_through_cells(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    before = rows(editor.document)
    canvas.click(canvas.centre("card", journey.card("Reads reviews")))

    walk = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left):
        qtbot.keyClick(editor.view, key)
        walk.append([editor.row("card", ref).title for ref in editor.selected()])

    assert walk == [["Compares"], ["Reads reviews"], ["Search ad"], ["Web site"], ["Advert"]]
    assert rows(editor.document) == before
    assert editor.undo_stack.count() == 0


def test_alt_arrows_carry_the_card_to_the_next_cell(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    canvas.click(canvas.centre("card", journey.card("Web site")))
    check = UndoCheck(editor)

    qtbot.keyClick(editor.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    canvas.settle()

    assert journey.cell("Touchpoints", 0) == ["Advert", "Search ad", "Web site"]
    assert journey.cell("Touchpoints", 1) == []
    assert editor.selected() == [journey.card("Web site")]
    check.one_step()


def test_alt_down_moves_the_card_down_its_cell(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    canvas.click(canvas.centre("card", journey.card("Reads reviews")))
    check = UndoCheck(editor)

    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    canvas.settle()

    assert journey.cell("Customer actions", 0) == ["Compares", "Reads reviews", "Asks friends"]
    check.one_step()


def test_inspector_title_and_enter_rename_the_selected_card(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    canvas.click(canvas.centre("card", advert))
    (title,) = [
        field
        for field in window.inspector.findChildren(QLineEdit)
        if field.accessibleName() == "Title"
    ]
    assert title.text() == "Advert"
    check = UndoCheck(editor)

    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(title, "Metro advert")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    canvas.settle()

    assert editor.row("card", advert).title == "Metro advert"
    check.one_step()


def test_inspector_follows_a_rename_made_on_the_canvas(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    canvas.click(canvas.centre("card", advert))

    editor.edit("card", advert, title="Poster")
    canvas.settle()

    (title,) = [
        field
        for field in window.inspector.findChildren(QLineEdit)
        if field.accessibleName() == "Title"
    ]
    assert title.text() == "Poster"


def test_an_unselected_map_shows_the_journey_in_the_inspector(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    empty = canvas.scene.columns[4]
    canvas.click(QPointF(empty.x + empty.w / 2, canvas.scene.rows[1].y + 10))
    assert editor.selected() == []
    titles = [
        field.text()
        for field in window.inspector.findChildren(QLineEdit)
        if field.accessibleName() == "Title"
    ]
    assert titles == ["Purchase journey"]
