"""Stage metrics in the editor: added from the palette, the Insert menu, a double-click or the
context menu of a metrics cell (in test_context_menus.py) and the inspector; edited, computed
from the answers, moved and deleted; each one undo step, each shown on the canvas and in the
outline."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.editor import MapEditor
from app.ui.fields import CheckedLine
from app.ui.inspector_sections import StageMetrics
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, UndoCheck, open_in

CTRL = Qt.KeyboardModifier.ControlModifier


def field(window: MainWindow, name: str) -> QWidget:
    """The inspector's widget whose accessible name is `name` (the field's label)."""
    found = [w for w in window.inspector.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, (name, [w.accessibleName() for w in found])
    return found[0]


def button(parent: QWidget, text: str) -> QAbstractButton:
    (found,) = [b for b in parent.findChildren(QAbstractButton) if b.text() == text]
    return found


def type_into(qtbot: QtBot, widget: QWidget, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Click into a field, select what it holds, type over it, then Enter (or Tab)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only: the rest comes as an input method would give it
        widget.insert(text)  # type: ignore[attr-defined]
    qtbot.keyClick(widget, key)
    QApplication.processEvents()


def metrics_of(editor: MapEditor, stage: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in editor.document.metrics(stage)]


def metric_cell(canvas: Canvas, journey: Journey, stage: int) -> QPointF:
    """An empty place in the metrics lane, under a stage."""
    row = next(r for r in canvas.scene.rows if r.kind == "metrics")
    column = canvas.scene.columns[stage]
    return QPointF(column.x + column.w / 2, row.y + row.h - 6)


def test_a_metric_drops_from_the_palette_onto_a_stage(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    check = UndoCheck(editor)
    assert canvas.drop("metric", metric_cell(canvas, journey, 2))

    (metric,) = editor.document.metrics(journey.stage(2))
    assert (metric.name, metric.kind) == ("New metric", "custom")
    assert editor.selected("metric") == [metric.id]
    canvas.settle()
    assert window.inspector._form is not None and window.inspector._form.title == "Metric"
    assert canvas.scene.item_for("metric", metric.id) is not None
    check.one_step()


def test_insert_menu_adds_a_metric_to_the_stage_of_the_selection(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    canvas.click(canvas.centre("card", journey.card("Web site")))  # in the second stage
    insert = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Insert")
    (action,) = [a for a in insert.actions() if a.text() == "&Metric"]
    check = UndoCheck(editor)

    action.trigger()
    canvas.settle()

    assert metrics_of(editor, journey.stage(1)) == [("New metric", "custom")]
    check.one_step()


def test_a_double_click_on_an_empty_metrics_cell_adds_a_metric(
    editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    check = UndoCheck(editor)
    canvas.double_click(metric_cell(canvas, journey, 4))
    assert metrics_of(editor, journey.stage(4)) == [("New metric", "custom")]
    check.one_step()


def test_the_inspector_of_a_stage_adds_lists_and_deletes_its_metrics(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    canvas.click(canvas.centre("stage", journey.stage(0)))
    canvas.settle()
    (section,) = window.inspector.findChildren(StageMetrics)
    check = UndoCheck(editor)
    next(a for a in section.add_button.menu().actions() if a.text().startswith("CSAT")).trigger()
    canvas.settle()
    assert metrics_of(editor, journey.stage(0)) == [("CSAT", "csat")]
    check.one_step()

    canvas.click(canvas.centre("stage", journey.stage(0)))
    canvas.settle()
    (section,) = window.inspector.findChildren(StageMetrics)
    assert [section.list.item(i).text() for i in range(section.list.count())] == ["CSAT: — → — %"]
    section.list.setCurrentRow(0)
    button(section, "Delete").click()
    canvas.settle()
    assert editor.document.metrics(journey.stage(0)) == []


def test_a_journey_without_a_metrics_lane_gets_one_with_its_first_metric(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = JourneyDocument.new("blank", "fr")
    editor = open_in(window, qtbot, document)
    stage = document.stages(editor.journey_id)[1].id
    canvas = Canvas(qtbot, editor)
    canvas.click(canvas.centre("stage", stage))
    check = UndoCheck(editor)

    editor.add_from_menu("metric")
    canvas.settle()

    lanes = [lane for lane in document.lanes(editor.journey_id) if lane.kind == "metrics"]
    assert [lane.title for lane in lanes] == ["Indicateurs"]  # the map's language
    assert [m.name for m in document.metrics(stage)] == ["Nouvel indicateur"]
    check.one_step()


def test_editing_a_metric_in_the_inspector(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    editor.add_metric(journey.stage(2))
    (metric,) = editor.document.metrics(journey.stage(2))
    canvas.settle()

    kind = field(window, "Kind")
    check = UndoCheck(editor)
    kind.setCurrentIndex(kind.findData("csat"))
    canvas.settle()
    row = editor.row("metric", metric.id)
    assert (row.kind, row.name, row.unit) == ("csat", "CSAT", "%")  # the kind's name and unit
    check.one_step()

    type_into(qtbot, field(window, "Before"), "4,6")  # a comma or a point
    type_into(qtbot, field(window, "After"), "4.7", Qt.Key.Key_Tab)
    type_into(qtbot, field(window, "Target"), "4.8")
    type_into(qtbot, field(window, "Source (survey, analytics…)"), "Enquête à chaud")
    type_into(qtbot, field(window, "Measured before on"), "15/03/2026")
    row = editor.row("metric", metric.id)
    assert (row.value_before, row.value_after, row.target) == (4.6, 4.7, 4.8)
    assert (row.source, row.measured_before) == ("Enquête à chaud", "2026-03-15")
    item = canvas.scene.item_for("metric", metric.id)
    shown = " ".join(op.text for op in item.layout_item.ops if hasattr(op, "text"))
    assert "4.6" in shown and "4.7" in shown and "target 4.8" in shown


def test_a_value_out_of_range_is_refused_in_place_with_its_reason(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    editor.add_metric(journey.stage(2))
    (metric,) = editor.document.metrics(journey.stage(2))
    canvas.settle()
    steps = editor.undo_stack.count()

    target = field(window, "Target")
    assert isinstance(target, CheckedLine)
    type_into(qtbot, target, "beaucoup")
    assert target.refused and target.reason.isVisible()
    assert target.reason.text() == "“beaucoup” is not a number."
    type_into(qtbot, field(window, "Measured after on"), "2026-02-31")
    reasons = [label.text() for label in window.inspector.findChildren(QLabel) if label.isVisible()]
    assert "There is no such day." in reasons
    assert editor.undo_stack.count() == steps  # nothing reached the map, no box to close
    assert editor.row("metric", metric.id).target is None

    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert target.text() == "" and not target.refused


def test_nps_is_computed_from_the_counts_and_from_pasted_answers(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    editor.add_metric(journey.stage(1), "nps")
    (metric,) = editor.document.metrics(journey.stage(1))
    canvas.settle()

    type_into(qtbot, field(window, "Before the changes: Promoters (9–10)"), "90")
    type_into(qtbot, field(window, "Before the changes: Passives (7–8)"), "60")
    type_into(qtbot, field(window, "Before the changes: Detractors (0–6)"), "50")
    assert editor.row("metric", metric.id).value_before == 20.0  # 45 % − 25 %
    summaries = [label.text() for label in window.inspector.findChildren(QLabel)]
    assert "Computed: 20, from 200 answers." in summaries

    answers = field(window, "After the changes: answers")
    check = UndoCheck(editor)
    type_into(qtbot, answers, "10 9 9 8\n7 6 5 0 10 9".replace("\n", " "))
    row = editor.row("metric", metric.id)
    assert row.value_after == 20.0  # 5 promoters, 2 passives, 3 detractors of 10
    assert '"after":{"detractors":3,"passives":2,"promoters":5}' in row.inputs
    check.one_step()

    type_into(qtbot, field(window, "After"), "22")  # typed by hand: the counts go
    assert '"after"' not in editor.row("metric", metric.id).inputs


def test_metrics_move_and_delete_and_show_in_the_outline(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    stage = journey.stage(0)
    editor.add_metric(stage, "nps")
    editor.add_metric(stage, "ces")
    first, second = (m.id for m in editor.document.metrics(stage))
    canvas.settle()
    tree = window.outline.tree
    line = tree.item_of("metric", first)
    assert line is not None and line.text(0) == "NPS: — → —"
    assert line.parent() is not None and line.parent().text(0) == "Discovery"  # its stage

    editor.scene.select_refs([("metric", second)])
    canvas.settle()
    check = UndoCheck(editor)
    button(window.inspector, "↑ Earlier").click()
    canvas.settle()
    assert [m.id for m in editor.document.metrics(stage)] == [second, first]
    check.one_step()

    canvas.click(canvas.centre("metric", first))
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    canvas.settle()
    assert [m.id for m in editor.document.metrics(stage)] == [second]
    assert tree.item_of("metric", first) is None


def test_a_stage_with_metrics_gets_no_empty_cell_hint_and_the_status_bar_names_them(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    hints = editor.cell_hints
    assert hints is not None
    lane = next(r.lane_id for r in canvas.scene.rows if r.kind == "metrics")
    assert lane in hints.empty_lanes(), "no metric yet: the lane says what it takes"
    editor.add_metric(journey.stage(0), "nps")
    canvas.settle()
    assert lane not in hints.empty_lanes()
    assert hints.cell_at(metric_cell(canvas, journey, 0)) is None, "no + over the metrics"
    assert hints.cell_at(metric_cell(canvas, journey, 4)) is not None
    assert window.hint_label.text().startswith("Metric “NPS”")
