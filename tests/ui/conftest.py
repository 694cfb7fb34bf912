"""The editor under test: a real main window offscreen, a real map in it, and real events.

Fixtures keep every test apart (settings, data folder, windows, dialogs); `Canvas` drives a map
editor the way a hand does, through the view's viewport, and `Journey` finds a map's elements
by the titles a user sees.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.application import make_application, settings
from app.ui.canvas.view import PALETTE_MIME
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.conftest import dump

Rows = dict[str, list[dict[str, Any]]]
SETTINGS_SCOPES = (QSettings.Scope.UserScope, QSettings.Scope.SystemScope)
SETTINGS_FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


def point_settings_to(folder: Path) -> None:
    """Every QSettings made from now on reads and writes files under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for settings_format in SETTINGS_FORMATS:
        for scope in SETTINGS_SCOPES:
            QSettings.setPath(settings_format, scope, str(folder / scope.name))


# -- isolation ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def session_settings(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The application starts as `run` starts it, in English, reading no settings of the user."""
    folder = tmp_path_factory.mktemp("settings")
    point_settings_to(folder)
    settings().setValue("language", "en")
    make_application(["parcours"])
    yield folder
    # Data left on the offscreen clipboard made the interpreter crash at exit (status 139)
    # once the application was gone: empty it while the application still lives.
    QApplication.clipboard().clear()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def isolated_settings(session_settings: Path, tmp_path: Path) -> Iterator[Path]:
    """Recent files and window layout of one test never reach another test (or the home)."""
    folder = tmp_path / "settings"
    point_settings_to(folder)
    yield folder
    point_settings_to(session_settings)


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a window open (napari's `make_napari_viewer` check)."""
    before = visible_windows()
    yield
    qapp.processEvents()
    leaked = [w for w in visible_windows() if not any(w is b for b in before)]
    for widget in leaked:
        widget.close()
    assert not leaked, f"windows left open: {[type(w).__name__ for w in leaked]}"


@dataclass
class ModalSeen:
    """What a modal dialog showed, and which button a test clicked in it."""

    title: str = ""
    text: str = ""
    informative: str = ""
    buttons: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    clicked: str = ""
    problem: str = ""


def _describe(modal: QWidget, seen: ModalSeen) -> None:
    seen.title = modal.windowTitle()
    if isinstance(modal, QMessageBox):
        seen.text, seen.informative = modal.text(), modal.informativeText()
    else:
        seen.text = "\n".join(label.text() for label in modal.findChildren(QLabel))
    seen.buttons = [b.text().replace("&", "") for b in modal.findChildren(QAbstractButton)]
    seen.items = [
        view.item(row).text()
        for view in modal.findChildren(QListWidget)
        for row in range(view.count())
    ]


def _close(modal: QWidget) -> None:
    if isinstance(modal, QMessageBox) and modal.escapeButton() is not None:
        modal.escapeButton().click()
    elif isinstance(modal, QDialog):
        modal.reject()
    else:
        modal.close()


@pytest.fixture
def answer_modal(qtbot: QtBot) -> Iterator[Callable[[str | QMessageBox.StandardButton], ModalSeen]]:
    """Answer the next modal dialog with a real click, and report what it showed.

    Call it *before* the action that opens the dialog: a timer waits for the dialog's own
    event loop, reads it, then clicks the button named by its text or its standard button.
    """
    pending: list[ModalSeen] = []

    def answer(button: str | QMessageBox.StandardButton, timeout: float = 5.0) -> ModalSeen:
        seen = ModalSeen()
        pending.append(seen)
        deadline = time.monotonic() + timeout

        def poll() -> None:
            if seen not in pending:
                return
            modal = QApplication.activeModalWidget()
            if modal is None:
                if time.monotonic() < deadline:
                    QTimer.singleShot(10, poll)
                else:
                    seen.problem = "no modal dialog appeared"
                return
            pending.remove(seen)
            _describe(modal, seen)
            if isinstance(button, QMessageBox.StandardButton):
                target = modal.button(button) if isinstance(modal, QMessageBox) else None
            else:
                target = next(
                    (
                        b
                        for b in modal.findChildren(QAbstractButton)
                        if b.text().replace("&", "") == button and b.isVisible()
                    ),
                    None,
                )
            if target is None:
                seen.problem = f"no button {button!r} in {seen.buttons}"
                _close(modal)
                return
            seen.clicked = target.text().replace("&", "")
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, poll)
        return seen

    yield answer
    pending.clear()


@pytest.fixture(autouse=True)
def no_unanswered_modals(qapp: QApplication) -> Iterator[None]:
    """A modal dialog nobody answers is closed (so the run goes on) and fails the test."""
    unanswered: list[str] = []
    last: list[QWidget | None] = [None]

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is last[0]:
            seen = ModalSeen()
            _describe(modal, seen)
            unanswered.append(f"{seen.title}: {seen.text}")
            _close(modal)
            modal = None
        last[0] = modal

    watchdog = QTimer()
    watchdog.timeout.connect(check)
    watchdog.start(1000)
    yield
    watchdog.stop()
    assert not unanswered, f"unexpected modal dialogs: {unanswered}"


# -- the window and a map in it -------------------------------------------------------------


def forget_unsaved_changes(window: QWidget) -> None:
    """Before the window closes: no document asks to be saved."""
    assert isinstance(window, MainWindow)
    for tab in window.tab_list():
        tab.editor.document.journal.mark_saved()  # as if just saved
        tab.editor.document.working.mark(False)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """The main window, large enough to show a map at 100 %.

    pytest-qt closes registered widgets before fixture teardown, so the undo stacks are marked
    clean in its `before_close_func`: closing never prompts, and closes every document.
    """
    main = MainWindow()
    qtbot.addWidget(main, before_close_func=forget_unsaved_changes)
    main.resize(1600, 1000)
    main.show()
    qtbot.waitExposed(main)
    yield main
    working = data_dir / "working"
    left = list(working.iterdir()) if working.is_dir() else []
    assert not left, "closing the window left working copies behind"


def build_workshop(document: JourneyDocument) -> None:
    """A purchase journey with a few cards, a quote on one of them and an emotion curve.

    Touchpoints x Discovery: Advert, Search ad.  Customer actions x Discovery: Reads reviews,
    Compares, Asks friends.  Touchpoints x Research: Web site.  Three emotion points.
    """
    journey = document.journeys()[0].id
    stages = [s.id for s in document.stages(journey)]
    lanes = {lane.title: lane.id for lane in document.lanes(journey)}
    touch, actions = lanes["Touchpoints"], lanes["Customer actions"]
    advert = document.add_card(touch, stages[0], "Advert", channel="press").first_added
    document.add_card(touch, stages[0], "Search ad", channel="web")
    for title in ("Reads reviews", "Compares", "Asks friends"):
        document.add_card(actions, stages[0], title)
    document.add_card(touch, stages[1], "Web site", channel="web")
    quote = document.add_evidence("quote", text="I saw it in the metro", speaker="Camille")
    document.attach_evidence(quote.first_added, "card", advert)
    feelings = lanes["Feelings"]
    document.add_emotion_point(feelings, stages[0], -1.0, 0.5, "Curious", card_id=advert)
    document.add_emotion_point(feelings, stages[1], 2.0, 0.5, "Hopeful")
    document.add_emotion_point(feelings, stages[2], 0.0, 0.5, "Unsure")


@pytest.fixture
def document() -> Iterator[JourneyDocument]:
    """The workshop map; the window closes it, or the test itself (closing twice is harmless)."""
    made = JourneyDocument.new("purchase", "en")
    build_workshop(made)
    made.clear_history(as_saved=True)  # like a template: the test's edits come after
    yield made
    made.close()


def settle(qtbot: QtBot) -> None:
    """Let the deferred work run (the canvas refreshes on the next turn of the loop)."""
    qtbot.wait(1)
    QApplication.processEvents()


def open_in(window: MainWindow, qtbot: QtBot, document: JourneyDocument) -> MapEditor:
    """Add a document as File › Open would, then show it at 100 %."""
    tab = window.add_document(document)
    settle(qtbot)  # add_document fits the map on the next turn of the loop
    tab.editor.view.set_zoom(1.0)
    return tab.editor


@pytest.fixture
def editor(window: MainWindow, qtbot: QtBot, document: JourneyDocument) -> MapEditor:
    return open_in(window, qtbot, document)


# -- reading a map by what the user sees ----------------------------------------------------


def rows(document: JourneyDocument) -> Rows:
    """Every row, without `updated_at` (undo restores values, not the time of the edit)."""
    return {
        table: [{k: v for k, v in row.items() if k != "updated_at"} for row in table_rows]
        for table, table_rows in dump(document).items()
    }


class Journey:
    """The first journey of a document, its elements found by title."""

    def __init__(self, document: JourneyDocument) -> None:
        self.document = document

    @property
    def id(self) -> str:
        return self.document.journeys()[0].id

    def stages(self) -> list[str]:
        return [s.id for s in self.document.stages(self.id)]

    def stage(self, index: int) -> str:
        return self.stages()[index]

    def stage_titles(self) -> list[str]:
        return [s.title for s in self.document.stages(self.id)]

    def lane(self, title: str) -> str:
        return next(lane.id for lane in self.document.lanes(self.id) if lane.title == title)

    def card(self, title: str) -> str:
        return next(c.id for c in self.document.cards(self.id) if c.title == title)

    def cell(self, lane_title: str, stage_index: int) -> list[str]:
        """Titles of a cell's cards, top to bottom."""
        cards = self.document.cell(self.lane(lane_title), self.stage(stage_index))
        return [c.title for c in cards]

    def points(self) -> list[Any]:
        return self.document.emotion_points(self.lane("Feelings"))


@pytest.fixture
def journey(document: JourneyDocument) -> Journey:
    return Journey(document)


# -- driving the canvas ---------------------------------------------------------------------


class Canvas:
    """One editor's canvas, driven through its viewport with real events."""

    def __init__(self, qtbot: QtBot, editor: MapEditor) -> None:
        self.qtbot, self.editor = qtbot, editor
        self.view, self.scene = editor.view, editor.scene

    @property
    def viewport(self) -> QWidget:
        return self.view.viewport()

    def settle(self) -> None:
        settle(self.qtbot)

    def rect(self, kind: str, ref: str) -> QRectF:
        """Where the layout placed an element, in scene coordinates."""
        settle(self.qtbot)
        item = self.scene.item_for(kind, ref)
        assert item is not None, f"no {kind} {ref} on the canvas"
        return item.layout_rect()

    def centre(self, kind: str, ref: str) -> QPointF:
        return self.rect(kind, ref).center()

    def show(self, *points: QPointF) -> None:
        """Scroll so that every point is in the viewport, with a margin."""
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        area = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
        self.view.ensureVisible(area.adjusted(-1, -1, 1, 1), 30, 30)
        for point in points:
            assert self.viewport.rect().contains(self.to_viewport(point)), "point out of view"

    def to_viewport(self, point: QPointF) -> QPoint:
        return self.view.mapFromScene(point)

    # drops from the palette: the events a QDrag delivers, in order

    def drop(self, entry: str, at: QPointF) -> bool:
        """Drag a palette entry over the viewport and drop it at a scene point."""
        self.show(at)
        palette = self.editor.window().palette
        item = next(
            palette.item(row)
            for row in range(palette.count())
            if palette.item(row).data(Qt.ItemDataRole.UserRole) == entry
        )
        data = palette.mimeData([item])
        assert data.hasFormat(PALETTE_MIME)
        where = QPointF(self.to_viewport(at))
        copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
        none = Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(where.toPoint(), copy, data, left, none)
        QApplication.sendEvent(self.viewport, enter)
        assert enter.isAccepted(), "the canvas refused the palette entry"
        move = QDragMoveEvent(where.toPoint(), copy, data, left, none)
        QApplication.sendEvent(self.viewport, move)
        drop = QDropEvent(where, copy, data, left, none)
        QApplication.sendEvent(self.viewport, drop)  # sent even where the move was refused
        settle(self.qtbot)
        return move.isAccepted() and drop.isAccepted()

    # mouse gestures on items

    def press(self, at: QPointF) -> None:
        self.qtbot.mousePress(self.viewport, Qt.MouseButton.LeftButton, pos=self.to_viewport(at))

    def move(self, start: QPointF, end: QPointF, steps: int = 6) -> None:
        for step in range(1, steps + 1):
            point = start + (end - start) * (step / steps)
            self.qtbot.mouseMove(self.viewport, self.to_viewport(point))

    def release(self, at: QPointF) -> None:
        self.qtbot.mouseRelease(self.viewport, Qt.MouseButton.LeftButton, pos=self.to_viewport(at))
        settle(self.qtbot)

    def drag(self, start: QPointF, end: QPointF, steps: int = 6) -> None:
        """Press, several moves, release: one gesture of the hand."""
        self.show(start, end)
        self.press(start)
        self.move(start, end, steps)
        self.release(end)

    def click(self, at: QPointF) -> None:
        self.show(at)
        self.qtbot.mouseClick(self.viewport, Qt.MouseButton.LeftButton, pos=self.to_viewport(at))
        settle(self.qtbot)

    def double_click(self, at: QPointF) -> None:
        self.show(at)
        self.qtbot.mouseDClick(self.viewport, Qt.MouseButton.LeftButton, pos=self.to_viewport(at))
        settle(self.qtbot)


def hover(widget: QWidget, at: QPoint) -> None:
    """The mouse moves over `widget` with no button down (whatever an earlier test left)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(at),
        QPointF(widget.mapToGlobal(at)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def canvas(qtbot: QtBot, editor: MapEditor) -> Canvas:
    return Canvas(qtbot, editor)


def differences(expected: Rows, got: Rows) -> str:
    """The first few cells where two `rows()` disagree, as "table id column: expected -> got"."""
    found = []
    for table, rows_expected in expected.items():
        before = {row["id"] if "id" in row else str(row): row for row in rows_expected}
        after = {row["id"] if "id" in row else str(row): row for row in got.get(table, [])}
        for key in before.keys() - after.keys():
            found.append(f"{table} {key}: missing")
        for key in after.keys() - before.keys():
            found.append(f"{table} {key}: unexpected row")
        for key in before.keys() & after.keys():
            for column, value in before[key].items():
                if after[key].get(column) != value:
                    found.append(f"{table} {key} {column}: {value!r} -> {after[key][column]!r}")
    return "; ".join(sorted(found)[:6])


class UndoCheck:
    """The document before and after one gesture: one undo step, undone and redone exactly."""

    def __init__(self, editor: MapEditor, ignoring: tuple[str, ...] = ()) -> None:
        """`ignoring` names tables outside the undo (stored pictures stay until Save)."""
        self.editor, self.ignoring = editor, ignoring
        self.before = self.rows()
        self.count = editor.undo_stack.count()

    def rows(self) -> Rows:
        return {k: v for k, v in rows(self.editor.document).items() if k not in self.ignoring}

    def one_step(self) -> None:
        stack = self.editor.undo_stack
        after = self.rows()
        assert after != self.before, "the gesture changed nothing"
        assert stack.count() == self.count + 1, "the gesture is not one undo step"
        stack.undo()
        undone = self.rows()
        assert undone == self.before, f"undo is not exact: {differences(self.before, undone)}"
        stack.redo()
        redone = self.rows()
        assert redone == after, f"redo is not exact: {differences(after, redone)}"
