"""The version history as the editor shows it: summaries in the users' words, names that are
saved with the map, a version viewed or compared without changing the map, and a version
restored as one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model import JourneyDocument
from app.model.errors import ReadOnlyDocumentError
from app.model.version_history import (
    ChangeCount,
    compare_with_map,
    name_version,
    open_version,
    restore_version,
    unsaved_changes,
    version_infos,
    version_state,
)

from .test_merge import cards
from .test_pictures import encoded, photo


def saved_map(tmp_path: Path) -> tuple[JourneyDocument, Path]:
    document = JourneyDocument.new("sample", "fr")
    document.author_name = "Camille"
    path = tmp_path / "carte.cjm"
    document.save_as(path, label="départ")
    return document, path


def lane_of_kind(document: JourneyDocument, kind: str) -> str:
    journey = document.journeys()[0].id
    return next(lane.id for lane in document.lanes(journey) if lane.kind == kind)


def test_a_summary_speaks_of_cards_stages_and_pains(tmp_path: Path) -> None:
    document, _path = saved_map(tmp_path)
    try:
        journey = document.journeys()[0].id
        stage = document.stages(journey)[0].id
        pains = lane_of_kind(document, "pains_gains")
        text = next(lane.id for lane in document.lanes(journey) if lane.kind == "text")
        first, second, third = [c for c in cards(document) if c.lane_id == text][:3]
        for card in (first, second, third):
            document.update_card(card.id, title=card.title + " (revu)")
        document.add_stage(journey, "Recommandation")
        pain_ids = [c.id for c in cards(document) if c.lane_id == pains and c.sentiment == "pain"]
        document.delete_cards(pain_ids[:2])
        document.add_card(text, stage, "Nouvelle carte", position=0)  # pushes others down
        expected = {
            ChangeCount("card", "changed", 3),
            ChangeCount("stage", "added", 1),
            ChangeCount("pain", "removed", 2),
            ChangeCount("card", "added", 1),
        }
        assert set(unsaved_changes(document)) == expected  # cards pushed down: not "changed"
        assert unsaved_changes(document)[0] == ChangeCount("card", "changed", 3)  # most first
        document.author_name = "Dominique"
        document.save()
        latest, first_version = version_infos(document)
        assert (latest.author, latest.current, latest.label) == ("Dominique", True, "")
        assert set(latest.changes) == expected
        assert (first_version.author, first_version.label) == ("Camille", "départ")
        assert not first_version.current and first_version.changes == ()
        assert unsaved_changes(document) == ()
    finally:
        document.close()


def test_a_name_is_kept_by_save_and_reopen_and_is_an_unsaved_change(tmp_path: Path) -> None:
    document, path = saved_map(tmp_path)
    try:
        document.update_card(cards(document)[0].id, title="Changée")
        document.save()
        older = version_infos(document)[1]
        name_version(document, older.id, "  avant   l’atelier ")
        assert document.modified  # the name is saved with the map
        document.undo()  # undoing a step does not take back the name, nor make it saved
        assert document.modified
        document.redo()
        document.save()
        assert not document.modified
        assert len(version_infos(document)) == 2  # naming is not a new version
    finally:
        document.close()
    reopened = JourneyDocument.open(path, read_only=True)
    try:
        assert version_infos(reopened)[1].label == "avant l’atelier"
        with pytest.raises(ReadOnlyDocumentError):
            name_version(reopened, version_infos(reopened)[1].id, "x")
    finally:
        reopened.close()


def test_restoring_a_version_is_one_step_equal_to_its_state(tmp_path: Path) -> None:
    document, _path = saved_map(tmp_path)
    try:
        first = document.head_version
        assert first is not None
        then = document.state()
        journey = document.journeys()[0].id
        document.add_stage(journey, "Fidélisation")
        document.delete_cards([c.id for c in cards(document)[:5]])
        document.save()
        document.update_card(cards(document)[0].id, title="Pas encore enregistrée")
        before_restore = document.state()
        steps = len(document.history())
        assert restore_version(document, first) == 0
        assert document.state() == then == version_state(document, first)
        assert len(document.history()) == steps + 1
        assert document.history()[-1].label.code == "restore_version"
        document.undo()
        assert document.state() == before_restore
        document.redo()
        assert document.state() == then
    finally:
        document.close()


def test_a_version_opens_read_only_without_changing_the_map(tmp_path: Path) -> None:
    document, _path = saved_map(tmp_path)
    try:
        first = document.head_version
        assert first is not None
        then = document.state()
        document.delete_cards([c.id for c in cards(document)[:3]])
        now = document.state()
        view = open_version(document, first, "carte.cjm — départ")
        try:
            assert view.read_only and view.display_name == "carte.cjm — départ"
            assert view.state() == then
            assert view.versions() == [] and not view.modified
        finally:
            view.close()
        assert document.state() == now
    finally:
        document.close()


def test_comparing_a_version_with_the_map(tmp_path: Path) -> None:
    document, _path = saved_map(tmp_path)
    try:
        first = document.head_version
        assert first is not None
        journey = document.journeys()[0].id
        touchpoints = lane_of_kind(document, "touchpoints")
        stage = document.stages(journey)[1].id
        _kept, changed, removed = cards(document)[:3]
        document.update_card(changed.id, title="Autre titre")
        document.delete_cards([removed.id])
        added = document.add_card(touchpoints, stage, "Chatbot", position=0).added[0][1]
        comparison = compare_with_map(document, first)
        assert {key for table, key in comparison.added if table == "card"} == {added}
        assert {key for table, key in comparison.changed if table == "card"} == {changed.id}
        assert [(r.id, r.title) for r in comparison.removed if r.table == "card"] == [
            (removed.id, removed.title)
        ]
        assert ChangeCount("touchpoint", "added", 1) in comparison.changes
    finally:
        document.close()


def test_a_photo_a_later_save_dropped_is_left_out_of_the_restore(tmp_path: Path) -> None:
    document, path = saved_map(tmp_path)
    card = cards(document)[0].id
    data = encoded(photo((320, 240)), "JPEG", quality=85)
    added = document.add_photo(data, "comptoir.jpg", [("card", card)], title="Comptoir")
    evidence = added.first_added
    document.save()
    with_photo = document.head_version
    assert with_photo is not None
    document.delete_evidence_items([evidence])
    document.save()  # the picture does not travel with the file any more
    document.close()
    document = JourneyDocument.open(path)
    try:
        assert restore_version(document, with_photo) == 1
        restored = document.state()
        assert evidence not in restored["evidence"]
        expected = version_state(document, with_photo)
        del expected["evidence"][evidence]
        expected["evidence_link"] = {
            k: r for k, r in expected["evidence_link"].items() if r["evidence_id"] != evidence
        }
        assert restored == expected  # everything else of that version came back
        view = open_version(document, with_photo)
        try:
            assert evidence not in view.state()["evidence"]
        finally:
            view.close()
    finally:
        document.close()
