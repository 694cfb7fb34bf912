"""Connections between cards on the canvas: dragged from a card's handle to another card, one
undo step, drawn as an arrow, listed in the outline, deleted on their own or with either end."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app.render.ops import Path
from app.ui.canvas.items import CardItem, ConnectionItem
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, UndoCheck


def handle_of(canvas: Canvas, card: str) -> QPointF:
    item = canvas.scene.item_for("card", card)
    assert isinstance(item, CardItem)
    return item.mapToScene(item.handle_centre())


def connect(canvas: Canvas, start: str, end: str) -> None:
    """Select `start`, then drag from its handle to the middle of `end`."""
    canvas.click(canvas.centre("card", start))
    canvas.drag(handle_of(canvas, start), canvas.centre("card", end), steps=8)


def test_dragging_from_a_card_handle_to_another_card_connects_them(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert, site = journey.card("Advert"), journey.card("Web site")
    check = UndoCheck(editor)

    connect(canvas, advert, site)

    (link,) = editor.document.connections(journey.id)
    assert (link.from_card_id, link.to_card_id) == (advert, site)
    assert editor.selected("connection") == [link.id]
    check.one_step()
    assert journey.cell("Touchpoints", 0) == ["Advert", "Search ad"]  # no card moved
    arrow = canvas.scene.item_for("connection", link.id)
    assert isinstance(arrow, ConnectionItem)
    head = [op for op in arrow.layout_item.ops if isinstance(op, Path)][1]
    end = canvas.rect("card", site)
    assert head.points[0] == (end.left(), end.center().y())  # it points at the second card
    line = window.outline.tree.item_of("connection", link.id)
    assert line is not None and line.text(0) == "Advert → Web site"


def test_a_drag_from_the_card_itself_still_moves_it(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    canvas.click(canvas.centre("card", advert))
    canvas.drag(canvas.centre("card", advert), canvas.centre("card", journey.card("Web site")))
    assert editor.document.connections(journey.id) == []
    assert "Advert" in journey.cell("Touchpoints", 1)


def test_a_drop_on_no_card_or_on_itself_connects_nothing(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    steps = editor.undo_stack.count()
    canvas.click(canvas.centre("card", advert))
    empty = canvas.scene.columns[2]
    canvas.drag(handle_of(canvas, advert), QPointF(empty.x + 20, canvas.scene.rows[0].y + 20))
    canvas.drag(handle_of(canvas, advert), canvas.centre("card", advert))
    assert editor.document.connections(journey.id) == []
    assert editor.undo_stack.count() == steps


def test_a_connection_goes_with_either_end_and_comes_back_with_it(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert, site = journey.card("Advert"), journey.card("Web site")
    connect(canvas, advert, site)
    (link,) = editor.document.connections(journey.id)

    canvas.click(canvas.centre("card", site))
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    canvas.settle()
    assert editor.document.connections(journey.id) == []
    assert canvas.scene.item_for("connection", link.id) is None

    editor.undo_stack.undo()
    canvas.settle()
    assert [k.id for k in editor.document.connections(journey.id)] == [link.id]
    assert canvas.scene.item_for("connection", link.id) is not None


def test_a_selected_connection_is_deleted_on_its_own(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert, site = journey.card("Advert"), journey.card("Web site")
    connect(canvas, advert, site)
    (link,) = editor.document.connections(journey.id)
    arrow = canvas.scene.item_for("connection", link.id)
    curve = next(op for op in arrow.layout_item.ops if isinstance(op, Path))
    p0, c1, c2, p1 = (QPointF(*point) for point in curve.points)
    canvas.click((p0 + c1 * 3 + c2 * 3 + p1) / 8)  # the middle of the arrow, between the cards
    assert editor.selected() == [link.id]
    check = UndoCheck(editor)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    canvas.settle()
    assert editor.document.connections(journey.id) == []
    assert editor.row("card", advert) is not None and editor.row("card", site) is not None
    check.one_step()


def test_a_second_arrow_starts_from_the_handle_over_the_first_one(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    """The handle sits where the first arrow leaves the card: pressing it still takes the card."""
    advert = journey.card("Advert")
    connect(canvas, advert, journey.card("Web site"))
    connect(canvas, advert, journey.card("Compares"))
    ends = {(k.from_card_id, k.to_card_id) for k in editor.document.connections(journey.id)}
    assert ends == {(advert, journey.card("Web site")), (advert, journey.card("Compares"))}
