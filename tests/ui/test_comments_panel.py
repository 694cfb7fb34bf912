"""The comments panel, driven by hand: select an element on the canvas, write, reply, resolve,
edit, delete, undo; click a comment to find its element; "Comment…" from an element's menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from app.ui.application import settings
from app.ui.comments_panel import CommentsPanel
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, settle
from tests.ui.test_context_menus import answer_menu, on_canvas  # noqa: F401 (a fixture)


def panel_of(window: MainWindow, qtbot: QtBot) -> CommentsPanel:
    dock = window.findChild(QDockWidget, "comments")
    assert dock is not None
    dock.show()
    dock.raise_()
    settle(qtbot)
    return window.comments


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def click_row(qtbot: QtBot, panel: CommentsPanel, item: QTreeWidgetItem) -> None:
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(20, 0)
    )
    settle(qtbot)


def write(qtbot: QtBot, panel: CommentsPanel, text: str) -> None:
    panel.box.setFocus()
    panel.box.selectAll()
    qtbot.keyClicks(panel.box, text)


def texts(panel: CommentsPanel) -> list[str]:
    """Every row of the list as shown: headings, then "author · when\\ntext" rows."""
    return [item.text(0) for item in panel.rows()]


def test_writing_replying_resolving_editing_and_deleting_by_hand(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    settings().setValue("author", "Ana  Martin")
    panel = panel_of(window, qtbot)
    assert panel.heading.text() == "No comments on this journey yet."
    advert = journey.card("Advert")
    canvas.click(canvas.centre("card", advert))
    assert "“Advert”" in panel.box.placeholderText()
    write(qtbot, panel, "Print or metro?")
    qtbot.keyClick(panel.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    (first,) = editor.document.comments_on("card", advert)
    assert (first.author, first.text, first.resolved) == ("Ana Martin", "Print or metro?", False)
    assert panel.box.toPlainText() == ""
    assert texts(panel) == ["Card “Advert”", "Ana Martin · just now\nPrint or metro?"]
    assert panel.heading.text() == "1 open thread"
    assert editor.undo_stack.undoText() == "Comment “Print or metro?”"

    # a reply to the comment chosen in the list
    click_row(qtbot, panel, panel.item_of(first.id))
    write(qtbot, panel, "Metro, line 1.")
    click(qtbot, panel.reply_button)
    thread = editor.document.comment_threads(journey.id)[0]
    assert [r.text for r in thread.replies] == ["Metro, line 1."]
    assert texts(panel)[-1] == "Ana Martin · just now\nMetro, line 1."

    # resolve: the thread leaves the list unless resolved ones are shown, dimmed
    click_row(qtbot, panel, panel.item_of(first.id))
    assert panel.resolve_button.text() == "Resolve"
    click(qtbot, panel.resolve_button)
    assert editor.document.comment(first.id).resolved
    assert texts(panel) == [] and panel.heading.text() == "0 open threads"
    qtbot.mouseClick(panel.show_resolved, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert texts(panel)[1] == "Ana Martin · just now · resolved\nPrint or metro?"
    item = panel.item_of(first.id)
    assert item.foreground(0).color().name() == "#8a96a3"
    click_row(qtbot, panel, item)
    assert panel.resolve_button.text() == "Reopen"
    click(qtbot, panel.resolve_button)
    assert not editor.document.comment(first.id).resolved

    # edit in the box, then Save
    click_row(qtbot, panel, panel.item_of(first.id))
    click(qtbot, panel.edit_button)
    assert panel.box.toPlainText() == "Print or metro?" and panel.comment_button.text() == "Save"
    write(qtbot, panel, "Print, or the metro poster?")
    click(qtbot, panel.comment_button)
    assert editor.document.comment(first.id).text == "Print, or the metro poster?"
    assert panel.comment_button.text() == "Comment"

    # delete the thread (its reply goes with it); Ctrl+Z brings both back
    click_row(qtbot, panel, panel.item_of(first.id))
    click(qtbot, panel.delete_button)
    assert editor.document.comments_on("card", advert) == []
    assert texts(panel) == []
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert [c.text for c in editor.document.comments_on("card", advert)] == [
        "Print, or the metro poster?",
        "Metro, line 1.",
    ]
    assert len(texts(panel)) == 3


def test_clicking_a_comment_selects_its_element_on_the_canvas(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    document = editor.document
    stage = journey.stage(1)
    on_stage = document.add_comment("stage", stage, "Too long a stage", author="Bo").first_added
    on_card = document.add_comment("card", journey.card("Compares"), "Which sites?").first_added
    panel = panel_of(window, qtbot)
    assert [t.split("\n")[0] for t in texts(panel)][::2] == [
        f"Stage “{document.stage(stage).title}”",
        "Card “Compares”",
    ]
    click_row(qtbot, panel, panel.item_of(on_card))
    assert editor.scene.selected_refs() == [("card", journey.card("Compares"))]
    click_row(qtbot, panel, panel.item_of(on_stage))
    assert editor.scene.selected_refs() == [("stage", stage)]
    assert panel.chosen_id() == on_stage  # selecting on the canvas kept the list's choice


def test_comment_from_an_element_menu_opens_the_panel_ready_to_write(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey,
    answer_menu,  # noqa: F811 (the fixture imported above)
) -> None:  # fmt: skip
    dock = window.findChild(QDockWidget, "comments")
    assert dock is not None
    window.findChild(QDockWidget, "inspector").raise_()
    settle(qtbot)
    assert dock.visibleRegion().isEmpty()  # behind the inspector's tab
    lane = journey.lane("Touchpoints")
    seen = answer_menu("Comment…")
    row = canvas.rect("lane", lane)
    on_canvas(qtbot, canvas, QPointF(row.x() + 30, row.y() + 20))  # on the lane's header
    assert seen.chosen == "Comment…", seen.problem
    assert not dock.visibleRegion().isEmpty()
    assert editor.scene.selected_refs() == [("lane", lane)]
    assert "“Touchpoints”" in window.comments.box.placeholderText()
    assert window.focusWidget() is window.comments.box  # the window's focus, once active
    window.activateWindow()
    settle(qtbot)
    typing_into = QApplication.focusWidget()
    assert typing_into is window.comments.box
    qtbot.keyClicks(typing_into, "Split by channel?")
    qtbot.keyClick(typing_into, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert [c.text for c in editor.document.comments_on("lane", lane)] == ["Split by channel?"]


def test_a_read_only_map_shows_comments_but_takes_none(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.document.add_comment("card", journey.card("Advert"), "Noted", author="Cy")
    editor.document.read_only = True
    panel = panel_of(window, qtbot)
    panel.refresh()
    assert len(texts(panel)) == 2
    click_row(qtbot, panel, panel.rows()[1])
    assert not panel.comment_button.isEnabled() and not panel.delete_button.isEnabled()
    assert panel.box.isReadOnly()
    editor.document.read_only = False
