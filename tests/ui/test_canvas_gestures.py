"""Mouse gestures on the canvas: press, several moves, release; each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app.render.emotion import value_y
from app.render.ops import Path, Text
from app.ui.editor import MapEditor
from tests.ui.conftest import Canvas, Journey, UndoCheck


def test_card_drags_to_another_cell_above_its_card(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = canvas.centre("card", journey.card("Advert"))
    web_site = canvas.rect("card", journey.card("Web site"))
    check = UndoCheck(editor)

    canvas.drag(advert, QPointF(web_site.center().x(), web_site.top() + 3))

    assert journey.cell("Touchpoints", 0) == ["Search ad"]
    assert journey.cell("Touchpoints", 1) == ["Advert", "Web site"]
    check.one_step()


def test_card_drags_to_the_end_of_its_own_cell(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    first = canvas.centre("card", journey.card("Reads reviews"))
    last = canvas.rect("card", journey.card("Asks friends"))
    check = UndoCheck(editor)

    canvas.drag(first, QPointF(last.center().x(), last.bottom() + 4))

    assert journey.cell("Customer actions", 0) == ["Compares", "Asks friends", "Reads reviews"]
    check.one_step()


def test_card_dragged_onto_the_emotion_lane_stays_put(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = canvas.centre("card", journey.card("Advert"))
    feelings = next(r for r in editor.scene.rows if r.lane_id == journey.lane("Feelings"))

    canvas.drag(advert, QPointF(advert.x(), feelings.y + 20))

    assert journey.cell("Touchpoints", 0) == ["Advert", "Search ad"]
    assert editor.undo_stack.count() == 0
    assert canvas.centre("card", journey.card("Advert")) == advert


def curve_points(editor: MapEditor, journey: Journey) -> tuple[tuple[float, float], ...]:
    curve = editor.scene.item_for("curve", journey.lane("Feelings"))
    assert curve is not None
    (path,) = curve.layout_item.ops
    assert isinstance(path, Path)
    return path.points


def test_emotion_point_dragged_up_feels_better_and_the_curve_follows(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    hopeful = next(p for p in journey.points() if p.label == "Hopeful")
    start = canvas.centre("emotion-point", hopeful.id)
    feelings = next(r for r in editor.scene.rows if r.lane_id == journey.lane("Feelings"))
    end = QPointF(start.x(), value_y(4.0, editor.scene.emotion_band(feelings)))
    curve_before = curve_points(editor, journey)
    check = UndoCheck(editor)

    canvas.show(start, end)
    canvas.press(start)
    canvas.move(start, end, steps=5)
    assert curve_points(editor, journey) != curve_before, "the curve does not follow the drag"
    canvas.release(end)

    moved = editor.row("emotion-point", hopeful.id)
    assert moved.value == pytest.approx(4.0, abs=0.5)
    assert moved.stage_id == journey.stage(1)
    assert moved.offset == pytest.approx(0.5, abs=0.01)
    check.one_step()


def test_stage_header_drags_sideways_to_a_new_place(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    discovery = canvas.rect("stage", journey.stage(0))
    evaluation = canvas.rect("stage", journey.stage(2))
    end = QPointF(evaluation.left() + evaluation.width() * 0.75, evaluation.center().y())
    check = UndoCheck(editor)

    canvas.drag(discovery.center(), end, steps=8)

    assert journey.stage_titles()[:4] == ["Research", "Evaluation", "Discovery", "Purchase"]
    check.one_step()


def test_stage_header_right_edge_drags_to_widen_the_stage(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    research = canvas.rect("stage", journey.stage(1))
    edge = QPointF(research.right() - 2, research.center().y())
    unit = editor.scene.theme.column + editor.scene.theme.column_gap
    check = UndoCheck(editor)

    canvas.drag(edge, edge + QPointF(unit, 0))

    assert editor.row("stage", journey.stage(1)).width == 2
    assert [editor.row("stage", s).width for s in journey.stages()] == [1, 2, 1, 1, 1, 1, 1]
    check.one_step()
    assert canvas.rect("stage", journey.stage(1)).width() == 2 * unit - 10


def test_two_selected_cards_drag_together_as_one_step(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    reads = canvas.centre("card", journey.card("Reads reviews"))
    compares = canvas.centre("card", journey.card("Compares"))
    research = editor.scene.columns[1]
    canvas.click(reads)
    canvas.show(compares)
    qtbot.mouseClick(
        canvas.viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        canvas.to_viewport(compares),
    )
    assert len(editor.selected("card")) == 2
    check = UndoCheck(editor)

    canvas.drag(compares, QPointF(research.x + research.w / 2, compares.y()))

    assert journey.cell("Customer actions", 1) == ["Reads reviews", "Compares"]
    assert journey.cell("Customer actions", 0) == ["Asks friends"]
    check.one_step()


def test_canvas_follows_an_edit_made_in_the_document(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")

    editor.document.update_card(advert, title="Metro poster")
    canvas.settle()

    item = canvas.scene.item_for("card", advert)
    assert item is not None
    assert "Metro poster" in [op.text for op in item.layout_item.ops if isinstance(op, Text)]


def test_emotion_point_dragged_sideways_moves_along_the_journey(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    curious = next(p for p in journey.points() if p.label == "Curious")
    start = canvas.centre("emotion-point", curious.id)
    evaluation = canvas.rect("stage", journey.stage(2))
    end = QPointF(evaluation.left() + evaluation.width() * 0.25, start.y())
    check = UndoCheck(editor)

    canvas.drag(start, end, steps=8)

    moved = editor.row("emotion-point", curious.id)
    assert moved.stage_id == journey.stage(2)
    assert moved.offset == pytest.approx(0.25, abs=0.03)
    assert moved.value == pytest.approx(-1.0, abs=0.5)
    assert [p.label for p in journey.points()] == ["Hopeful", "Curious", "Unsure"]
    check.one_step()


def test_lane_header_drags_down_to_a_new_place_and_its_edge_makes_it_taller(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    order = [lane.title for lane in editor.document.lanes(journey.id)]
    touch = canvas.rect("lane", journey.lane("Touchpoints"))
    actions = canvas.rect("lane", journey.lane("Customer actions"))
    grip = QPointF(touch.left() + 40, touch.top() + 20)
    check = UndoCheck(editor)

    canvas.drag(grip, QPointF(grip.x(), actions.bottom() - 5), steps=8)

    after = [lane.title for lane in editor.document.lanes(journey.id)]
    assert after[:2] == ["Customer actions", "Touchpoints"] and sorted(after) == sorted(order)
    check.one_step()

    thoughts = canvas.rect("lane", journey.lane("Thoughts"))
    edge = QPointF(thoughts.left() + 40, thoughts.bottom() - 2)
    unit = editor.scene.theme.row_unit
    taller = UndoCheck(editor)
    canvas.drag(edge, edge + QPointF(0, 2 * unit), steps=6)
    expected = min(10, round((thoughts.height() - 2 + 2 * unit) / unit))
    assert editor.row("lane", journey.lane("Thoughts")).height == expected > 1
    taller.one_step()
