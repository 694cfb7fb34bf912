"""Random sequences of editor commands, undone and redone: the document comes back exactly,
and after every step each view (canvas, outline, inspector) agrees with the database."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from app.model import JourneyDocument
from app.model.snapshot import journey_snapshot
from app.ui.canvas.scene import canvas_poster
from app.ui.editor import CARD_PRESETS, MapEditor
from app.ui.inspector import Inspector
from app.ui.outline import DocumentOutline
from app.ui.outline_tree import JourneyOutlineTree
from tests.model.test_snapshot_changes import comparable
from tests.ui.conftest import rows


class EditorMachine(RuleBasedStateMachine):
    """Gestures of every kind through MapEditor's commands; undo and redo at any moment."""

    def __init__(self) -> None:
        super().__init__()
        self.app = QApplication.instance() or QApplication([])
        self.folder = Path(tempfile.mkdtemp(prefix="parcours-undo-"))
        os.environ["PARCOURS_DATA_DIR"] = str(self.folder)
        self.editor = MapEditor(JourneyDocument.new("purchase", "en"))
        self.history = [rows(self.editor.document)]  # the state after each undo step
        self.outline = DocumentOutline()
        self.outline.set_editor(self.editor)
        self.inspector = Inspector()
        self.inspector.set_editor(self.editor)

    def teardown(self) -> None:
        stack = self.editor.undo_stack
        while stack.canUndo():
            stack.undo()
        assert rows(self.editor.document) == self.history[0], "undoing everything is not exact"
        self.outline.set_editor(None)
        self.inspector.set_editor(None)
        self.outline.deleteLater()
        self.inspector.deleteLater()
        self.editor.close_document()
        self.editor.deleteLater()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def document(self) -> JourneyDocument:
        return self.editor.document

    def journey(self) -> str:
        return self.editor.journey_id

    def card_lanes(self) -> list[str]:
        return [lane.id for lane in self.document.lanes(self.journey()) if lane.kind != "emotion"]

    def stages(self) -> list[str]:
        return [s.id for s in self.document.stages(self.journey())]

    def cards(self) -> list[str]:
        return [c.id for c in self.document.cards(self.journey())]

    def _recorded(self) -> None:
        """After a new command: the history from here on is the new state."""
        stack = self.editor.undo_stack
        del self.history[stack.index() :]
        self.history.append(rows(self.document))
        assert len(self.history) == stack.index() + 1

    @rule(data=st.data(), entry=st.sampled_from(sorted(CARD_PRESETS)))
    def add_card(self, data: st.DataObject, entry: str) -> None:
        lane = data.draw(st.sampled_from(self.card_lanes()))
        stage = data.draw(st.sampled_from(self.stages()))
        index = data.draw(st.integers(0, len(self.document.cell(lane, stage))))
        self.editor._create_card(entry, lane, stage, index)
        self._recorded()

    @precondition(lambda self: self.cards())
    @rule(data=st.data())
    def move_cards(self, data: st.DataObject) -> None:
        ids = data.draw(
            st.lists(st.sampled_from(self.cards()), min_size=1, max_size=3, unique=True)
        )
        lane = data.draw(st.sampled_from(self.card_lanes()))
        stage = data.draw(st.sampled_from(self.stages()))
        others = [c for c in self.document.cell(lane, stage) if c.id not in ids]
        before = self.editor.undo_stack.index()
        self.editor.move_cards(ids, lane, stage, data.draw(st.integers(0, len(others))))
        if self.editor.undo_stack.index() != before:  # a move to where they are is no step
            self._recorded()

    @precondition(lambda self: self.cards())
    @rule(data=st.data(), title=st.text(max_size=30))
    def retitle(self, data: st.DataObject, title: str) -> None:
        card = data.draw(st.sampled_from(self.cards()))
        before = self.editor.undo_stack.index()
        self.editor.edit("card", card, title=title)
        if self.editor.undo_stack.index() != before:
            self._recorded()

    @precondition(lambda self: self.cards())
    @rule(data=st.data())
    def delete_cards(self, data: st.DataObject) -> None:
        ids = data.draw(
            st.lists(st.sampled_from(self.cards()), min_size=1, max_size=3, unique=True)
        )
        self.editor.scene.refresh()
        self.editor.scene.select_refs([("card", c) for c in ids])
        self.editor.delete_selection()
        self._recorded()

    @rule(entry=st.sampled_from(["stage", "lane:text", "lane:emotion", "emotion_point"]))
    def add_from_menu(self, entry: str) -> None:
        before = self.editor.undo_stack.index()
        self.editor.add_from_menu(entry)
        if self.editor.undo_stack.index() != before:
            self._recorded()

    @rule(data=st.data())
    def move_stage(self, data: st.DataObject) -> None:
        stages = self.stages()
        stage = data.draw(st.sampled_from(stages))
        before = self.editor.undo_stack.index()
        self.editor.move_stage(stage, data.draw(st.integers(0, len(stages) - 1)))
        if self.editor.undo_stack.index() != before:
            self._recorded()

    @precondition(lambda self: self.editor.undo_stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.editor.undo_stack.undo()
        assert rows(self.document) == self.history[self.editor.undo_stack.index()]

    @precondition(lambda self: self.editor.undo_stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.editor.undo_stack.redo()
        assert rows(self.document) == self.history[self.editor.undo_stack.index()]

    @precondition(lambda self: self.cards())
    @rule(data=st.data())
    def select_a_card(self, data: st.DataObject) -> None:
        self.editor.scene.select_refs([("card", data.draw(st.sampled_from(self.cards())))])

    @invariant()
    def the_stack_and_the_history_agree(self) -> None:
        assert self.editor.undo_stack.count() == len(self.history) - 1

    @invariant()
    def every_view_agrees_with_the_database(self) -> None:
        self.app.processEvents()  # the outline follows on the next turn of the event loop
        document, journey = self.document, self.journey()
        fresh = journey_snapshot(document, journey, with_pictures=False)
        scene = self.editor.scene
        assert scene.snapshot is not None and comparable(scene.snapshot) == comparable(fresh)
        poster = canvas_poster(fresh, flat=True)
        wanted = {(i.kind, i.ref): i.rect for i in poster.items}
        assert set(scene.items_by_key) == set(wanted)
        for key, rect in wanted.items():
            shown = scene.items_by_key[key].layout_rect()
            assert (shown.x(), shown.y(), shown.width(), shown.height()) == pytest.approx(
                (rect.x, rect.y, rect.w, rect.h)
            ), key
        built = JourneyOutlineTree()
        built.rebuild(fresh)
        assert outline_lines(self.outline.tree) == outline_lines(built)
        built.deleteLater()
        target, values = self.inspector.shown()
        if target is not None:
            row = self.editor.row(*target)
            for name, value in values.items():
                assert value == getattr(row, name), (target, name)


def outline_lines(tree: JourneyOutlineTree) -> list[tuple[int, str, bool]]:
    """Every line of the tree with its depth and whether it shows, top to bottom."""
    lines: list[tuple[int, str, bool]] = []

    def walk(item: QTreeWidgetItem, depth: int) -> None:
        lines.append((depth, item.text(0), item.isHidden()))
        for n in range(item.childCount()):
            child = item.child(n)
            assert child is not None
            walk(child, depth + 1)

    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        assert item is not None
        walk(item, 0)
    return lines


EditorMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestEditorMachine = EditorMachine.TestCase
