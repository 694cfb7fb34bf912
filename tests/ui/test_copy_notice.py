"""Other copies of the open map, as the user meets them: a sync tool's conflict copy named above
the canvas on opening (Merge It… runs the merge dialog), a copy dropped on the canvas offered
for merging, another map dropped opened in its tab, two unrelated maps' journeys added."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.main_window import MainWindow
from app.ui.merge_dialog import merge_file
from tests.ui.conftest import UndoCheck, settle

CONFLICT = "carte (Copie en conflit de Jean 2026-11-30).cjm"


def maps(tmp_path: Path) -> tuple[Path, Path, str]:
    """carte.cjm, and the copy Dropbox made when Jean saved his retitled first card."""
    folder = tmp_path / "partagé"
    folder.mkdir()
    document = JourneyDocument.new("sample", "fr")
    carte = folder / "carte.cjm"
    document.save_as(carte, label="avant l’atelier")
    card = document.cards(document.journeys()[0].id)[0].id
    document.close()
    copy = folder / CONFLICT
    shutil.copyfile(carte, copy)
    jean = JourneyDocument.open(copy)
    jean.author_name = "Jean"
    jean.update_card(card, title="Titre de Jean")
    jean.save()
    jean.close()
    return carte, copy, card


def test_a_conflict_copy_is_named_on_opening_and_merged_from_the_notice(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    carte, _copy, card = maps(tmp_path)
    tab = window.open_path(carte)
    assert tab is not None
    notice = tab.copy_notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.text.text() == (
        f"A conflict copy made by Dropbox lies beside this map: “{CONFLICT}”."
    )
    assert notice.merge_button.isVisible() and notice.dismiss_button.isVisible()
    editor = tab.editor
    check = UndoCheck(editor)
    seen = answer_modal("Merge")
    qtbot.mouseClick(notice.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert seen.clicked == "Merge" and "Nothing conflicts" in seen.text
    assert editor.document.card(card).title == "Titre de Jean"  # type: ignore[union-attr]
    assert notice.isVisible() and not notice.merge_button.isVisible()
    assert notice.text.text() == "From Jean’s copy — changed: 1 card. No conflict."
    check.one_step()
    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()


def test_dismiss_leaves_the_copy_alone_and_unrelated_or_same_copies_are_not_named(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    carte, copy, _card = maps(tmp_path)
    before = copy.read_bytes()
    tab = window.open_path(carte)
    assert tab is not None
    qtbot.waitUntil(tab.copy_notice.isVisible, timeout=5000)
    qtbot.mouseClick(tab.copy_notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not tab.copy_notice.isVisible() and copy.read_bytes() == before
    # an identical copy (nothing new) and another map under a conflict copy's name: no notice
    other = tmp_path / "autre"
    other.mkdir()
    shutil.copyfile(carte, other / "carte.cjm")
    shutil.copyfile(carte, other / "carte (conflicted copy).cjm")
    unrelated = JourneyDocument.new("purchase", "en")
    unrelated.save_as(other / "carte.sync-conflict-20261130-101010-ABCDEFG.cjm")
    unrelated.close()
    tab = window.open_path(other / "carte.cjm")
    assert tab is not None
    tab.copy_notice._timer.timeout.emit()  # the look it would take after being shown
    settle(qtbot)
    assert not tab.copy_notice.isVisible() and tab.copy_notice.copies == []


def drop_maps(window: MainWindow, paths: list[Path]) -> bool:
    """What the file manager delivers on the canvas: enter, move, drop, with file URLs."""
    view = window.current_editor().view  # type: ignore[union-attr]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = view.viewport().rect().center()
    copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, copy, data, left, none)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(where, copy, data, left, none)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(QPointF(where), copy, data, left, none)
    QApplication.sendEvent(view.viewport(), drop)
    return enter.isAccepted() and move.isAccepted() and drop.isAccepted()


def test_a_copy_dropped_on_the_canvas_is_offered_for_merging(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    carte, copy, card = maps(tmp_path)
    moved = tmp_path / "reçue par mail.cjm"  # any name: the lineage says it is a copy
    shutil.move(copy, moved)
    tab = window.open_path(carte)
    assert tab is not None
    seen = answer_modal("Merge")
    assert drop_maps(window, [moved])
    qtbot.waitUntil(lambda: seen.clicked == "Merge", timeout=5000)
    settle(qtbot)
    assert "Merge “reçue par mail”" in seen.title
    assert tab.editor.document.card(card).title == "Titre de Jean"  # type: ignore[union-attr]
    assert len(window.tab_list()) == 1


def test_another_map_dropped_opens_and_a_broken_file_gets_one_sentence(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    carte, _copy, _card = maps(tmp_path)
    other = tmp_path / "achat.cjm"
    document = JourneyDocument.new("purchase", "en")
    document.save_as(other)
    document.close()
    window.open_path(carte)
    assert drop_maps(window, [other])
    qtbot.waitUntil(lambda: len(window.tab_list()) == 2, timeout=5000)
    assert window.current_tab().name() == "achat.cjm"  # type: ignore[union-attr]
    broken = tmp_path / "abîmée.cjm"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    seen = answer_modal("OK")
    assert drop_maps(window, [broken])
    qtbot.waitUntil(lambda: seen.clicked == "OK", timeout=5000)
    assert seen.text.startswith("abîmée.cjm cannot be opened:") and seen.text.count(".") <= 3
    assert len(window.tab_list()) == 2


def test_two_unrelated_maps_add_their_journeys_as_one_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    carte, _copy, _card = maps(tmp_path)
    other = tmp_path / "achat.cjm"
    document = JourneyDocument.new("purchase", "en")
    title = document.journeys()[0].title
    document.save_as(other)
    document.close()
    tab = window.open_path(carte)
    assert tab is not None
    editor = tab.editor
    check = UndoCheck(editor)
    seen = answer_modal("Add Their Journeys")
    assert merge_file(editor, other, window) is None
    settle(qtbot)
    assert seen.clicked == "Add Their Journeys" and "share no saved version" in seen.text
    assert [j.title for j in editor.document.journeys()][-1] == title
    assert editor.undo_stack.text(editor.undo_stack.index() - 1) == "Add the journeys of “achat”"
    assert tab.copy_notice.text.text() == f"Added 1 journeys from “achat”: “{title}”."
    check.one_step()
    seen = answer_modal("Cancel")
    merge_file(editor, other, window)
    settle(qtbot)
    assert seen.clicked == "Cancel" and len(editor.document.journeys()) == 2
