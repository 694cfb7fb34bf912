"""File › Merge Another Copy…: the conflicts side by side (mine / theirs / base), a choice per
conflict and all-mine / all-theirs, the result one undoable step on the canvas."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.model.merge_files import plan_merge
from app.ui.main_window import MainWindow
from app.ui.merge_dialog import MergeDialog, merge_file
from tests.ui.conftest import UndoCheck, open_in, settle


def copies(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """Two copies of a saved map; theirs retitles three cards and recolours a fourth."""
    document = JourneyDocument.new("sample", "fr")
    mine = tmp_path / "mine.cjm"
    document.save_as(mine, label="avant l’atelier")
    cards = [c.id for c in document.cards(document.journeys()[0].id)[:4]]
    document.close()
    theirs = tmp_path / "theirs.cjm"
    shutil.copyfile(mine, theirs)
    other = JourneyDocument.open(theirs)
    other.update_card(cards[0], title="Leur premier")
    other.update_card(cards[1], title="Leur deuxième")
    other.update_card(cards[3], colour="#1ec8e0")
    other.save()
    other.close()
    return mine, theirs, cards


def test_conflicts_side_by_side_each_chosen_then_one_undo(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    mine, theirs, cards = copies(tmp_path)
    editor = open_in(window, qtbot, JourneyDocument.open(mine))
    document = editor.document
    base_titles = [document.card(c).title for c in cards[:2]]  # type: ignore[union-attr]
    document.update_card(cards[0], title="Mon premier")
    document.update_card(cards[1], title="Mon deuxième")
    settle(qtbot)
    plan = plan_merge(document, theirs)
    dialog = MergeDialog(plan)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2 and "2 changes conflict" in dialog.summary.text()
    shown = {
        table.item(row, 2).text(): [table.item(row, column).text() for column in range(5)]
        for row in range(2)
    }
    first = shown["Mon premier"]
    assert first[1] == "title" and first[3:] == ["Leur premier", base_titles[0]]
    assert first[0] == "Card “Mon premier”"
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert [c.currentData() for c in dialog.choosers] == ["theirs", "theirs"]
    qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
    assert [c.currentData() for c in dialog.choosers] == ["mine", "mine"]
    row = next(r for r in range(2) if table.item(r, 2).text() == "Mon deuxième")
    dialog.choosers[row].setCurrentIndex(dialog.choosers[row].findData("theirs"))
    check = UndoCheck(editor)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    report = plan.apply(dialog.chooser())
    settle(qtbot)
    assert sorted(report.chosen) == ["mine", "theirs"]
    assert document.card(cards[0]).title == "Mon premier"  # type: ignore[union-attr]
    assert document.card(cards[1]).title == "Leur deuxième"  # type: ignore[union-attr]
    assert document.card(cards[3]).colour == "#1ec8e0"  # type: ignore[union-attr]
    assert editor.undo_stack.text(editor.undo_stack.index() - 1) == "Merge “theirs”"
    assert editor.scene.item_for("card", cards[1]) is not None
    check.one_step()


def test_the_file_menu_merges_a_copy_without_conflict(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    mine, theirs, cards = copies(tmp_path)
    editor = open_in(window, qtbot, JourneyDocument.open(mine))
    assert window.merge_action.isEnabled()
    assert window.merge_action in window.menuBar().actions()[0].menu().actions()
    seen = answer_modal("Merge")
    report = merge_file(editor, theirs, window)
    settle(qtbot)
    assert seen.clicked == "Merge" and "Nothing conflicts" in seen.text
    assert report is not None and report.conflicts == ()
    assert editor.document.card(cards[0]).title == "Leur premier"  # type: ignore[union-attr]
    editor.undo_stack.undo()
    assert editor.document.card(cards[0]).title != "Leur premier"  # type: ignore[union-attr]
    seen = answer_modal("OK")
    assert merge_file(editor, tmp_path / "missing.cjm", window) is None
    assert "missing.cjm cannot be opened" in seen.text
