"""Random verbs, grouped steps, undo and redo through the document alone: after every step the
database equals the state the test expects (its own list of states and a cursor in it), and a
snapshot kept up to date from the change records alone equals one read afresh."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.model import InvalidEditError, JourneyDocument
from app.model.schema import LANE_KINDS, SENTIMENTS
from tests.conftest import dump
from tests.model.test_snapshot_changes import Follower

titles = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


class HistoryMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="parcours-history-"))
        os.environ["PARCOURS_DATA_DIR"] = str(self.folder / "data")
        self.document = JourneyDocument.new("cgap", "fr")
        self.states: list[dict[str, Any]] = [dump(self.document)]
        self.cursor = 0  # index of the state the map is in; states after it are the redo side
        self.follower = Follower(self.document, self.document.journeys()[0].id)

    def teardown(self) -> None:
        self.document.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def journey(self) -> str:
        return self.document.journeys()[0].id

    def ids(self, what: str) -> list[str]:
        journey = self.journey()
        if what == "stage":
            return [s.id for s in self.document.stages(journey)]
        if what == "card":
            return [c.id for c in self.document.cards(journey)]
        return [lane.id for lane in self.document.lanes(journey) if lane.kind != "emotion"]

    def did(self) -> None:
        """A step was done: it becomes the new state and the redo side is gone."""
        now = dump(self.document)
        if now != self.states[self.cursor]:
            self.states[self.cursor + 1 :] = [now]
            self.cursor += 1

    def one_verb(self, data: st.DataObject) -> None:
        stages, lanes, cards = self.ids("stage"), self.ids("lane"), self.ids("card")
        choice = data.draw(st.sampled_from(["stage", "lane", "card", "move", "edit", "delete"]))
        d = self.document
        if choice == "stage" or not stages:
            d.add_stage(self.journey(), data.draw(titles), data.draw(st.integers(0, 9)))
        elif choice == "lane" or not lanes:
            kinds = [k for k in LANE_KINDS if k != "emotion"]
            d.add_lane(self.journey(), data.draw(st.sampled_from(kinds)), data.draw(titles))
        elif choice == "card" or not cards:
            d.add_card(
                data.draw(st.sampled_from(lanes)),
                data.draw(st.sampled_from(stages)),
                data.draw(titles),
                data.draw(st.none() | st.integers(0, 4)),
                sentiment=data.draw(st.sampled_from(SENTIMENTS)),
            )
        elif choice == "move":
            d.move_card(
                data.draw(st.sampled_from(cards)),
                data.draw(st.sampled_from(lanes)),
                data.draw(st.sampled_from(stages)),
                data.draw(st.none() | st.integers(0, 4)),
            )
        elif choice == "edit":
            d.update_card(data.draw(st.sampled_from(cards)), body=data.draw(titles))
        else:
            what = data.draw(st.sampled_from(["stage", "lane", "card"]))
            target = data.draw(
                st.sampled_from({"stage": stages, "lane": lanes, "card": cards}[what])
            )
            {"stage": d.delete_stage, "lane": d.delete_lane}.get(
                what, lambda key: d.delete_cards([key])
            )(target)

    @rule(data=st.data())
    def verb(self, data: st.DataObject) -> None:
        self.one_verb(data)
        self.did()

    @rule(data=st.data(), count=st.integers(2, 4))
    def grouped_step(self, data: st.DataObject, count: int) -> None:
        with self.document.step():
            for _ in range(count):
                self.one_verb(data)
        self.did()

    @rule(data=st.data())
    def refused_step(self, data: st.DataObject) -> None:
        try:
            with self.document.step():
                self.one_verb(data)
                self.document.update_stage(self.ids("stage")[0], width=99)
        except InvalidEditError:
            pass
        assert dump(self.document) == self.states[self.cursor]

    @rule()
    def undo(self) -> None:
        change = self.document.undo()
        assert (change is None) == (self.cursor == 0)
        if change is not None:
            self.cursor -= 1

    @rule()
    def redo(self) -> None:
        change = self.document.redo()
        assert (change is None) == (self.cursor == len(self.states) - 1)
        if change is not None:
            self.cursor += 1

    @invariant()
    def the_map_is_the_expected_state(self) -> None:
        assert dump(self.document) == self.states[self.cursor]
        assert self.document.can_undo == (self.cursor > 0)
        assert self.document.can_redo == (self.cursor < len(self.states) - 1)
        assert self.document.modified == (self.cursor > 0)
        self.follower.check()


HistoryMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestHistoryMachine = HistoryMachine.TestCase
