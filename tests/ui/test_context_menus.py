"""A right-click menu on every kind of element, on empty cells, on the empty canvas and in the
outline: each shows the actions that apply with their shortcuts, and each action works."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, QPointF, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.render.ops import Path
from app.ui.canvas.inline_editor import InlineTextEditor
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, open_in, rows, settle


@dataclass
class MenuSeen:
    entries: list[str] = field(default_factory=list)  # "text<TAB>shortcut", "-" for separators
    enabled: dict[str, bool] = field(default_factory=dict)
    chosen: str = ""
    problem: str = ""


def describe(menu: QMenu) -> tuple[list[str], dict[str, bool]]:
    entries, enabled = [], {}
    for action in menu.actions():
        if action.isSeparator():
            entries.append("-")
            continue
        text = action.text().replace("&", "")
        keys = action.shortcut().toString()
        entries.append(f"{text}\t{keys}" if keys else text)
        enabled[text] = action.isEnabled()
    return entries, enabled


@pytest.fixture
def answer_menu(qtbot: QtBot) -> Iterator[Callable[[str], MenuSeen]]:
    """Call before the right-click: reads the menu that opens and clicks the entry named by
    `path` ("Sentiment/Pain"; "" closes the menu)."""

    def answer(path: str, timeout: float = 5.0) -> MenuSeen:
        seen = MenuSeen()
        deadline = time.monotonic() + timeout

        def poll() -> None:
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu):
                if time.monotonic() < deadline:
                    QTimer.singleShot(10, poll)
                else:
                    seen.problem = "no menu opened"
                return
            seen.entries, seen.enabled = describe(menu)
            current, action = menu, None
            for part in [p for p in path.split("/") if p]:
                action = next(
                    (a for a in current.actions() if a.text().replace("&", "") == part), None
                )
                if action is None:
                    seen.problem = f"no entry {part!r} in {describe(current)[0]}"
                    break
                if action.menu() is not None:
                    current = action.menu()
            menu.close()
            if action is not None and not seen.problem:
                seen.chosen = action.text().replace("&", "")
                action.trigger()

        QTimer.singleShot(0, poll)
        return seen

    yield answer


def right_click(qtbot: QtBot, widget: QWidget, at: QPoint) -> None:
    """What the window system sends on a right-click: a context-menu event where the mouse is."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)
    settle(qtbot)


def on_canvas(qtbot: QtBot, canvas: Canvas, at: QPointF) -> None:
    canvas.show(at)
    right_click(qtbot, canvas.viewport, canvas.to_viewport(at))


def empty_cell(editor: MapEditor, journey: Journey, lane: str, stage: int) -> QPointF:
    row = editor.scene.grid.row_of(journey.lane(lane))
    column = editor.scene.columns[stage]
    assert row is not None
    return QPointF(column.x + column.w / 2, row.y + row.h - 12)


def test_a_card_menu_offers_its_actions_with_their_shortcuts(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    advert = journey.card("Advert")
    seen = answer_menu("Moment of Truth")
    on_canvas(qtbot, canvas, canvas.centre("card", advert))
    assert seen.chosen == "Moment of Truth", seen.problem
    assert "Edit Title\tF2" in seen.entries and "Delete Card\tDel" in seen.entries
    assert "Copy\tCtrl+C" in seen.entries and "Duplicate\tCtrl+D" in seen.entries
    assert {"Add Evidence", "Colour", "Sentiment"} <= set(seen.enabled)
    assert editor.document.card(advert).moment_of_truth
    assert editor.scene.selected_refs() == [("card", advert)], "right-click selects"


def test_a_card_menu_sets_the_sentiment_and_the_colour(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    card = journey.card("Compares")
    seen = answer_menu("Sentiment/Pain")
    on_canvas(qtbot, canvas, canvas.centre("card", card))
    assert seen.chosen == "Pain", seen.problem
    assert editor.document.card(card).sentiment == "pain"
    seen = answer_menu("Colour/Mint")
    on_canvas(qtbot, canvas, canvas.centre("card", card))
    assert seen.chosen == "Mint", seen.problem
    assert editor.document.card(card).colour == "#D8F0E2"


def test_a_stage_menu_inserts_a_stage_after_it_ready_to_name(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    first = journey.stage(0)
    count = len(journey.stages())
    seen = answer_menu("Insert Stage After")
    on_canvas(qtbot, canvas, canvas.centre("stage", first))
    assert seen.chosen, seen.problem
    assert "Rename\tF2" in seen.entries and "Delete Stage\tDel" in seen.entries
    stages = journey.stages()
    assert stages[0] == first and len(stages) == count + 1
    assert editor.scene.selected_refs() == [("stage", stages[1])]
    assert [i for i in editor.scene.items() if isinstance(i, InlineTextEditor)]


def test_a_lane_menu_hides_the_lane(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    lane = journey.lane("Customer actions")
    header = canvas.rect("lane", lane)
    seen = answer_menu("Hide Lane")
    on_canvas(qtbot, canvas, QPointF(header.x() + 40, header.y() + 20))
    assert seen.chosen == "Hide Lane", seen.problem
    assert "Insert Lane Above" in seen.enabled and "Delete Lane\tDel" in seen.entries
    assert editor.document.lane(lane).hidden


def test_an_emotion_point_menu_sets_the_feeling(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    point = journey.points()[1]
    seen = answer_menu("Feeling/-3")
    on_canvas(qtbot, canvas, canvas.centre("emotion-point", point.id))
    assert seen.chosen == "-3", seen.problem
    assert "Edit Label\tF2" in seen.entries
    assert editor.document.emotion_point(point.id).value == -3.0


def test_an_empty_cell_menu_adds_what_the_cell_takes(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    seen = answer_menu("Add a Pain Here")
    on_canvas(qtbot, canvas, empty_cell(editor, journey, "Customer actions", 3))
    assert seen.chosen == "Add a Pain Here", seen.problem
    assert "Paste Here\tCtrl+V" in seen.entries and "Insert Stage Before" in seen.enabled
    (pain,) = [c for c in editor.document.cards(journey.id) if c.sentiment == "pain"]
    assert (pain.lane_id, pain.stage_id) == (journey.lane("Customer actions"), journey.stage(3))


def test_an_empty_cell_of_the_emotion_lane_takes_a_point(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    before = len(journey.points())
    seen = answer_menu("Add an Emotion Point Here")
    on_canvas(qtbot, canvas, empty_cell(editor, journey, "Feelings", 3))
    assert seen.chosen, seen.problem
    assert "Add a Card Here" not in seen.enabled
    assert len(journey.points()) == before + 1


def test_the_empty_canvas_menu_adds_a_stage(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    poster = editor.scene.poster
    assert poster is not None
    count = len(journey.stages())
    seen = answer_menu("Add a Stage")
    on_canvas(qtbot, canvas, QPointF(poster.width - 8, poster.height - 8))
    assert seen.chosen == "Add a Stage", seen.problem
    assert "Fit to Window\tCtrl+0" in seen.entries
    assert len(journey.stages()) == count + 1


def test_a_verbatim_of_the_evidence_row_has_its_menu(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    quote = editor.document.add_evidence(
        "quote", text="On a attendu trois semaines", targets=[("stage", journey.stage(2))]
    ).first_added
    settle(qtbot)
    seen = answer_menu("Delete from the Map")
    on_canvas(qtbot, canvas, canvas.centre("evidence", quote))
    assert seen.chosen, seen.problem
    assert "Edit…" in seen.enabled
    assert not [e for e in editor.document.evidence() if e.id == quote]


def test_a_metric_has_its_menu(
    qtbot: QtBot, window: MainWindow, answer_menu: Callable[[str], MenuSeen]
) -> None:
    editor = open_in(window, qtbot, JourneyDocument.new("sample", "fr"))
    canvas = Canvas(qtbot, editor)
    stage = editor.document.stages(editor.journey_id)[2].id
    first, second = (m.id for m in editor.document.metrics(stage)[:2])
    seen = answer_menu("Move Later")
    on_canvas(qtbot, canvas, canvas.centre("metric", first))
    assert seen.chosen, seen.problem
    assert "Delete Metric\tDel" in seen.entries and "Edit Name\tF2" in seen.entries
    assert [m.id for m in editor.document.metrics(stage)][:2] == [second, first]
    seen = answer_menu("Delete Metric")
    on_canvas(qtbot, canvas, canvas.centre("metric", first))
    assert seen.chosen, seen.problem
    assert editor.document.metric(first) is None


def test_an_empty_metrics_cell_adds_a_metric_of_any_kind(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    row = next(r for r in editor.scene.rows if r.kind == "metrics")
    column = editor.scene.columns[3]
    seen = answer_menu("Add a Metric Here/NPS (net promoter score)")
    on_canvas(qtbot, canvas, QPointF(column.x + column.w / 2, row.y + row.h - 6))
    assert seen.chosen, seen.problem
    (metric,) = editor.document.metrics(journey.stage(3))
    assert (metric.name, metric.kind) == ("NPS", "nps")
    assert [i for i in editor.scene.items() if isinstance(i, InlineTextEditor)], "ready to type"


def test_a_connection_has_its_menu(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey, answer_menu
) -> None:
    advert, site = journey.card("Advert"), journey.card("Web site")
    link = editor.document.add_connection(advert, site).first_added
    settle(qtbot)
    arrow = editor.scene.item_for("connection", link)
    assert arrow is not None
    curve = next(op for op in arrow.layout_item.ops if isinstance(op, Path))
    p0, c1, c2, p1 = (QPointF(*point) for point in curve.points)
    seen = answer_menu("Delete Connection")
    on_canvas(qtbot, canvas, (p0 + c1 * 3 + c2 * 3 + p1) / 8)  # the arrow's middle
    assert seen.chosen, seen.problem
    assert editor.document.connections(journey.id) == []
    assert editor.row("card", advert) is not None and editor.row("card", site) is not None


def test_the_outline_offers_the_same_menu(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey, answer_menu
) -> None:
    tree = window.outline.tree
    line = tree.item_of("card", journey.card("Asks friends"))
    assert line is not None
    tree.scrollToItem(line)
    seen = answer_menu("Delete Card")
    right_click(qtbot, tree.viewport(), tree.visualItemRect(line).center())
    assert seen.chosen == "Delete Card", seen.problem
    assert not [c for c in editor.document.cards(journey.id) if c.title == "Asks friends"]


def test_on_a_read_only_map_only_what_changes_nothing_is_offered(
    qtbot: QtBot, window: MainWindow, document: JourneyDocument, tmp_path, answer_menu
) -> None:
    path = tmp_path / "shared.cjm"
    document.save_as(path)
    document.close()
    read_only = JourneyDocument.open(path, read_only=True)
    editor = open_in(window, qtbot, read_only)
    canvas = Canvas(qtbot, editor)
    before = rows(read_only)
    seen = answer_menu("Copy")
    on_canvas(qtbot, canvas, canvas.centre("card", Journey(read_only).card("Advert")))
    assert seen.chosen == "Copy", seen.problem
    assert seen.enabled["Copy"]
    assert not seen.enabled["Delete Card"] and not seen.enabled["Edit Title"]
    assert not seen.enabled["Moment of Truth"]
    assert rows(read_only) == before
