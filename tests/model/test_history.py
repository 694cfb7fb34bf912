"""The document's journal: undo and redo of any verb, grouped and merged steps, exact change
records heard once, and a history that survives a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.model import Change, InvalidEditError, JourneyDocument, recoverable_work
from app.model.journal import UNDO_LIMIT
from app.model.schema import Card
from app.model.steps import StepLabel
from tests.conftest import dump


@pytest.fixture
def document() -> JourneyDocument:
    document = JourneyDocument.new("sample", "fr")
    yield document
    document.close()


def first_cards(document: JourneyDocument, count: int = 3) -> list[str]:
    return [c.id for c in document.cards(document.journeys()[0].id)[:count]]


def test_a_new_map_has_no_history_and_is_not_modified(document: JourneyDocument) -> None:
    assert document.history() == []
    assert not document.can_undo and not document.can_redo
    assert document.undo() is None and document.redo() is None
    assert not document.modified


EDITS = {
    "rename a card": lambda d, j: d.update_card(first_cards(d)[0], title="Autre"),
    "move a card": lambda d, j: d.move_card(
        first_cards(d)[0], d.lanes(j)[2].id, d.stages(j)[3].id, 0
    ),
    "delete cards": lambda d, j: d.delete_cards(first_cards(d, 3)),
    "delete a stage": lambda d, j: d.delete_stage(d.stages(j)[1].id),
    "delete a lane": lambda d, j: d.delete_lane(d.lanes(j)[0].id),
    "reorder lanes": lambda d, j: d.move_lane(d.lanes(j)[0].id, 4),
    "add a stage": lambda d, j: d.add_stage(j, "Nouvelle", 2),
    "duplicate the journey": lambda d, j: d.duplicate_journey(j, "Futur"),
    "delete the persona": lambda d, j: d.delete_persona(d.personas()[0].id),
    "delete a quote everywhere": lambda d, j: d.delete_evidence(
        next(e.id for e in d.evidence() if e.kind == "quote")
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_undo_then_redo_of_any_edit_gives_back_the_exact_rows(
    document: JourneyDocument, name: str
) -> None:
    journey = document.journeys()[0].id
    before = dump(document)
    change = EDITS[name](document, journey)
    after = dump(document)
    assert after != before and change.rows
    assert document.can_undo and document.modified
    undone = document.undo()
    assert dump(document) == before
    assert {(r.table, r.key) for r in undone.rows} == {(r.table, r.key) for r in change.rows}
    assert not document.modified  # back where the file was
    redone = document.redo()
    assert dump(document) == after
    assert redone.label == change.label
    assert document.modified


def test_every_change_record_is_heard_once_and_is_exact(document: JourneyDocument) -> None:
    heard: list[Change] = []
    document.subscribe(heard.append)
    card = first_cards(document)[0]
    change = document.update_card(card, title="Simulateur de prêt", body="")
    assert heard == [change]
    (row,) = change.rows
    assert (row.table, row.key) == ("card", card)
    assert row.after["title"] == "Simulateur de prêt"
    assert row.changed() >= {"title"}
    assert change.label.text == "Edit card “Simulateur de prêt”"
    document.undo()
    assert len(heard) == 2 and heard[1].origin == "undo"
    assert heard[1].rows[0].after["title"] == row.before["title"]


def test_an_edit_that_changes_nothing_is_not_heard_nor_recorded(
    document: JourneyDocument,
) -> None:
    heard: list[Change] = []
    document.subscribe(heard.append)
    card = document.session.get(Card, first_cards(document)[0])
    document.update_card(card.id, title=card.title)
    document.move_card(card.id, card.lane_id, card.stage_id, card.position)
    assert heard == [] and document.history() == []
    assert not document.modified


def test_a_step_groups_many_verbs_into_one_undo(document: JourneyDocument) -> None:
    heard: list[Change] = []
    document.subscribe(heard.append)
    journey = document.journeys()[0].id
    before = dump(document)
    with document.step(StepLabel.of("paste", count=3)):
        lane, stage = document.lanes(journey)[1].id, document.stages(journey)[0].id
        for n in range(3):
            document.add_card(lane, stage, f"Carte {n}", 0)
    assert len(heard) == 1 and len(heard[0].rows_of("card")) >= 3
    assert [s.label.text for s in document.history()] == ["Paste 3 cards"]
    document.undo()
    assert dump(document) == before


def test_a_refused_verb_inside_a_step_keeps_nothing_of_the_step(
    document: JourneyDocument,
) -> None:
    before = dump(document)
    card = first_cards(document)[0]
    with pytest.raises(InvalidEditError), document.step():
        document.update_card(card, title="Gardé ?")
        document.update_card(card, impact=9)  # out of range: the step is refused whole
    assert dump(document) == before
    assert document.history() == []
    document.update_card(card, title="Après")  # the document is usable
    assert document.session.get(Card, card).title == "Après"


def test_typing_in_one_field_merges_into_one_step_but_not_across_a_save(
    document: JourneyDocument, tmp_path: Path
) -> None:
    card = first_cards(document)[0]
    original = document.session.get(Card, card).title
    for text in ("S", "Si", "Sim"):
        with document.step(merge=f"card:{card}:title"):
            document.update_card(card, title=text)
    assert len(document.history()) == 1
    document.save_as(tmp_path / "carte.cjm")
    with document.step(merge=f"card:{card}:title"):
        document.update_card(card, title="Simu")
    assert len(document.history()) == 2
    document.undo()
    assert document.session.get(Card, card).title == "Sim"
    assert not document.modified
    document.undo()
    assert document.session.get(Card, card).title == original


def test_a_new_edit_after_undo_drops_the_redo_side(document: JourneyDocument) -> None:
    card = first_cards(document)[0]
    document.update_card(card, title="Un")
    document.update_card(card, title="Deux")
    document.undo()
    assert document.can_redo
    document.update_card(card, body="Trois")
    assert not document.can_redo
    assert [s.label.code for s in document.history()] == ["rename_card", "update_card"]


def test_scripts_and_imports_are_undoable_like_gestures(document: JourneyDocument) -> None:
    """Whoever calls the verbs, the history is the same: a script's edits undo one by one."""
    journey = document.journeys()[0].id
    before = dump(document)
    stage = document.add_stage(journey, "Script").first_added
    document.add_metric(stage, "NPS", value_before=12, value_after=31)
    document.undo()
    document.undo()
    assert dump(document) == before


def test_the_oldest_steps_go_beyond_the_limit(document: JourneyDocument) -> None:
    document.journal.limit = 5
    card = first_cards(document)[0]
    for n in range(8):
        document.update_card(card, title=f"T{n}")
    assert [s.label.args["title"] for s in document.history()] == [f"T{n}" for n in range(3, 8)]
    assert UNDO_LIMIT >= 100


def test_a_history_that_no_longer_matches_the_map_is_cleared_without_harm(
    document: JourneyDocument,
) -> None:
    card = first_cards(document)[0]
    document.update_card(card, title="Un")
    with document.session.begin():  # someone wrote behind the journal's back
        document.session.connection().exec_driver_sql("DROP TRIGGER parcours_journal_card_update")
        document.session.connection().exec_driver_sql(
            "UPDATE card SET title = 'Ailleurs' WHERE id = ?", (card,)
        )
    before = dump(document)
    with pytest.raises(InvalidEditError, match="history no longer matches"):
        document.undo()
    assert dump(document) == before
    assert document.history() == []


CRASHING_EDITOR = textwrap.dedent(
    """
    import os, sys
    from app.model import JourneyDocument
    document = JourneyDocument.open(sys.argv[1])
    journey = document.journeys()[0].id
    cards = document.cards(journey)
    for n, card in enumerate(cards[:20]):
        document.update_card(card.id, title=f"Modifiée {n}")
    print("edited", flush=True)
    sys.stdin.read()  # killed here
    """
)


def test_after_a_crash_the_recovered_map_can_still_undo_its_edits(
    tmp_path: Path, data_dir: Path
) -> None:
    source = JourneyDocument.new("sample", "fr")
    path = tmp_path / "banque.cjm"
    source.save_as(path)
    original = [c.title for c in source.cards(source.journeys()[0].id)[:20]]
    source.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PARCOURS_DATA_DIR": str(data_dir), "PYTHONPATH": str(root)}
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_EDITOR, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"edited"
        process.send_signal(signal.SIGKILL)
        process.wait()
    (work,) = recoverable_work()
    document = JourneyDocument.recover(work)
    try:
        cards = document.cards(document.journeys()[0].id)
        assert [c.title for c in cards[:20]] == [f"Modifiée {n}" for n in range(20)]
        assert len(document.history()) == 20
        for _ in range(20):
            document.undo()
        titles = [c.title for c in document.cards(document.journeys()[0].id)[:20]]
        assert titles == original
        assert not document.modified
    finally:
        document.close()
