"""The life of documents in the window: save, close, reopen, unsaved marks, read-only, recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.application import settings
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.conftest import dump
from tests.ui.conftest import Canvas, Journey, ModalSeen, open_in, rows, settle

ROOT = Path(__file__).resolve().parents[2]
Answer = Callable[[str | QMessageBox.StandardButton], ModalSeen]


def add_a_card(canvas: Canvas, journey: Journey) -> None:
    """One real edit: a card dropped under "Web site"."""
    web_site = canvas.rect("card", journey.card("Web site"))
    assert canvas.drop("card", QPointF(web_site.center().x(), web_site.bottom() + 4))


def test_saved_map_closes_and_reopens_the_same(
    qtbot: QtBot,
    window: MainWindow,
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    tmp_path: Path,
) -> None:
    add_a_card(canvas, journey)
    path = tmp_path / "purchase.cjm"
    editor.document.save_as(path)
    window.current_tab().saved()
    saved = dump(editor.document)
    cards = {c.id for c in editor.document.cards(journey.id)}

    assert window.close_tab(0)
    assert window.tabs.count() == 0
    reopened = window.open_path(path)

    assert reopened is not None
    assert dump(reopened.editor.document) == saved
    qtbot.waitUntil(
        lambda: {ref for kind, ref in reopened.editor.scene.items_by_key if kind == "card"} == cards
    )
    assert not reopened.modified()
    assert window.windowTitle() == "purchase.cjm[*] — Parcours"
    assert settings().value("recent", [], list) == [str(path)]


def test_settings_stay_in_the_test_folder(
    window: MainWindow, editor: MapEditor, isolated_settings: Path, tmp_path: Path
) -> None:
    path = tmp_path / "kept.cjm"
    editor.document.save_as(path)
    window.close_tab(0)
    window.open_path(path)

    stored = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "Parcours", "Parcours"
    )
    assert Path(stored.fileName()).is_relative_to(isolated_settings)
    assert stored.value("recent", [], list) == [str(path)]


def test_title_and_modified_mark_follow_undo_redo_and_save(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey, tmp_path: Path
) -> None:
    tab = window.current_tab()
    assert window.windowTitle() == "Purchase journey[*] — Parcours"
    assert not window.isWindowModified()

    add_a_card(canvas, journey)
    assert window.isWindowModified()
    assert window.tabs.tabText(0) == "Purchase journey •"

    editor.document.save_as(tmp_path / "mine.cjm")
    tab.saved()
    assert window.windowTitle() == "mine.cjm[*] — Parcours"
    assert not window.isWindowModified()
    assert window.tabs.tabText(0) == "mine.cjm"

    window.undo_action.trigger()
    assert window.isWindowModified()
    window.redo_action.trigger()
    assert not window.isWindowModified(), "back at the saved state"

    add_a_card(canvas, journey)
    assert window.isWindowModified()
    assert window.save()
    assert not window.isWindowModified()
    assert window.tabs.tabText(0) == "mine.cjm"
    window.undo_action.trigger()
    assert window.isWindowModified()
    window.redo_action.trigger()
    assert not window.isWindowModified()


def test_closing_a_modified_map_asks_and_cancel_keeps_it(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey, answer_modal: Answer
) -> None:
    add_a_card(canvas, journey)
    seen = answer_modal(QMessageBox.StandardButton.Cancel)

    assert not window.close_tab(0)

    assert seen.title == "Unsaved changes"
    assert seen.text == "Do you want to save the changes you made to “Purchase journey”?"
    assert seen.informative == "Your changes will be lost if you don’t save them."
    assert seen.clicked == "Cancel"
    assert window.tabs.count() == 1
    assert window.isWindowModified()


def test_closing_a_modified_map_asks_and_discard_closes_it(
    window: MainWindow,
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    answer_modal: Answer,
    data_dir: Path,
) -> None:
    add_a_card(canvas, journey)
    working = editor.document.working.folder
    seen = answer_modal(QMessageBox.StandardButton.Discard)

    assert window.close_tab(0)

    assert seen.text == "Do you want to save the changes you made to “Purchase journey”?"
    assert window.tabs.count() == 0
    assert window.windowTitle() == "Parcours"
    assert not working.exists(), "discarded edits must not come back as recoverable work"


def test_closing_a_clean_map_asks_nothing(window: MainWindow, editor: MapEditor) -> None:
    assert window.close_tab(0)
    assert window.tabs.count() == 0


def test_map_opened_read_only_shows_the_notice(
    qtbot: QtBot, window: MainWindow, document: JourneyDocument, tmp_path: Path
) -> None:
    path = tmp_path / "shared.cjm"
    document.save_as(path)
    document.close()

    open_in(window, qtbot, JourneyDocument.open(path, read_only=True))

    tab = window.current_tab()
    assert tab.notice.isVisible()
    assert "open read-only" in tab.notice.text()
    assert not window.save_action.isEnabled()
    assert window.save_as_action.isEnabled()


def test_writable_map_shows_no_read_only_notice(window: MainWindow, editor: MapEditor) -> None:
    assert not window.current_tab().notice.isVisible()
    assert window.save_action.isEnabled()


EDIT_AND_WAIT = """
    import sys
    from app.model import JourneyDocument

    document = JourneyDocument.open(sys.argv[1])
    journey = document.journeys()[0].id
    lane, stage = document.lanes(journey)[0].id, document.stages(journey)[0].id
    for title in ("Flyer", "Radio spot"):
        print(document.add_card(lane, stage, title).first_added, flush=True)
    print(document.add_stage(journey, "Loyalty").first_added, flush=True)
    print("ready", flush=True)
    sys.stdin.read()
"""


def test_edits_of_a_killed_parcours_are_recovered(
    window: MainWindow,
    document: JourneyDocument,
    tmp_path: Path,
    data_dir: Path,
    answer_modal: Answer,
) -> None:
    path = tmp_path / "workshop.cjm"
    document.save_as(path)
    document.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARCOURS_DATA_DIR": str(data_dir)}
    committed = []
    with subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(EDIT_AND_WAIT), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as editing:
        try:
            assert editing.stdout is not None
            for line in editing.stdout:
                if line.strip() == "ready":
                    break
                committed.append(line.strip())
        finally:
            editing.send_signal(signal.SIGKILL)
            editing.wait(timeout=30)
    assert len(committed) == 3
    seen = answer_modal("Reopen")

    window.offer_recovery()

    assert seen.title == "Recover unsaved work"
    assert len(seen.items) == 1 and seen.items[0].startswith(f"{path} — last edited ")
    assert seen.clicked == "Reopen"
    assert window.tabs.count() == 1
    recovered = Journey(window.current_editor().document)
    cards = {c.id: c.title for c in recovered.document.cards(recovered.id)}
    assert [cards.get(ref) for ref in committed[:2]] == ["Flyer", "Radio spot"]
    assert recovered.stages()[-1] == committed[2]
    assert recovered.stage_titles()[-1] == "Loyalty"
    assert recovered.document.path == path
    assert window.current_tab().modified()
    assert window.isWindowModified()
    assert window.windowTitle() == "workshop.cjm[*] — Parcours"


EDITOR_KILLED_MID_STREAM = """
    import sys
    from pathlib import Path
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    application = make_application(["parcours"])
    window = MainWindow()
    editor = window.open_path(Path(sys.argv[1])).editor
    journey = editor.document.journeys()[0].id
    lane, stage = editor.document.lanes(journey)[0].id, editor.document.stages(journey)[0].id
    editor._create_card("pain", lane, stage, 0)
    card = editor.selected("card")[0]
    editor.edit("card", card, title="Queue at the desk")
    editor.move_stage(editor.document.stages(journey)[0].id, 2)
    print(card, flush=True)
    print("ready", flush=True)
    sys.stdin.read()
"""


def test_a_killed_editor_is_recovered_with_its_undo_history(
    qtbot: QtBot,
    window: MainWindow,
    document: JourneyDocument,
    tmp_path: Path,
    data_dir: Path,
    answer_modal: Answer,
) -> None:
    path = tmp_path / "workshop.cjm"
    document.save_as(path)
    saved = rows(document)
    document.close()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PARCOURS_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
    }
    with subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(EDITOR_KILLED_MID_STREAM), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as editing:
        try:
            assert editing.stdout is not None
            card = editing.stdout.readline().strip()
            assert editing.stdout.readline().strip() == "ready"
        finally:
            editing.send_signal(signal.SIGKILL)
            editing.wait(timeout=30)
    answer_modal("Reopen")
    window.offer_recovery()
    editor = window.current_editor()
    assert editor is not None
    recovered = Journey(editor.document)
    assert recovered.document.card(card).title == "Queue at the desk"
    assert [window.undo_action.text() for _ in range(1)] == ["&Undo Move stage “Discovery”"]
    for _ in range(3):
        window.undo_action.trigger()
    settle(qtbot)
    assert rows(editor.document) == saved, "every recovered edit undone, back to the file"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    settle(qtbot)
    assert recovered.document.card(card) is not None
    assert editor.scene.item_for("card", card) is not None
