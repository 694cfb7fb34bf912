"""Take the editor screenshots of docs/ from the real window, under X (Xvfb and a window manager
will do, see the README of this folder in docs/editor.md):

    Xvfb :95 -screen 0 1920x1080x24 &  DISPLAY=:95 openbox &
    DISPLAY=:95 .venv/bin/python docs/screenshots/take.py en
    DISPLAY=:95 .venv/bin/python docs/screenshots/take.py fr

For each language: the start page (with three recent maps), a blank map with the hints of its
empty cells, the sample map at 100 % and fitted to the window, Find, a context menu and
presentation mode; in English also the inspector on a moment of truth, a card being dragged
(the README's pictures), a metric computed from its answers, a connection being dragged from a
card's handle and a service blueprint with its lines. Settings, recent maps and working copies
go to a temporary folder: the user's own are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QCursor, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        QTest.qWait(60)


def on_screen(widget: QWidget) -> QPixmap:
    """The widget as the screen shows it (popups over it included)."""
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return widget.screen().grabWindow(
        0, top_left.x(), top_left.y(), widget.width(), widget.height()
    )


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    scratch = Path(tempfile.mkdtemp(prefix="parcours-shots-"))
    os.environ["PARCOURS_DATA_DIR"] = str(scratch / "data")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(kind, scope, str(scratch / "settings"))
    from app.model import JourneyDocument
    from app.ui.application import install_translators, make_application, settings
    from app.ui.canvas.items import CardItem
    from app.ui.main_window import MainWindow
    from app.ui.presentation import present

    settings().setValue("language", language)
    app = make_application(["parcours"])
    install_translators(app, language)
    suffix = f"-{language}"

    # three recent maps, saved and closed as a user would (they leave their pictures)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    settle()
    names = {"en": ("Opening an account", "Claiming a refund", "Moving house"),
             "fr": ("Ouvrir un compte", "Demander un remboursement", "Déménager")}  # fmt: skip
    folder = scratch / {"en": "Workshops", "fr": "Ateliers"}[language]
    folder.mkdir()
    for template, title in zip(("purchase", "cgap", "blueprint"), names[language], strict=True):
        document = JourneyDocument.new(template, language)
        document.update_journey(document.journeys()[0].id, title=title)
        path = folder / f"{title}.cjm"
        document.save_as(path)
        document.close()
        window.open_path(path)
        settle(2)
        window.close_tab(window.tabs.currentIndex())
    window.start_page.refresh()
    QCursor.setPos(window.mapToGlobal(QPoint(window.width() - 4, window.height() - 4)))
    settle(8)
    QTest.qWait(600)  # the template pictures are drawn one per turn of the loop
    settle()
    window.grab().save(str(HERE / f"start{suffix}.png"))

    # a blank map: the hints of its empty cells and a "+" under the mouse
    tab = window.add_document(JourneyDocument.new("blank", language))
    editor, view = tab.editor, tab.editor.view
    settle()
    view.fit()
    settle()
    row, column = editor.scene.grid.rows[1], editor.scene.columns[1]
    at = view.mapFromScene(QPointF(column.x + column.w / 2, row.y + row.h / 2))
    QTest.mouseMove(view.viewport(), at)
    settle()
    window.grab().save(str(HERE / f"blank{suffix}.png"))
    editor.undo_stack.setClean()
    window.close_tab(window.tabs.currentIndex())

    # the sample, fitted to the window then at 100 %
    tab = window.add_document(JourneyDocument.new("sample", "fr"))
    editor, view = tab.editor, tab.editor.view
    settle()
    view.fit()
    settle()
    window.grab().save(str(HERE / f"sample-fit{suffix}.png"))
    moment = next(
        item
        for item in editor.scene.items_by_key.values()
        if isinstance(item, CardItem) and editor.row("card", item.ref).moment_of_truth
    )
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    view.centerOn(moment)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 150)
    editor.scene.select_refs([("card", moment.ref)])
    settle()
    window.grab().save(str(HERE / f"sample-100{suffix}.png"))
    if language == "en":
        window.grab().save(str(HERE / "editor-inspector.png"))

    # Find: a word, its hits highlighted, the count
    view.set_zoom(0.55)
    settle()
    tab.show_find()
    QTest.keyClicks(tab.find_bar.line, "dossier")
    QTest.qWait(300)
    tab.find_bar.go(1)
    settle()
    window.grab().save(str(HERE / f"find{suffix}.png"))
    tab.find_bar.close_bar()

    # a context menu on a card
    view.set_zoom(0.9)
    card = next(i for i in editor.scene.items_by_key.values() if isinstance(i, CardItem))
    view.centerOn(card)
    settle()
    where = view.mapFromScene(card.layout_rect().center())

    def shoot_menu() -> None:
        menu = QApplication.activePopupWidget()
        settle(2)
        on_screen(window).save(str(HERE / f"menu{suffix}.png"))
        if isinstance(menu, QMenu):
            menu.close()

    QTimer.singleShot(500, shoot_menu)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(view.viewport(), event)
    settle()

    if language == "en":  # the README's drag
        view.set_zoom(0.75)
        cards = [i for i in editor.scene.items_by_key.values() if isinstance(i, CardItem)]
        view.centerOn(cards[3])
        settle()
        start = view.mapFromScene(cards[3].layout_rect().center())
        QTest.mousePress(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
        )
        for step in range(1, 16):
            QTest.mouseMove(view.viewport(), start + QPoint(step * 14, step * 9))
            QTest.qWait(15)
        settle()
        window.grab().save(str(HERE / "editor-drag.png"))
        QTest.mouseRelease(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
        )
        view.fit()
        settle()
        window.grab().save(str(HERE / "editor-sample.png"))
        _metric(window, editor)
        _connecting(window, editor)
    else:
        view.fit()
        settle()
        window.grab().save(str(HERE / "editor-french.png"))

    # presentation mode: the title, then stage 3
    shown = present(editor)
    settle(8)
    on_screen(shown).save(str(HERE / f"present-title{suffix}.png"))
    shown.go(3, animate=False)
    settle(8)
    on_screen(shown).save(str(HERE / f"present{suffix}.png"))
    shown.close()
    settle()
    editor.undo_stack.setClean()
    editor.document.journal.mark_saved()
    editor.document.working.mark(False)
    if language == "en":
        tab = window.add_document(JourneyDocument.new("blueprint", "en"))
        _blueprint(tab.editor)
        settle()
        tab.editor.view.fit()
        settle()
        window.grab().save(str(HERE / "editor-blueprint.png"))
        tab.editor.undo_stack.setClean()
    window.close()
    return 0


def _metric(window: Any, editor: Any) -> None:
    """The inspector of an NPS computed from its answers."""
    nps = next(
        m.id
        for s in editor.document.stages(editor.journey_id)
        for m in editor.document.metrics(s.id)
        if m.kind == "nps"
    )
    editor.view.set_zoom(0.9)
    editor.view.centerOn(editor.scene.item_for("metric", nps))
    editor.scene.select_refs([("metric", nps)])
    settle()
    bar = window.inspector.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle()
    window.grab().save(str(HERE / "editor-metric.png"))


def _connecting(window: Any, editor: Any) -> None:
    """A card's handle dragged towards another card (mouse still down)."""
    from app.ui.canvas.items import CardItem

    view, scene = editor.view, editor.scene
    cards = {
        editor.row("card", i.ref).title: i
        for i in scene.items_by_key.values()
        if isinstance(i, CardItem)
    }
    start, end = cards["Rendez-vous en agence"], cards["Liste des pièces par e-mail"]
    view.set_zoom(0.9)
    view.centerOn(end)
    scene.select_refs([("card", start.ref)])
    settle()
    at = view.mapFromScene(start.mapToScene(start.handle_centre()))
    goal = view.mapFromScene(end.layout_rect().center())
    QTest.mouseMove(view.viewport(), at)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    for step in range(1, 13):
        QTest.mouseMove(view.viewport(), at + (goal - at) * step / 12)
        QTest.qWait(15)
    settle()
    window.grab().save(str(HERE / "editor-connect.png"))
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
    )
    settle()


def _blueprint(editor: Any) -> None:
    """A few cards in the blueprint template, so that its lines stand between real lanes."""
    d, journey = editor.document, editor.journey_id
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


if __name__ == "__main__":
    sys.exit(main())
