"""Adding another map's journeys when the two files share no version, and the merge report
saying what came from where."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.model import JourneyDocument
from app.model.add_journeys import add_journeys, add_journeys_to_file
from app.model.merge_files import MergeError, NoCommonVersionError, merge_copy, plan_merge


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def saved(path: Path, template: str, language: str = "fr") -> Path:
    document = JourneyDocument.new(template, language)
    document.save_as(path)
    document.close()
    return path


def test_two_different_maps_are_refused_then_their_journeys_added_as_one_undo(
    tmp_path: Path,
) -> None:
    mine = saved(tmp_path / "achat.cjm", "purchase")
    theirs = saved(tmp_path / "pret.cjm", "sample")
    before_file = digest(theirs)
    document = JourneyDocument.open(mine)
    try:
        with pytest.raises(NoCommonVersionError, match="share no saved version"):
            plan_merge(document, theirs)
        before = document.state()
        their_state = JourneyDocument.open(theirs, read_only=True)
        expected = their_state.state()
        their_state.close()
        added = add_journeys(document, theirs)
        after = document.state()
        assert added.journeys == ("Obtenir un prêt immobilier",) and added.new_ids == 0
        for table in ("journey", "lane", "stage", "card", "metric", "emotion_point",
                      "connection", "persona", "evidence", "evidence_link"):  # fmt: skip
            assert set(expected[table]) <= set(after[table]), table
            assert added.added[table] == len(expected[table]), table
        assert after["project"] == before["project"]  # this map's title and author stay
        positions = sorted(r["position"] for r in after["journey"].values())
        assert positions == list(range(len(positions)))
        pictures = {e["asset_sha256"] for e in expected["evidence"].values() if e["asset_sha256"]}
        assert pictures and all(document.asset(sha) is not None for sha in pictures)
        document.undo()
        assert document.state() == before
        document.redo()
        document.save()
    finally:
        document.close()
    assert digest(theirs) == before_file
    reopened = JourneyDocument.open(mine)
    try:
        assert len(reopened.journeys()) == len(before["journey"]) + 1
    finally:
        reopened.close()


def test_a_copy_without_history_brings_its_journeys_under_new_ids(tmp_path: Path) -> None:
    mine = saved(tmp_path / "carte.cjm", "sample")
    document = JourneyDocument.open(mine)
    try:
        document.save_copy_without_history(tmp_path / "envoyée.cjm")
        with pytest.raises(NoCommonVersionError):
            merge_copy(document, tmp_path / "envoyée.cjm")
        before = document.state()
        added = add_journeys(document, tmp_path / "envoyée.cjm")
        after = document.state()
        assert len(after["journey"]) == 2 and len(after["card"]) == 2 * len(before["card"])
        assert added.new_ids > 0
        # the same persona and evidence (same id, same content) are not doubled
        assert after["persona"] == before["persona"]
        assert after["evidence"] == before["evidence"]
        new_journey = next(k for k in after["journey"] if k not in before["journey"])
        assert after["journey"][new_journey]["persona_id"] in before["persona"]
        new_cards = [r for k, r in after["card"].items() if k not in before["card"]]
        new_lanes = {k for k, r in after["lane"].items() if r["journey_id"] == new_journey}
        assert new_cards and all(r["lane_id"] in new_lanes for r in new_cards)
    finally:
        document.close()


def test_add_journeys_to_a_file_refuses_to_write_over_an_input(tmp_path: Path) -> None:
    mine = saved(tmp_path / "achat.cjm", "purchase")
    theirs = saved(tmp_path / "vide.cjm", "blank")
    with pytest.raises(MergeError, match="cannot be written over"):
        add_journeys_to_file(mine, theirs, mine)
    out = tmp_path / "out.cjm"
    report = add_journeys_to_file(mine, theirs, out)
    assert report.journeys and out.exists()


def test_the_merge_report_says_what_came_from_where(tmp_path: Path) -> None:
    base = saved(tmp_path / "carte.cjm", "sample")
    shutil.copyfile(base, tmp_path / "theirs.cjm")
    theirs = tmp_path / "theirs.cjm"
    document = JourneyDocument.open(theirs)
    journey = document.journeys()[0].id
    stage = document.stages(journey)[0]
    lane = next(lane for lane in document.lanes(journey) if lane.kind != "emotion")
    first, second, third = (c.id for c in document.cards(journey)[:3])
    document.update_stage(stage.id, title="Découverte")
    document.add_card(lane.id, stage.id, "Nouvelle d’eux")
    document.delete_cards([second])
    document.update_card(third, title="Des deux côtés")
    document.save()
    document.close()
    document = JourneyDocument.open(base)
    try:
        document.update_card(first, title="La mienne")
        document.update_card(third, title="Des deux côtés")
        report = merge_copy(document, theirs)
        data = report.to_json()
        theirs_list = {(e["table"], e["what"], e["title"]) for e in data["from_theirs"]}
        assert ("stage", "changed", "Découverte") in theirs_list
        assert ("card", "added", "Nouvelle d’eux") in theirs_list
        assert any(e[:2] == ("card", "removed") for e in theirs_list)
        renamed = next(e for e in data["from_theirs"] if e["table"] == "stage")
        assert renamed["id"] == stage.id and "title" in renamed["fields"]
        assert [(e["id"], e["what"]) for e in data["from_mine"]] == [(first, "changed")]
        assert [(e["id"], e["title"]) for e in data["from_both"]] == [(third, "Des deux côtés")]
        assert data["rows_from_theirs"]["card"] >= 2 and report.conflicts == ()
    finally:
        document.close()
