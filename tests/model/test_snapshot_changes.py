"""A snapshot brought up to date by change records equals one read afresh, after any step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from app.model import Change, JourneyDocument
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.model.snapshot_changes import changed_snapshot
from tests.model.test_evidence import encoded, photo


def comparable(snapshot: JourneySnapshot) -> JourneySnapshot:
    """Everything but the footer's time stamp and file name, which the canvas does not show."""
    return replace(snapshot, modified_at=None, file_name="")


class Follower:
    """What the editor does: keep a snapshot, bring it up to date from each change record."""

    def __init__(self, document: JourneyDocument, journey: str) -> None:
        self.document = document
        self.snapshot = journey_snapshot(document, journey, with_pictures=False)
        self.heard = 0
        document.subscribe(self.follow)

    def follow(self, change: Change) -> None:
        self.heard += 1
        self.snapshot = changed_snapshot(self.document, self.snapshot, change)

    def check(self) -> None:
        fresh = journey_snapshot(self.document, self.snapshot.journey.id, with_pictures=False)
        assert comparable(self.snapshot) == comparable(fresh)


def _ids(d: JourneyDocument) -> dict[str, object]:
    j = d.journeys()[0].id
    return {
        "j": j,
        "stages": [s.id for s in d.stages(j)],
        "lanes": d.lanes(j),
        "cards": d.cards(j),
        "points": [p for lane in d.lanes(j) for p in d.emotion_points(lane.id)],
    }


STEPS: dict[str, Callable[[JourneyDocument, dict], object]] = {
    "rename a card": lambda d, i: d.update_card(i["cards"][0].id, title="Autre", body="x"),
    "flag a moment of truth": lambda d, i: d.update_card(i["cards"][1].id, moment_of_truth=True),
    "move a card to another cell": lambda d, i: d.move_card(
        i["cards"][0].id, i["cards"][20].lane_id, i["cards"][20].stage_id, 0
    ),
    "reorder a cell": lambda d, i: d.move_card(
        i["cards"][3].id, i["cards"][3].lane_id, i["cards"][3].stage_id, 0
    ),
    "delete cards": lambda d, i: d.delete_cards([c.id for c in i["cards"][5:9]]),
    "add a card": lambda d, i: d.add_card(i["cards"][0].lane_id, i["stages"][2], "Nouvelle", 0),
    "rename a stage": lambda d, i: d.update_stage(i["stages"][1], title="Étape", width=2),
    "move a stage": lambda d, i: d.move_stage(i["stages"][0], 3),
    "delete a stage": lambda d, i: d.delete_stage(i["stages"][2]),
    "add a stage": lambda d, i: d.add_stage(i["j"], "Fin"),
    "hide a lane": lambda d, i: d.update_lane(i["lanes"][0].id, hidden=True),
    "move a lane": lambda d, i: d.move_lane(i["lanes"][0].id, 5),
    "delete a lane": lambda d, i: d.delete_lane(i["lanes"][1].id),
    "move an emotion point": lambda d, i: d.move_emotion_point(
        i["points"][0].id, i["stages"][3], 0.9
    ),
    "feel better": lambda d, i: d.set_emotion_value(i["points"][1].id, 4.5),
    "delete emotion points": lambda d, i: d.delete_emotion_points([i["points"][2].id]),
    "add a metric": lambda d, i: d.add_metric(i["stages"][0], "NPS", value_before=12),
    "quote on a card": lambda d, i: d.add_evidence(
        "quote", targets=[("card", i["cards"][4].id)], text="Ouf"
    ),
    "photo on a stage": lambda d, i: d.add_photo(
        encoded(photo(seed=3), "PNG"), targets=[("stage", i["stages"][1])]
    ),
    "caption of shown evidence": lambda d, i: d.update_evidence(
        d.evidence_for("card", next(c.id for c in i["cards"] if d.evidence_for("card", c.id)))[
            0
        ].id,
        title="Nouveau titre",
    ),
    "delete evidence everywhere": lambda d, i: d.delete_evidence(d.evidence()[0].id),
    "detach from the journey": lambda d, i: (
        d.detach_evidence(d.evidence_for("journey", i["j"])[0].id, "journey", i["j"])
        if d.evidence_for("journey", i["j"])
        else d.add_evidence("note", targets=[("journey", i["j"])], text="Note")
    ),
    "rename the journey": lambda d, i: d.update_journey(i["j"], title="Nouveau titre"),
    "edit the persona": lambda d, i: d.update_persona(d.personas()[0].id, name="Léa"),
    "delete the persona": lambda d, i: d.delete_persona(d.personas()[0].id),
    "edit the project": lambda d, i: d.update_project(author="Atelier"),
    "duplicate the journey": lambda d, i: d.duplicate_journey(i["j"], "Futur"),
}


@pytest.mark.parametrize("name", list(STEPS))
def test_a_step_then_its_undo_and_redo_keep_the_snapshot_exact(name: str) -> None:
    document = JourneyDocument.new("sample", "fr")
    try:
        follower = Follower(document, document.journeys()[0].id)
        STEPS[name](document, _ids(document))
        assert follower.heard == 1
        follower.check()
        document.undo()
        follower.check()
        document.redo()
        follower.check()
    finally:
        document.close()


def test_every_step_of_a_long_session_keeps_the_snapshot_exact() -> None:
    document = JourneyDocument.new("sample", "fr")
    try:
        follower = Follower(document, document.journeys()[0].id)
        for name, step in STEPS.items():
            if name == "delete the persona":
                continue
            step(document, _ids(document))
            follower.check()
        while document.undo() is not None:
            pass
        follower.check()
    finally:
        document.close()
