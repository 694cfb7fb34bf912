"""Take the editor screenshots of docs/ from the real window (run it under Xvfb or a desktop).

    Xvfb :99 -screen 0 1600x1000x24 &  DISPLAY=:99 python docs/screenshots/take.py

It opens the sample map, then grabs: the whole window, the inspector on a moment of truth, a
card being dragged to another cell (mouse still down), a metric computed from its answers, a
connection being dragged from a card's handle, a service blueprint with its lines, and the
French interface.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(60)


def main() -> int:
    os.environ.setdefault("PARCOURS_DATA_DIR", tempfile.mkdtemp(prefix="parcours-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from app.model import JourneyDocument
    from app.ui.application import install_translators, make_application
    from app.ui.canvas.items import CardItem
    from app.ui.main_window import MainWindow

    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = make_application(["parcours"])
    install_translators(app, language)
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    tab = window.add_document(JourneyDocument.new("sample", "fr"))
    editor, view = tab.editor, tab.editor.view
    settle(app)
    if language == "fr":
        view.set_zoom(0.55)
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        settle(app)
        window.grab().save(str(HERE / "editor-french.png"))
        return finish(window, editor)
    view.fit()
    settle(app)
    window.grab().save(str(HERE / "editor-sample.png"))

    moment = next(
        item
        for item in editor.scene.items_by_key.values()
        if isinstance(item, CardItem) and editor.row("card", item.ref).moment_of_truth
    )
    view.set_zoom(0.8)
    view.centerOn(moment)
    editor.scene.select_refs([("card", moment.ref)])
    settle(app)
    window.grab().save(str(HERE / "editor-inspector.png"))

    view.set_zoom(0.75)
    cards = [i for i in editor.scene.items_by_key.values() if isinstance(i, CardItem)]
    card = cards[3]
    view.centerOn(card)
    settle(app)
    start = view.mapFromScene(card.layout_rect().center())
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    for step in range(1, 16):
        QTest.mouseMove(view.viewport(), start + QPoint(step * 14, step * 9))
        QTest.qWait(15)
    settle(app)
    window.grab().save(str(HERE / "editor-drag.png"))
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    settle(app)
    editor.undo_stack.setClean()

    nps = next(
        m.id
        for s in editor.document.stages(editor.journey_id)
        for m in editor.document.metrics(s.id)
        if m.kind == "nps"
    )
    view.set_zoom(0.9)
    view.centerOn(editor.scene.item_for("metric", nps))
    editor.scene.select_refs([("metric", nps)])
    settle(app)
    bar = window.inspector.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(app)
    window.grab().save(str(HERE / "editor-metric.png"))

    _connecting(app, window, editor)
    finish(window, editor)
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    tab = window.add_document(JourneyDocument.new("blueprint", "en"))
    _blueprint(tab.editor)
    settle(app)
    tab.editor.view.fit()
    settle(app)
    window.grab().save(str(HERE / "editor-blueprint.png"))
    return finish(window, tab.editor)


def _connecting(app: QApplication, window: object, editor: object) -> None:
    """A card's handle dragged towards another card (mouse still down)."""
    from app.ui.canvas.items import CardItem

    view = editor.view  # type: ignore[attr-defined]
    scene = editor.scene  # type: ignore[attr-defined]
    cards = {
        editor.row("card", i.ref).title: i  # type: ignore[attr-defined]
        for i in scene.items_by_key.values()
        if isinstance(i, CardItem)
    }
    start, end = cards["Rendez-vous en agence"], cards["Liste des pièces par e-mail"]
    view.set_zoom(0.9)
    view.centerOn(end)
    scene.select_refs([("card", start.ref)])
    settle(app)
    at = view.mapFromScene(start.mapToScene(start.handle_centre()))
    goal = view.mapFromScene(end.layout_rect().center())
    QTest.mouseMove(view.viewport(), at)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    for step in range(1, 13):
        QTest.mouseMove(view.viewport(), at + (goal - at) * step / 12)
        QTest.qWait(15)
    settle(app)
    window.grab().save(str(HERE / "editor-connect.png"))  # type: ignore[attr-defined]
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
    )
    settle(app)


def _blueprint(editor: object) -> None:
    """A few cards in the blueprint template, so that its lines stand between real lanes."""
    d = editor.document  # type: ignore[attr-defined]
    journey = editor.journey_id  # type: ignore[attr-defined]
    stages = [s.id for s in d.stages(journey)]
    lanes = {lane.blueprint_role: lane.id for lane in d.lanes(journey)}
    for role, stage, title in (
        ("customer", 1, "Checks in at the desk"),
        ("frontstage", 1, "Receptionist greets the guest"),
        ("backstage", 1, "Room assigned in the booking system"),
        ("support", 1, "Housekeeping schedule"),
        ("customer", 3, "Pays and leaves"),
        ("frontstage", 3, "Bill printed and explained"),
        ("backstage", 3, "Minibar and extras added"),
    ):
        d.add_card(lanes[role], stages[stage], title)
    d.clear_history(as_saved=True)


def finish(window: object, editor: object) -> int:
    editor.undo_stack.setClean()  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
