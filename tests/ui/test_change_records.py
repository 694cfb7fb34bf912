"""Every view does the work of the change record it hears, and no more: an edit of one card
touches that card on the canvas and its one line in the outline; nothing is rebuilt."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.model import Change
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from app.ui.outline_tree import JourneyOutlineTree
from tests.ui.conftest import Journey, settle
from tests.ui.test_undo_machine import outline_lines


class Heard:
    def __init__(self, editor: MapEditor) -> None:
        self.changes: list[Change] = []
        editor.document.subscribe(self.changes.append)


def reset(window: MainWindow, editor: MapEditor) -> None:
    editor.scene.work.clear()
    window.outline.tree.lines_touched = 0
    window.inspector.reloads = 0


def test_a_card_edit_touches_that_card_and_its_outline_line_only(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    heard = Heard(editor)
    tree = window.outline.tree
    built = tree.rebuilt
    advert = journey.card("Advert")
    reset(window, editor)
    editor.edit("card", advert, title="Metro poster")
    settle(qtbot)
    (change,) = heard.changes
    assert [(row.table, row.key) for row in change.rows] == [("card", advert)]
    assert editor.scene.work == {"changed card": 1}
    assert tree.rebuilt == built and tree.lines_touched == 1
    line = tree.item_of("card", advert)
    assert line is not None and line.text(0).endswith("Metro poster")


def test_the_inspector_fills_its_form_again_only_when_its_element_changed(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    advert, search = journey.card("Advert"), journey.card("Search ad")
    editor.scene.select_refs([("card", advert)])
    settle(qtbot)
    reset(window, editor)
    editor.edit("card", search, title="Search engine ad")
    settle(qtbot)
    assert window.inspector.reloads == 0
    editor.edit("card", advert, body="Seen every morning")
    settle(qtbot)
    assert window.inspector.reloads == 1


def test_a_stage_rename_moves_rows_whole_and_renames_its_lines(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    tree = window.outline.tree
    built = tree.rebuilt
    stage = journey.stage(0)
    in_stage = [c.id for c in editor.document.cards(journey.id) if c.stage_id == stage]
    reset(window, editor)
    editor.edit("stage", stage, title="A much longer first stage, on two lines or even three")
    settle(qtbot)
    work = editor.scene.work
    touched = {kind.split()[1] for kind in work if not kind.startswith("rows")}
    assert touched <= {"stage", "lane", "grid", "header", "legend", "background"}, work
    assert work["rows moved"] == len(editor.scene.rows), "each row moved whole, once"
    assert tree.rebuilt == built
    lanes = editor.scene.snapshot.lanes
    assert tree.lines_touched == 1 + len(lanes), "the stage's line, and its line in each lane"
    for card in in_stage:  # a card's line is its title alone, under its stage's line
        line = tree.item_of("card", card)
        holder = line.parent() if line is not None else None
        assert holder is not None and holder.text(0).startswith("A much longer")
    assert in_stage


def test_undo_and_a_script_are_followed_like_gestures(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    advert = journey.card("Advert")
    with editor.document.step():  # a script, not a gesture
        editor.document.update_card(advert, title="Scripted")
        editor.document.move_card(advert, journey.lane("Customer actions"), journey.stage(1), 0)
    settle(qtbot)
    assert editor.undo_stack.count() == 1
    reset(window, editor)
    editor.document.undo()  # the script's undo, heard by every view
    settle(qtbot)
    assert editor.undo_stack.index() == 0 and editor.undo_stack.canRedo()
    item = editor.scene.item_for("card", advert)
    assert item is not None and not any(kind.startswith("made") for kind in editor.scene.work)
    assert journey.cell("Touchpoints", 0)[0] == "Advert"
    assert window.outline.tree.item_of("card", advert).text(0).endswith("Advert")


def test_the_outline_follows_stages_and_lanes_as_a_fresh_build_would(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    """Cards under their stage in each lane: stages and lanes added, moved and deleted, cards
    moved between cells, then all undone; after each step the tree is the one a fresh build
    makes, empty cells hidden."""
    tree = window.outline.tree
    document = editor.document
    advert = journey.card("Advert")
    actions = journey.lane("Customer actions")
    steps = [
        lambda: document.add_stage(journey.id, "Renewal", position=1),
        lambda: document.move_card(advert, actions, journey.stage(2), 0),
        lambda: document.move_stage(journey.stage(0), 2),
        lambda: document.add_lane(journey.id, "text", "Backstage", position=0),
        lambda: document.delete_stage(journey.stage(3)),
        lambda: document.delete_lane(journey.lane("Touchpoints")),
    ]
    for step in [*steps, *[None] * len(steps)]:
        if step is None:
            document.undo()
        else:
            with document.step():
                step()
        settle(qtbot)
        fresh = JourneyOutlineTree()
        fresh.rebuild(editor.scene.snapshot)
        assert outline_lines(tree) == outline_lines(fresh)
        fresh.deleteLater()
    assert tree.rebuilt == 1
    assert any(hidden for _, _, hidden in outline_lines(tree)), "the sample has empty cells"
