"""Comments on a map's elements: threads kept in the file, undone, upgraded and merged like
the rest of the map (real files on disk, real merges of two copies)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.model import InvalidEditError, JourneyDocument
from app.model.comments import open_thread_counts
from app.model.fileformat import FORMAT_VERSION, create_file, expected_schema
from app.model.merge_files import merge_copy, merge_files
from app.model.steps import ENGLISH
from app.model.vocabulary import MAX_COMMENT


def _map(tmp_path: Path, name: str = "map.cjm") -> tuple[JourneyDocument, dict[str, str]]:
    document = JourneyDocument.new("cgap", "en")
    journey = document.journeys()[0]
    stages = document.stages(journey.id)
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind != "emotion")
    card = document.add_card(lane.id, stages[0].id, "Simulator").first_added
    other = document.add_card(lane.id, stages[1].id, "Branch visit").first_added
    document.save_as(tmp_path / name)
    ids = {"journey": journey.id, "stage": stages[0].id, "lane": lane.id, "card": card}
    ids["other"] = other
    return document, ids


def test_a_thread_is_kept_in_the_file_with_its_authors_times_and_state(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    document.author_name = "Ana Martin"
    first = document.add_comment("card", ids["card"], "  Is the rate right?  ").first_added
    reply = document.reply_to_comment(first, "Checked: 3.1 %", author="Bo").first_added
    document.add_comment("stage", ids["stage"], "Split this stage?")
    document.resolve_comment(reply)  # resolving from a reply resolves its thread
    document.save()
    document.close()
    reopened = JourneyDocument.open(tmp_path / "map.cjm")
    try:
        on_card = reopened.comments_on("card", ids["card"])
        assert [(c.author, c.text, c.parent_id) for c in on_card] == [
            ("Ana Martin", "Is the rate right?", None),
            ("Bo", "Checked: 3.1 %", first),
        ]
        assert on_card[0].resolved and not on_card[1].resolved
        assert on_card[0].created_at.tzinfo is not None
        threads = reopened.comment_threads(ids["journey"])
        assert [(t.target, t.label, len(t.replies)) for t in threads] == [
            (("stage", ids["stage"]), reopened.stage(ids["stage"]).title, 0),
            (("card", ids["card"]), "Simulator", 1),
        ]
        assert reopened.open_comment_counts() == {("stage", ids["stage"]): 1}
    finally:
        reopened.close()


def test_replying_to_a_resolved_thread_opens_it_again(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    try:
        first = document.add_comment("card", ids["card"], "Typo", author="Ana").first_added
        document.resolve_comment(first)
        assert document.open_comment_counts() == {}
        document.reply_to_comment(first, "Still there", author="Bo")
        assert document.open_comment_counts() == {("card", ids["card"]): 1}
        document.resolve_comment(first, resolved=False)  # already open: nothing to record
        assert document.history()[-1].label.code == "reply_to_comment"
    finally:
        document.close()


def test_every_comment_verb_is_one_undoable_step_with_its_label(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    try:
        first = document.add_comment("card", ids["card"], "First", author="Ana").first_added
        document.reply_to_comment(first, "Second", author="Bo")
        document.edit_comment(first, "First, edited")
        document.resolve_comment(first)
        document.resolve_comment(first, resolved=False)
        document.delete_comment(first)
        labels = [step.label for step in document.history()[-6:]]
        assert [label.code for label in labels] == [
            "add_comment",
            "reply_to_comment",
            "update_comment",
            "resolve_comment",
            "reopen_comment",
            "delete_comment",
        ]
        assert [label.text for label in labels] == [
            "Comment “First”",
            "Reply “Second”",
            "Edit comment “First, edited”",
            "Resolve comment “First, edited”",
            "Reopen comment “First, edited”",
            "Delete comment “First, edited”",
        ]
        assert all(label.code in ENGLISH for label in labels)
        assert document.comments_on("card", ids["card"]) == []  # the reply went with it
        document.undo()  # the delete: the thread comes back, first comment before its reply
        assert [c.text for c in document.comments_on("card", ids["card"])] == [
            "First, edited",
            "Second",
        ]
        for _ in range(5):
            document.undo()
        assert document.comments_on("card", ids["card"]) == []
        for _ in range(6):
            document.redo()
        assert document.comments_on("card", ids["card"]) == []
    finally:
        document.close()


def test_deleting_an_element_deletes_its_comments_and_undo_brings_them_back(
    tmp_path: Path,
) -> None:
    document, ids = _map(tmp_path)
    try:
        first = document.add_comment("card", ids["card"], "Why here?", author="Ana").first_added
        document.reply_to_comment(first, "Because.", author="Bo")
        kept = document.add_comment("card", ids["other"], "Keep me", author="Cy").first_added
        change = document.delete_cards([ids["card"]])
        assert document.comment(first) is None
        assert document.comment(kept) is not None
        assert len(change.rows_of("comment")) == 2
        document.undo()
        assert [c.text for c in document.comments_on("card", ids["card"])] == [
            "Why here?",
            "Because.",
        ]
        document.redo()
        assert document.comments_on("card", ids["card"]) == []
        document.undo()
        stage_comment = document.add_comment("stage", ids["stage"], "Stage note").first_added
        document.delete_stage(ids["stage"])  # its cards go, and every comment on them
        assert document.comment(stage_comment) is None and document.comment(first) is None
        document.undo()
        assert document.comment(stage_comment) is not None
        assert len(document.comments_on("card", ids["card"])) == 2
    finally:
        document.close()


def test_a_comment_needs_text_within_its_length_and_a_real_element(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    try:
        with pytest.raises(InvalidEditError, match="needs some text") as empty:
            document.add_comment("card", ids["card"], "   ")
        assert empty.value.code == "comment_empty"
        with pytest.raises(InvalidEditError) as long:
            document.add_comment("card", ids["card"], "x" * (MAX_COMMENT + 1))
        assert long.value.code == "comment_too_long"
        with pytest.raises(InvalidEditError) as kind:
            document.add_comment("metric", ids["card"], "Hello")
        assert kind.value.code == "comment_target"
        with pytest.raises(InvalidEditError) as gone:
            document.add_comment("card", "0" * 36, "Hello")
        assert gone.value.code == "gone"
        with pytest.raises(InvalidEditError) as unsafe:
            document.add_comment("card", ids["card"], "bell\x07")
        assert unsafe.value.code == "unsafe_text"
        assert document.comments_on("card", ids["card"]) == []
        assert not [s for s in document.history() if "comment" in s.label.code]
    finally:
        document.close()


def test_comments_can_be_on_any_element(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    try:
        persona = document.add_persona("Camille").first_added
        journey = document.journey(ids["journey"])
        document.set_persona(journey.id, persona)
        emotion_lane = next(lane for lane in document.lanes(journey.id) if lane.kind == "emotion")
        point = document.add_emotion_point(emotion_lane.id, ids["stage"], -2.0, label="Lost")
        targets = [
            ("journey", journey.id),
            ("stage", ids["stage"]),
            ("lane", ids["lane"]),
            ("card", ids["card"]),
            ("emotion_point", point.first_added),
            ("persona", persona),
        ]
        for kind, key in targets:
            document.add_comment(kind, key, f"On the {kind}", author="Ana")
        threads = document.comment_threads(journey.id)
        assert [t.target for t in threads] == targets  # the panel's order: frame to persona
        assert [t.label for t in threads][-2:] == ["Lost", "Camille"]
        assert document.element_label("lane", ids["lane"]) == document.lane(ids["lane"]).title
    finally:
        document.close()


def test_open_thread_counts_come_from_row_images_as_from_the_map(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    try:
        first = document.add_comment("card", ids["card"], "One", author="Ana").first_added
        document.reply_to_comment(first, "Reply", author="Bo")
        document.add_comment("card", ids["card"], "Two", author="Ana")
        change = document.add_comment("card", ids["other"], "Three", author="Ana")
        assert open_thread_counts([change.rows_of("comment")[0].row]) == {("card", ids["other"]): 1}
        assert document.open_comment_counts() == {
            ("card", ids["card"]): 2,
            ("card", ids["other"]): 1,
        }
    finally:
        document.close()


def _as_format_4(current: Path, old: Path) -> None:
    """A format-4 copy of a map (format 4's DDL, every row of its tables) with no comments."""
    create_file(old, version=4)
    tables = sorted(name for kind, name, _, _ in expected_schema(4) if kind == "table")
    connection = sqlite3.connect(old, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS new", (str(current),))
        connection.execute("BEGIN")
        for table in tables:
            columns = ", ".join(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
            connection.execute(f"INSERT INTO main.{table} SELECT {columns} FROM new.{table}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE new")
    finally:
        connection.close()


def test_a_format_4_map_is_upgraded_and_takes_comments(tmp_path: Path) -> None:
    document, ids = _map(tmp_path)
    document.close()
    old = tmp_path / "format 4.cjm"
    _as_format_4(tmp_path / "map.cjm", old)
    original = old.read_bytes()
    upgraded = JourneyDocument.open(old)
    try:
        assert upgraded.working.upgraded_from == 4
        assert old.read_bytes() == original
        assert upgraded.comment_threads() == []
        assert upgraded.versions()  # its history came through the upgrade
        upgraded.add_comment("card", ids["card"], "After the upgrade", author="Ana")
        upgraded.save()
    finally:
        upgraded.close()
    assert (tmp_path / "format 4 (format 4 backup).cjm").read_bytes() == original
    with sqlite3.connect(old) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION == 5
    connection.close()
    reopened = JourneyDocument.open(old)
    try:
        assert [c.text for c in reopened.comments_on("card", ids["card"])] == ["After the upgrade"]
    finally:
        reopened.close()


def _two_copies(tmp_path: Path) -> tuple[JourneyDocument, JourneyDocument, dict[str, str]]:
    document, ids = _map(tmp_path, "base.cjm")
    ids["thread"] = document.add_comment("card", ids["card"], "Rate?", author="Ana").first_added
    document.save()
    document.close()
    for name in ("mine.cjm", "theirs.cjm"):
        shutil.copyfile(tmp_path / "base.cjm", tmp_path / name)
    return (
        JourneyDocument.open(tmp_path / "mine.cjm"),
        JourneyDocument.open(tmp_path / "theirs.cjm"),
        ids,
    )


def test_comments_added_on_both_copies_are_all_kept_and_resolve_meets_reply(
    tmp_path: Path,
) -> None:
    mine, theirs, ids = _two_copies(tmp_path)
    try:
        mine.add_comment("card", ids["card"], "Mine on the card", author="Ana")
        mine.resolve_comment(ids["thread"])
        mine.save()
        theirs.add_comment("card", ids["card"], "Theirs on the card", author="Bo")
        theirs.add_comment("stage", ids["stage"], "Theirs on the stage", author="Bo")
        theirs.reply_to_comment(ids["thread"], "3.1 %, checked", author="Bo")
        theirs.save()
    finally:
        theirs.close()
    try:
        report = merge_copy(mine, tmp_path / "theirs.cjm")
        assert report.conflicts == ()
        assert report.from_theirs == {"comment": 3}
        texts = {c.text for c in mine.comments_on("card", ids["card"])}
        assert texts == {"Rate?", "Mine on the card", "Theirs on the card", "3.1 %, checked"}
        thread = next(t for t in mine.comment_threads() if t.first.id == ids["thread"])
        assert thread.resolved and [r.text for r in thread.replies] == ["3.1 %, checked"]
        assert [c.text for c in mine.comments_on("stage", ids["stage"])] == ["Theirs on the stage"]
        mine.undo()  # the merge is one step
        assert {c.text for c in mine.comments_on("card", ids["card"])} == {
            "Rate?",
            "Mine on the card",
        }
    finally:
        mine.close()


def test_a_reply_to_a_thread_the_other_copy_deleted_is_a_conflict(tmp_path: Path) -> None:
    mine, theirs, ids = _two_copies(tmp_path)
    try:
        mine.delete_comment(ids["thread"])
        mine.save()
        theirs.reply_to_comment(ids["thread"], "Too late?", author="Bo")
        theirs.save()
    finally:
        mine.close()
        theirs.close()
    output = tmp_path / "merged.cjm"
    report = merge_files(tmp_path / "mine.cjm", tmp_path / "theirs.cjm", output, "theirs")
    assert [(c.table, c.key, c.kind) for c in report.conflicts] == [
        ("comment", ids["thread"], "deleted by me")
    ]
    merged = JourneyDocument.open(output)
    try:
        assert [c.text for c in merged.comments_on("card", ids["card"])] == ["Rate?", "Too late?"]
    finally:
        merged.close()
    report = merge_files(tmp_path / "mine.cjm", tmp_path / "theirs.cjm", output, "mine")
    merged = JourneyDocument.open(output)
    try:
        assert merged.comments_on("card", ids["card"]) == []  # the reply went with its thread
    finally:
        merged.close()


def test_editing_one_comment_on_both_copies_is_a_conflict_on_its_text(tmp_path: Path) -> None:
    mine, theirs, ids = _two_copies(tmp_path)
    try:
        mine.edit_comment(ids["thread"], "Rate? (mine)")
        mine.save()
        theirs.edit_comment(ids["thread"], "Rate? (theirs)")
        theirs.save()
    finally:
        mine.close()
        theirs.close()
    output = tmp_path / "merged.cjm"
    report = merge_files(tmp_path / "mine.cjm", tmp_path / "theirs.cjm", output)
    ((table, field, values),) = [
        (c.table, c.field, (c.base, c.mine, c.theirs)) for c in report.conflicts
    ]
    assert (table, field, values) == (
        "comment",
        "text",
        ("Rate?", "Rate? (mine)", "Rate? (theirs)"),
    )


def test_comments_travel_in_the_maps_json_and_come_back(tmp_path: Path) -> None:
    import json

    from app.model.map_json import build_map, export_map_json

    document, ids = _map(tmp_path)
    try:
        first = document.add_comment("card", ids["card"], "Rate « 3,1 % » ?", author="Zoé")
        document.reply_to_comment(first.first_added, "Oui.", author="Bo")
        export_map_json(document, tmp_path / "map.json")
    finally:
        document.close()
    data = json.loads((tmp_path / "map.json").read_text("utf-8"))
    assert data["format"] == FORMAT_VERSION and len(data["tables"]["comment"]) == 2
    build_map(tmp_path / "map.json", tmp_path / "rebuilt.cjm")
    rebuilt = JourneyDocument.open(tmp_path / "rebuilt.cjm")
    try:
        assert [(c.author, c.text) for c in rebuilt.comments_on("card", ids["card"])] == [
            ("Zoé", "Rate « 3,1 % » ?"),
            ("Bo", "Oui."),
        ]
    finally:
        rebuilt.close()
