"""Random sequences of verbs, deletes undone, saves and reopens: the document never drifts."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.model import InvalidEditError, JourneyDocument
from app.model.schema import CHANNELS, LANE_KINDS, SENTIMENTS
from tests.conftest import dump

# any text a person can type: no control characters but tab and newline, no lone surrogates,
# no unassigned code points (noncharacters among them); the verbs refuse those (test_text.py)
titles = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"), include_characters="\t\n"),
    max_size=40,
)


class DocumentMachine(RuleBasedStateMachine):
    """Applies random verbs; checks that save + reopen and delete + restore are lossless."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="parcours-machine-"))
        os.environ["PARCOURS_DATA_DIR"] = str(self.folder / "data")
        self.document = JourneyDocument.new("purchase", "fr")
        self.document.save_as(self.folder / "map.cjm")

    def teardown(self) -> None:
        self.document.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def journey(self) -> str:
        return self.document.journeys()[0].id

    def stages(self) -> list[str]:
        return [s.id for s in self.document.stages(self.journey)]

    def lanes(self, emotion: bool) -> list[str]:
        return [
            lane.id
            for lane in self.document.lanes(self.journey)
            if (lane.kind == "emotion") == emotion
        ]

    def cards(self) -> list[str]:
        return [c.id for c in self.document.cards(self.journey)]

    @rule(title=titles, where=st.integers(0, 20))
    def add_stage(self, title: str, where: int) -> None:
        self.document.add_stage(self.journey, title, position=where)

    @rule(kind=st.sampled_from(LANE_KINDS), title=titles, where=st.integers(0, 20))
    def add_lane(self, kind: str, title: str, where: int) -> None:
        self.document.add_lane(self.journey, kind, title, position=where)

    @rule(
        data=st.data(),
        title=titles,
        channel=st.sampled_from(CHANNELS),
        sentiment=st.sampled_from(SENTIMENTS),
    )
    def add_card(self, data: st.DataObject, title: str, channel: str, sentiment: str) -> None:
        lanes, stages = self.lanes(emotion=False), self.stages()
        if lanes and stages:
            self.document.add_card(
                data.draw(st.sampled_from(lanes)),
                data.draw(st.sampled_from(stages)),
                title,
                channel=channel,
                sentiment=sentiment,
                moment_of_truth=data.draw(st.booleans()),
                impact=data.draw(st.none() | st.integers(1, 5)),
            )

    @precondition(lambda self: self.cards())
    @rule(data=st.data())
    def move_card(self, data: st.DataObject) -> None:
        lanes, stages = self.lanes(emotion=False), self.stages()
        self.document.move_card(
            data.draw(st.sampled_from(self.cards())),
            data.draw(st.sampled_from(lanes)),
            data.draw(st.sampled_from(stages)),
            data.draw(st.none() | st.integers(0, 5)),
        )

    @rule(data=st.data(), value=st.floats(-5, 5), offset=st.floats(0, 1))
    def add_emotion_point(self, data: st.DataObject, value: float, offset: float) -> None:
        lanes, stages = self.lanes(emotion=True), self.stages()
        if lanes and stages:
            self.document.add_emotion_point(
                data.draw(st.sampled_from(lanes)), data.draw(st.sampled_from(stages)), value, offset
            )

    @precondition(lambda self: self.stages())
    @rule(data=st.data(), width=st.integers(-1, 10))
    def resize_stage(self, data: st.DataObject, width: int) -> None:
        stage = data.draw(st.sampled_from(self.stages()))
        before = dump(self.document)
        try:
            self.document.update_stage(stage, width=width)
        except InvalidEditError:
            assert not 1 <= width <= 8
            assert dump(self.document) == before

    @precondition(lambda self: self.stages())
    @rule(data=st.data())
    def reorder_stage(self, data: st.DataObject) -> None:
        stage = data.draw(st.sampled_from(self.stages()))
        self.document.move_stage(stage, data.draw(st.integers(0, 20)))

    @precondition(lambda self: self.cards())
    @rule(data=st.data(), text=titles)
    def quote_on_card(self, data: st.DataObject, text: str) -> None:
        quote = self.document.add_evidence("quote", text=text).first_added
        self.document.attach_evidence(quote, "card", data.draw(st.sampled_from(self.cards())))

    @rule(data=st.data(), what=st.sampled_from(["stage", "lane", "card"]))
    def delete_then_undo(self, data: st.DataObject, what: str) -> None:
        choices = {
            "stage": self.stages(),
            "lane": self.lanes(False) + self.lanes(True),
            "card": self.cards(),
        }[what]
        if not choices:
            return
        target = data.draw(st.sampled_from(choices))
        before = dump(self.document)
        verb = {
            "stage": self.document.delete_stage,
            "lane": self.document.delete_lane,
            "card": lambda key: self.document.delete_cards([key]),
        }[what]
        change = verb(target)
        if data.draw(st.booleans(), label="undo"):
            self.document.restore(change.snapshot)
            assert dump(self.document) == before

    @rule()
    def save_and_reopen(self) -> None:
        before = dump(self.document)
        self.document.save()
        path = self.document.path
        self.document.close()
        self.document = JourneyDocument.open(path)
        assert dump(self.document) == before

    @invariant()
    def positions_are_in_order(self) -> None:
        stages = self.document.stages(self.journey)
        assert [s.position for s in stages] == sorted(s.position for s in stages)


DocumentMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDocumentMachine = DocumentMachine.TestCase
