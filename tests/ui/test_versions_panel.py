"""The Versions panel: two Saves by two people listed with who, when, the name and what changed;
a version named, viewed read-only in a tab of its own, compared on the canvas, restored as one
step that Ctrl+Z takes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.model.version_history import ChangeCount, version_state
from app.ui.application import install_translators, settings
from app.ui.main_window import MainWindow
from app.ui.version_compare import comparing
from app.ui.version_words import summary
from app.ui.versions_panel import VersionsPanel
from tests.ui.conftest import open_in, settle


def saved_map(tmp_path: Path) -> Path:
    document = JourneyDocument.new("sample", "en")
    path = tmp_path / "journey.cjm"
    document.save_as(path)
    document.close()
    return path


def two_saves(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> tuple[JourneyDocument, dict]:
    """Camille retitles two cards and saves; Dominique adds a stage, removes a card, saves."""
    document = JourneyDocument.open(saved_map(tmp_path))
    editor = open_in(window, qtbot, document)
    journey = document.journeys()[0].id
    text_lanes = {lane.id for lane in document.lanes(journey) if lane.kind == "text"}
    cards = [c for c in document.cards(journey) if c.lane_id in text_lanes]
    settings().setValue("author", "Camille")
    for card in cards[:2]:
        document.update_card(card.id, title=card.title + " (revised)")
    qtbot.keyClick(editor.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settings().setValue("author", "Dominique")
    document.add_stage(journey, "Loyalty")
    document.delete_cards([cards[5].id])
    qtbot.keyClick(editor.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    return document, {"changed": [c.id for c in cards[:2]], "removed": cards[5]}


def open_panel(window: MainWindow, qtbot: QtBot) -> VersionsPanel:
    panel = window.versions
    assert panel.dock is not None and panel.action is not None
    assert not panel.dock.isVisible()  # hidden until asked for
    panel.action.trigger()  # File › Version History…
    qtbot.waitUntil(panel.isVisible)
    settle(qtbot)
    return panel


def item_texts(panel: VersionsPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def click(qtbot: QtBot, panel: VersionsPanel, item: QListWidgetItem, ctrl: bool = False) -> None:
    panel.list.scrollToItem(item)
    centre = panel.list.visualItemRect(item).center()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def test_the_panel_lists_who_saved_what(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    document, _ = two_saves(window, qtbot, tmp_path)
    panel = open_panel(window, qtbot)
    latest, middle, first = item_texts(panel)
    assert "Dominique" in latest and "current version" in latest
    assert "1 stage added" in latest and "1 card removed" in latest
    assert "Camille" in middle and "2 cards changed" in middle
    assert "current version" not in middle
    assert "Where the history starts" in first
    document.update_card(document.cards(document.journeys()[0].id)[0].id, title="Again")
    qtbot.waitUntil(lambda: item_texts(panel)[0].startswith("Unsaved changes"))
    assert "1 touchpoint changed" in item_texts(panel)[0]  # the first card: a touchpoint


def test_naming_a_version(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    document, _ = two_saves(window, qtbot, tmp_path)
    panel = open_panel(window, qtbot)
    click(qtbot, panel, panel.list.item(1))
    assert panel.name_edit.isEnabled() and panel.name_edit.text() == ""
    qtbot.mouseClick(panel.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.name_edit, "before the workshop")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert "“before the workshop”" in item_texts(panel)[1]
    assert document.versions()[1].label == "before the workshop"
    assert window.isWindowModified()  # saved with the map, by the next Save
    click(qtbot, panel, panel.list.item(2))
    qtbot.mouseClick(panel.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.name_edit, "first draft")
    click(qtbot, panel, panel.list.item(0))  # leaving the field keeps the name, where it was
    settle(qtbot)
    assert [v.label for v in document.versions()] == ["", "before the workshop", "first draft"]
    assert panel.selected_ids() == [document.versions()[0].id]
    assert panel.name_edit.text() == ""


def test_a_version_viewed_read_only(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    document, edited = two_saves(window, qtbot, tmp_path)
    panel = open_panel(window, qtbot)
    first_version = document.versions()[-1].id
    click(qtbot, panel, panel.list.item(2))
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.tabs.count() == 2
    tab = window.current_tab()
    assert tab is not None and tab.editor.document is not document
    view = tab.editor.document
    assert view.read_only and view.state() == version_state(document, first_version)
    assert tab.name().startswith("journey.cjm — ")
    assert tab.notice.isVisible() and "read-only" in tab.notice.text()
    assert not window.palette.isEnabled() and not window.undo_action.isEnabled()
    assert not window.delete_action.isEnabled()
    assert tab.editor.scene.item_for("card", edited["removed"].id) is not None  # as it was
    assert not panel.restore_button.isEnabled()


def test_compare_marks_exactly_what_changed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    document, edited = two_saves(window, qtbot, tmp_path)
    tab = window.current_tab()
    assert tab is not None
    panel = open_panel(window, qtbot)
    journey = document.journeys()[0].id
    stage = document.stages(journey)[0].id
    lane = next(lane.id for lane in document.lanes(journey) if lane.kind == "text")
    added = document.add_card(lane, stage, "New idea").first_added
    settle(qtbot)
    click(qtbot, panel, panel.list.item(panel.list.count() - 1))  # where the history starts
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    bar = comparing(tab)
    assert bar is not None and bar.isVisible()
    cards = {ref: what for (kind, ref), what in bar.marks.shown().items() if kind == "card"}
    assert cards == {**dict.fromkeys(edited["changed"], "changed"), added: "added"}
    text = bar.text.text()
    assert "2 cards changed" in text and "1 card added" in text and "1 card removed" in text
    assert f"“{edited['removed'].title}”" in text
    document.update_card(added, title="New idea, refined")  # still "added": marks follow
    third = document.cards(journey)[3].id
    document.update_card(third, title="Edited while comparing")
    qtbot.waitUntil(lambda: ("card", third) in bar.marks.shown())
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert comparing(tab) is None and bar.marks.scene() is None


def test_two_versions_compared(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _document, edited = two_saves(window, qtbot, tmp_path)
    panel = open_panel(window, qtbot)
    click(qtbot, panel, panel.list.item(1))  # Camille's
    click(qtbot, panel, panel.list.item(2), ctrl=True)  # the first
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    tab = window.current_tab()
    assert tab is not None and tab.editor.document.read_only
    bar = comparing(tab)
    assert bar is not None
    assert set(bar.marks.shown().values()) == {"changed"}
    assert {ref for kind, ref in bar.marks.shown() if kind == "card"} == set(edited["changed"])


def test_restore_then_ctrl_z(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    document, edited = two_saves(window, qtbot, tmp_path)
    editor = window.current_editor()
    assert editor is not None
    panel = open_panel(window, qtbot)
    first_version = document.versions()[-1].id
    before = document.state()
    wanted = version_state(document, first_version)
    click(qtbot, panel, panel.list.item(2))
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert document.state() == wanted
    assert editor.scene.item_for("card", edited["removed"].id) is not None
    assert editor.undo_stack.text(editor.undo_stack.index() - 1).startswith("Restore the version")
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: item_texts(panel)[0].startswith("Unsaved changes"))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert document.state() == before
    assert editor.scene.item_for("card", edited["removed"].id) is None
    assert not window.isWindowModified()


def test_summaries_in_french_agree_with_their_nouns(qapp: QApplication) -> None:
    changes = (
        ChangeCount("card", "changed", 12),
        ChangeCount("stage", "added", 1),
        ChangeCount("pain", "removed", 2),
    )
    assert summary(changes) == "12 cards changed, 1 stage added, 2 pains removed"
    install_translators(qapp, "fr")
    try:
        assert summary(changes) == "12 cartes modifiées, 1 étape ajoutée, 2 irritants supprimés"
    finally:
        install_translators(qapp, "en")
