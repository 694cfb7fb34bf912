"""Two copies of one map edited apart, merged against the state they share: what did not
conflict is all in the result, every conflict is reported, the choice of side decides, the
result is a valid map, and merging is deterministic and symmetric."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import InvalidEditError, JourneyDocument
from app.model.fileformat import validate_structure, validate_values
from app.model.merge import UNCOMPARED, State, three_way
from app.model.steps import StepLabel


def copies(tmp: Path, template: str = "cgap") -> tuple[JourneyDocument, JourneyDocument, State]:
    """Two open copies of one saved map, and the state they share."""
    source = JourneyDocument.new(template, "fr")
    path = tmp / "base.cjm"
    source.save_as(path)
    base = source.state()
    source.close()
    for name in ("mine.cjm", "theirs.cjm"):
        shutil.copyfile(path, tmp / name)
    return JourneyDocument.open(tmp / "mine.cjm"), JourneyDocument.open(tmp / "theirs.cjm"), base


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[JourneyDocument, JourneyDocument, State]]:
    mine, theirs, base = copies(tmp_path)
    yield mine, theirs, base
    mine.close()
    theirs.close()


def cards(document: JourneyDocument) -> list[Any]:
    return document.cards(document.journeys()[0].id)


def test_edits_of_different_fields_and_elements_combine_without_a_question(pair) -> None:
    mine, theirs, base = pair
    journey = mine.journeys()[0].id
    stages, lanes = mine.stages(journey), mine.lanes(journey)
    lane = next(lane for lane in lanes if lane.kind != "emotion")
    card = mine.add_card(lane.id, stages[0].id, "Une carte").first_added
    # the same card in the other copy? No: each side adds its own, and edits the frame
    theirs_card = theirs.add_card(lane.id, stages[1].id, "Leur carte").first_added
    mine.update_stage(stages[0].id, title="Mon étape")
    theirs.update_stage(stages[0].id, description="Leur description")
    theirs.update_lane(lane.id, colour="#1ec8e0")
    result = three_way(base, mine.state(), theirs.state())
    assert result.conflicts == []
    stage = result.state["stage"][stages[0].id]
    assert (stage["title"], stage["description"]) == ("Mon étape", "Leur description")
    assert result.state["lane"][lane.id]["colour"] == "#1ec8e0"
    assert card in result.state["card"] and theirs_card in result.state["card"]


def test_two_values_in_one_field_are_a_conflict_with_the_three_values(pair) -> None:
    mine, theirs, base = pair
    stage = mine.stages(mine.journeys()[0].id)[0]
    mine.update_stage(stage.id, title="Moi")
    theirs.update_stage(stage.id, title="Eux")
    result = three_way(base, mine.state(), theirs.state())
    (conflict,) = result.conflicts
    assert (conflict.table, conflict.key, conflict.field) == ("stage", stage.id, "title")
    assert (conflict.base, conflict.mine, conflict.theirs) == (stage.title, "Moi", "Eux")
    assert conflict.kind == "both changed"
    assert result.state["stage"][stage.id]["title"] == "Moi"
    assert (
        three_way(base, mine.state(), theirs.state(), "theirs").state["stage"][stage.id]["title"]
        == "Eux"
    )


def test_a_change_against_a_deletion_is_a_conflict_and_the_choice_decides(pair) -> None:
    mine, theirs, base = pair
    journey = mine.journeys()[0].id
    lane = next(lane for lane in mine.lanes(journey) if lane.kind != "emotion")
    mine.update_lane(lane.id, title="Gardée")
    theirs.delete_lane(lane.id)
    kept = three_way(base, mine.state(), theirs.state(), "mine")
    assert [c.kind for c in kept.conflicts] == ["deleted by them"]
    assert kept.state["lane"][lane.id]["title"] == "Gardée"
    gone = three_way(base, mine.state(), theirs.state(), "theirs")
    assert lane.id not in gone.state["lane"]


def test_a_card_added_in_a_lane_the_other_deleted_brings_the_lane_back_or_goes(pair) -> None:
    mine, theirs, base = pair
    journey = mine.journeys()[0].id
    lane = next(lane for lane in mine.lanes(journey) if lane.kind != "emotion")
    stage = mine.stages(journey)[0]
    card = mine.add_card(lane.id, stage.id, "Dans une ligne supprimée").first_added
    theirs.delete_lane(lane.id)
    keep = three_way(base, mine.state(), theirs.state(), "mine")
    assert lane.id in keep.state["lane"] and card in keep.state["card"]
    assert any(c.table == "lane" and c.key == lane.id for c in keep.conflicts)
    drop = three_way(base, mine.state(), theirs.state(), "theirs")
    assert lane.id not in drop.state["lane"] and card not in drop.state["card"]


def test_orders_in_a_cell_keep_both_sides_where_they_do_not_contradict(pair) -> None:
    mine, _theirs, base = pair
    journey = mine.journeys()[0].id
    lane = next(lane for lane in mine.lanes(journey) if lane.kind != "emotion").id
    stage = mine.stages(journey)[0].id
    a = mine.add_card(lane, stage, "A").first_added
    b = mine.add_card(lane, stage, "B").first_added
    mine.save()
    base = mine.state()
    shutil.copyfile(mine.path, mine.path.with_name("theirs2.cjm"))
    other = JourneyDocument.open(mine.path.with_name("theirs2.cjm"))
    try:
        m1 = mine.add_card(lane, stage, "mine after A", 1).first_added  # A, m1, B
        t1 = other.add_card(lane, stage, "theirs first", 0).first_added  # t1, A, B
        result = three_way(base, mine.state(), other.state())
        cell = sorted(
            (
                row
                for row in result.state["card"].values()
                if (row["lane_id"], row["stage_id"]) == (lane, stage)
            ),
            key=lambda row: row["position"],
        )
        assert [row["id"] for row in cell] == [t1, a, m1, b]
        assert [row["position"] for row in cell] == [0, 1, 2, 3]
    finally:
        other.close()


def test_the_merge_applied_to_my_map_is_one_undo_step_and_a_valid_file(
    pair, tmp_path: Path
) -> None:
    mine, theirs, base = pair
    journey = mine.journeys()[0].id
    lane = next(lane for lane in mine.lanes(journey) if lane.kind != "emotion").id
    stages = mine.stages(journey)
    mine.update_stage(stages[0].id, title="Moi")
    theirs.add_card(lane, stages[1].id, "De leur côté")
    theirs.delete_stage(stages[2].id)
    before = mine.state()
    result = three_way(base, before, theirs.state())
    mine.apply_state(result.state, StepLabel.of("edit"))
    assert mine.state() == result.state
    saved = tmp_path / "merged.cjm"
    mine.save_as(saved)
    validate_structure(saved)
    validate_values(saved)
    mine.undo()
    assert mine.state() == before


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "move", "delete", "stage", "rename"]),
        st.integers(0, 1000),
        st.text(max_size=8),
    ),
    max_size=8,
)


def apply_edits(document: JourneyDocument, edits: list[tuple[str, int, str]]) -> None:
    journey = document.journeys()[0].id
    for verb, n, text in edits:
        stages = document.stages(journey)
        lanes = [lane for lane in document.lanes(journey) if lane.kind != "emotion"]
        all_cards = cards(document)
        try:
            if verb == "add" and stages and lanes:
                document.add_card(lanes[n % len(lanes)].id, stages[n % len(stages)].id, text)
            elif verb == "edit" and all_cards:
                document.update_card(all_cards[n % len(all_cards)].id, body=text)
            elif verb == "move" and all_cards and stages and lanes:
                document.move_card(
                    all_cards[n % len(all_cards)].id,
                    lanes[n % len(lanes)].id,
                    stages[(n // 7) % len(stages)].id,
                    n % 3,
                )
            elif verb == "delete" and all_cards:
                document.delete_cards([all_cards[n % len(all_cards)].id])
            elif verb == "stage":
                document.add_stage(journey, text or "Étape")
            elif verb == "rename" and stages:
                document.update_stage(stages[n % len(stages)].id, title=text)
        except InvalidEditError:
            pass


def changed_fields(base: State, side: State) -> dict[tuple[str, str, str], Any]:
    """(table, id, field) -> value that `side` changed since `base` (rows gone: field "")."""
    found: dict[tuple[str, str, str], Any] = {}
    for table, rows in side.items():
        for key, row in rows.items():
            old = base.get(table, {}).get(key, {})
            for name, value in row.items():
                if name not in UNCOMPARED and old.get(name) != value:
                    found[(table, key, name)] = value
        for key in base.get(table, {}).keys() - rows.keys():
            found[(table, key, "")] = None
    return found


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mine_edits=EDITS, their_edits=EDITS)
def test_random_independent_edits_merge_completely_and_symmetrically(
    mine_edits: list, their_edits: list
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="parcours-merge-"))
    mine, theirs, base = copies(folder, "purchase")
    try:
        apply_edits(mine, mine_edits)
        apply_edits(theirs, their_edits)
        m, t = mine.state(), theirs.state()
        result = three_way(base, m, t, "mine")
        conflicted = {(c.table, c.key) for c in result.conflicts}
        for (table, key, name), value in changed_fields(base, t).items():
            if (table, key) in conflicted or (key not in result.state.get(table, {}) and name):
                continue
            if name == "":
                assert key not in result.state[table] or (table, key) in conflicted
            elif key in result.state[table]:
                assert result.state[table][key][name] == value or (table, key) in conflicted
        for (table, key, name), value in changed_fields(base, m).items():
            if name and key in result.state[table]:
                assert result.state[table][key][name] == value
        mirror = three_way(base, t, m, "theirs")
        assert mirror.state == result.state, "symmetric up to the choice of side"
        assert three_way(base, m, t, "mine").state == result.state, "deterministic"
        mine.apply_state(result.state, StepLabel.of("edit"))
        out = folder / "merged.cjm"
        mine.save_as(out)
        validate_structure(out)
        validate_values(out)
    finally:
        mine.close()
        theirs.close()
        shutil.rmtree(folder, ignore_errors=True)
