"""The analysis tabs beside the map: a dragged dot of the matrix re-scores its opportunity (one
undo step), the action plan sorts and filters, every view follows the map as it changes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.model.comparison import compare
from app.model.snapshot import journey_snapshot
from app.render.views.matrix import SCORES
from app.ui.analysis.stage_match import StageMatchDialog
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Journey, settle


def add_opportunities(window: MainWindow, journey: Journey) -> dict[str, str]:
    editor = window.current_editor()
    assert editor is not None
    lane = editor.document.add_lane(journey.id, "opportunities", "Opportunities").first_added
    ids = {}
    for title, impact, effort in (("Quick", 5, 1), ("Big", 4, 5), ("Small", 1, 1)):
        ids[title] = editor.document.add_card(
            lane, journey.stage(0), title, impact=impact, effort=effort
        ).first_added
    return ids


def test_dragging_a_dot_rescores_the_opportunity_and_undoes(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    ids = add_opportunities(window, journey)
    tab = window.current_tab()
    tab.views.show_view("matrix")
    page = tab.views.pages["matrix"]
    settle(qtbot)
    dot = next(i for i in page.scene.items() if getattr(i, "ref", "") == ids["Small"])
    plot = next(i.rect for i in page.poster_.items if i.kind == "matrix-plot")
    band = plot.w / SCORES
    target = QPointF(plot.x + 0.5 * band, plot.y + 0.5 * band)  # impact 5, effort 1
    view = page.view
    start = view.mapFromScene(dot.layout_rect().center())
    end = view.mapFromScene(target)
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 5)
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end
    )
    settle(qtbot)
    card = journey.document.card(ids["Small"])
    assert (card.impact, card.effort) == (5, 1)
    assert window.undo_action.text().startswith("&Undo Edit card “Small”")
    window.undo_action.trigger()
    settle(qtbot)
    card = journey.document.card(ids["Small"])
    assert (card.impact, card.effort) == (1, 1)
    dot = next(i for i in page.scene.items() if getattr(i, "ref", "") == ids["Small"])
    assert plot.bottom - band < dot.layout_rect().center().y() < plot.bottom  # back at impact 1


def test_the_plan_sorts_filters_and_follows_the_map(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    ids = add_opportunities(window, journey)
    tab = window.current_tab()
    tab.views.show_view("plan")
    page = tab.views.plan
    settle(qtbot)

    def titles() -> list[str]:
        model = page.table.model()
        return [model.index(row, 1).data() for row in range(model.rowCount())]

    assert titles() == ["Quick", "Big", "Small"]  # quick wins, major projects, fill-ins
    header = page.table.horizontalHeader()
    effort = next(
        c
        for c in range(header.count())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Effort"
    )
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(effort) + 5, 5),
    )
    assert titles()[-1] == "Big" and set(titles()) == {"Quick", "Big", "Small"}
    qtbot.keyClicks(page.filter, "smal")
    assert titles() == ["Small"]
    page.filter.clear()
    journey.document.update_card(ids["Big"], title="Very big")  # a script, heard by the tab
    settle(qtbot)
    assert "Very big" in titles()


def test_statistics_and_inventory_pages_show_the_current_journey(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    tab = window.current_tab()
    for key in ("stats", "inventory"):
        tab.views.show_view(key)
        settle(qtbot)
        page = tab.views.pages[key]
        texts = [
            op.text
            for item in page.scene.items()
            for op in getattr(getattr(item, "layout_item", None), "ops", ())
            if hasattr(op, "text")
        ]
        assert journey.document.journey(journey.id).title in " ".join(texts)


def test_stages_matched_by_hand_feed_the_comparison_and_undo_in_one_step(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    """A competitor's journey, its stages named differently and in another order: matched by
    hand in the comparison tab, the comparison lines them up; one undo clears the matching."""
    document = editor.document
    other = document.add_journey("Competitor").first_added
    titles = ["Devis en ligne", "Rendez-vous", "Signature"]
    for title in titles:
        document.add_stage(other, title)
    tab = window.current_tab()
    tab.views.show_view("compare")
    page = tab.views.pages["compare"]
    settle(qtbot)
    assert page.match.isEnabled()
    base = page.current()
    theirs = journey_snapshot(document, other, with_pictures=False)
    dialog = StageMatchDialog(editor, base, theirs, page)
    qtbot.addWidget(dialog)
    first = dialog.choices[theirs.stages[0].id]
    assert first.currentText().startswith("Automatic")
    first.setCurrentIndex(first.findData(base.stages[1].id))  # "Devis en ligne" is our 2nd
    dialog.accept()
    settle(qtbot)
    result = compare([page.current(), journey_snapshot(document, other, with_pictures=False)])
    column = next(c for c in result.columns if c.stages[0] and c.stages[0].id == base.stages[1].id)
    assert column.stages[1] is not None and column.stages[1].title == "Devis en ligne"
    assert column.matched_by == "origin"
    assert window.undo_action.text().startswith("&Undo Match the stages of “Competitor”")
    window.undo_action.trigger()
    settle(qtbot)
    assert journey_snapshot(document, other).stages[0].origin_stage_id is None
