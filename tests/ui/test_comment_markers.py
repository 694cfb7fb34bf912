"""The comment markers on the canvas: a count of open threads at each commented element's
corner, following each step's change record (resolve, reply, undo, delete), without the
scene laying anything else out again; a click on one opens the comments panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from app.ui.canvas.comment_markers import CommentMarker
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, settle


def markers(editor: MapEditor) -> dict[tuple[str, str], int]:
    """(canvas kind, id) of each element showing a marker, and the count it shows."""
    found = {}
    for item in editor.scene.items():
        if isinstance(item, CommentMarker) and item.isVisible():
            parent = item.parentItem()
            found[(parent.kind, parent.ref)] = item.count
    return found


def test_the_marker_counts_open_threads_and_follows_each_step(
    qtbot: QtBot, editor: MapEditor, journey: Journey
) -> None:
    document = editor.document
    advert, stage = journey.card("Advert"), journey.stage(0)
    assert markers(editor) == {}
    first = document.add_comment("card", advert, "Print or metro?", author="Ana").first_added
    document.add_comment("card", advert, "And the price?", author="Bo")
    document.add_comment("stage", stage, "Split it?", author="Cy")
    settle(qtbot)
    assert markers(editor) == {("card", advert): 2, ("stage", stage): 1}
    card_item = editor.scene.item_for("card", advert)
    editor.scene.work.clear()
    document.resolve_comment(first)
    settle(qtbot)
    assert markers(editor) == {("card", advert): 1, ("stage", stage): 1}
    assert editor.scene.item_for("card", advert) is card_item
    assert not editor.scene.work, f"a resolve laid out the map again: {editor.scene.work}"
    document.reply_to_comment(first, "Metro", author="Ana")  # a reply opens the thread again
    settle(qtbot)
    assert markers(editor)[("card", advert)] == 2
    document.undo()
    settle(qtbot)
    assert markers(editor)[("card", advert)] == 1
    document.delete_cards([advert])  # its comments go with it, and so does its marker
    settle(qtbot)
    assert markers(editor) == {("stage", stage): 1}
    document.undo()  # the card's item is made anew: the marker comes back on it
    settle(qtbot)
    assert markers(editor) == {("card", advert): 1, ("stage", stage): 1}
    marker = next(m for m in editor.scene.items() if isinstance(m, CommentMarker) and m.count == 1
                  and m.parentItem().kind == "card")  # fmt: skip
    assert marker.parentItem() is editor.scene.item_for("card", advert)


def test_a_marker_moves_with_its_card(
    qtbot: QtBot, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = journey.card("Advert")
    editor.document.add_comment("card", advert, "Print or metro?", author="Ana")
    settle(qtbot)
    before = canvas.rect("card", advert)
    (marker,) = [m for m in editor.scene.items() if isinstance(m, CommentMarker)]
    assert abs(marker.scenePos().x() - before.right()) < 10
    assert abs(marker.scenePos().y() - before.top()) < 10
    editor.document.move_card(advert, journey.lane("Touchpoints"), journey.stage(1), 0)
    settle(qtbot)
    after = canvas.rect("card", advert)
    assert after.left() > before.left()
    assert abs(marker.scenePos().x() - after.right()) < 10
    assert abs(marker.scenePos().y() - after.top()) < 10


def test_a_click_on_a_marker_shows_the_comments_of_its_element(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    stage = journey.stage(1)
    editor.document.add_comment("stage", stage, "Too long?", author="Bo")
    settle(qtbot)
    dock = window.findChild(QDockWidget, "comments")
    assert dock is not None and dock.visibleRegion().isEmpty()
    (marker,) = [m for m in editor.scene.items() if isinstance(m, CommentMarker)]
    at = marker.scenePos()
    canvas.show(at)
    where = editor.view.mapFromScene(at) + marker.boundingRect().center().toPoint()
    qtbot.mouseClick(canvas.viewport, Qt.MouseButton.LeftButton, pos=where)
    settle(qtbot)
    assert not dock.visibleRegion().isEmpty()
    assert editor.scene.selected_refs() == [("stage", stage)]
    assert editor.document.stage(stage).title in window.comments.box.placeholderText()
