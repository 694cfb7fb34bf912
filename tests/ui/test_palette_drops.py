"""Dropping palette entries on the canvas: the element is created where the hand let go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.render.emotion import value_y
from app.ui.canvas.scene import Row
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, UndoCheck, open_in, rows


def row_of(editor: MapEditor, lane_id: str) -> Row:
    return next(r for r in editor.scene.rows if r.lane_id == lane_id)


def test_card_drops_between_the_cards_of_a_cell(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    first = canvas.rect("card", journey.card("Reads reviews"))
    second = canvas.rect("card", journey.card("Compares"))
    between = QPointF(first.center().x(), (first.bottom() + second.top()) / 2)
    check = UndoCheck(editor)

    assert canvas.drop("card", between)

    assert journey.cell("Customer actions", 0) == [
        "Reads reviews",
        "New card",
        "Compares",
        "Asks friends",
    ]
    assert editor.selected("card") == [journey.card("New card")]
    check.one_step()


@pytest.mark.parametrize(
    ("entry", "lane", "title", "fields"),
    [
        ("touchpoint", "Touchpoints", "New touchpoint", {"channel": "web"}),
        ("pain", "Pains and gains", "New pain", {"sentiment": "pain", "impact": None}),
        ("gain", "Pains and gains", "New gain", {"sentiment": "gain", "impact": None}),
        (
            "opportunity",
            "Opportunities",
            "New opportunity",
            {"impact": 3, "effort": 3, "status": "idea", "sentiment": "neutral"},
        ),
    ],
)
def test_each_card_entry_drops_with_its_preset(
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    entry: str,
    lane: str,
    title: str,
    fields: dict[str, object],
) -> None:
    column = editor.scene.columns[2]
    row = row_of(editor, journey.lane(lane))
    check = UndoCheck(editor)

    assert canvas.drop(entry, QPointF(column.x + column.w / 2, row.y + row.h / 2))

    card = editor.row("card", journey.card(title))
    assert (card.lane_id, card.stage_id) == (journey.lane(lane), journey.stage(2))
    assert {name: getattr(card, name) for name in fields} == fields
    check.one_step()


def test_stage_drops_between_two_stages(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    research, evaluation = editor.scene.columns[1], editor.scene.columns[2]
    gap = (research.x + research.w + evaluation.x) / 2
    header = canvas.rect("stage", journey.stage(1))
    check = UndoCheck(editor)

    assert canvas.drop("stage", QPointF(gap, header.center().y()))

    assert journey.stage_titles() == [
        "Discovery",
        "Research",
        "New stage",
        "Evaluation",
        "Purchase",
        "Use",
        "Customer service",
        "Recommendation",
    ]
    check.one_step()


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("touchpoints", "Touchpoints"),
        ("text", "Customer actions"),
        ("emotion", "Feelings"),
        ("pains_gains", "Pains and gains"),
        ("opportunities", "Opportunities"),
        ("images", "Storyboard"),
        ("metrics", "Metrics"),
    ],
)
def test_lane_of_each_kind_drops_between_two_lanes(
    editor: MapEditor, canvas: Canvas, journey: Journey, kind: str, title: str
) -> None:
    thoughts = row_of(editor, journey.lane("Thoughts"))
    column = editor.scene.columns[1]
    lanes_before = [lane.id for lane in editor.document.lanes(journey.id)]
    check = UndoCheck(editor)

    assert canvas.drop(f"lane:{kind}", QPointF(column.x + 20, thoughts.y + 2))

    lanes = editor.document.lanes(journey.id)
    added = lanes[2]
    assert added.id not in lanes_before
    assert (added.kind, added.title) == (kind, title)
    assert [lane.id for lane in lanes if lane is not added] == lanes_before
    check.one_step()


def test_emotion_point_drops_at_the_feeling_under_the_cursor(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    feelings = row_of(editor, journey.lane("Feelings"))
    column = editor.scene.columns[3]
    band = editor.scene.emotion_band(feelings)
    at = QPointF(column.x + column.w * 0.25, value_y(3.0, band))
    before = {p.id for p in journey.points()}
    check = UndoCheck(editor)

    assert canvas.drop("emotion_point", at)

    (added,) = [p for p in journey.points() if p.id not in before]
    assert added.stage_id == journey.stage(3)
    assert added.value == pytest.approx(3.0, abs=0.5)
    assert added.offset == pytest.approx(0.25, abs=0.02)
    check.one_step()


@pytest.mark.parametrize(
    ("entry", "lane", "message"),
    [
        ("card", "Feelings", "The emotion lane takes emotion points, not cards."),
        ("pain", "Feelings", "The emotion lane takes emotion points, not cards."),
        ("emotion_point", "Customer actions", "Drop emotion points on an emotion lane."),
    ],
)
def test_drop_on_the_wrong_lane_creates_nothing_and_says_why(
    window: MainWindow,
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    entry: str,
    lane: str,
    message: str,
) -> None:
    row = row_of(editor, journey.lane(lane))
    column = editor.scene.columns[3]
    before = rows(editor.document)

    assert not canvas.drop(entry, QPointF(column.x + column.w / 2, row.y + row.h / 2))

    assert rows(editor.document) == before
    assert editor.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == message


def test_drop_on_a_read_only_map_changes_nothing_and_tells_why(
    qtbot: QtBot, window: MainWindow, document: JourneyDocument, tmp_path: Path
) -> None:
    """The canvas refuses the drag itself (no message box after the fact)."""
    path = tmp_path / "shared.cjm"
    document.save_as(path)
    document.close()
    read_only = JourneyDocument.open(path, read_only=True)
    editor = open_in(window, qtbot, read_only)
    canvas = Canvas(qtbot, editor)
    cell = canvas.rect("card", Journey(read_only).card("Web site"))
    before = rows(read_only)

    assert not canvas.drop("card", QPointF(cell.center().x(), cell.bottom() + 4))

    assert window.statusBar().currentMessage() == (
        "This map is open read-only: use File › Save As to keep an editable copy."
    )
    assert rows(read_only) == before
    assert editor.undo_stack.count() == 0
