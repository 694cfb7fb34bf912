"""Lineage in the file (format 4): each Save records a version and what changed since its
parent; two copies find their latest common version from their own files; the base state comes
back; a history that does not hold together is left out (the map opens without it); a copy can
leave its history behind."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zlib
from pathlib import Path

from app.model import JourneyDocument
from app.model.fileformat import create_file, ddl
from app.model.lineage import common_version, decode

from .test_merge import cards


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def saved_map(tmp_path: Path, name: str = "carte.cjm") -> Path:
    document = JourneyDocument.new("sample", "fr")
    document.author_name = "Camille"
    path = tmp_path / name
    document.save_as(path, label="départ")
    document.close()
    return path


def versions_in(path: Path) -> list[tuple[str, int, str, str, bytes | None]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT id, seq, author, label, changes FROM version ORDER BY seq"
        ).fetchall()


def test_each_save_records_a_version_with_what_changed_since_its_parent(tmp_path: Path) -> None:
    path = saved_map(tmp_path)
    [(root, seq, author, label, changes)] = versions_in(path)
    assert (seq, author, label, changes) == (0, "Camille", "départ", None)
    document = JourneyDocument.open(path)
    try:
        document.author_name = "Dominique"
        card = cards(document)[0]
        document.update_card(card.id, title="Nouveau titre")
        document.update_card(card.id, body="Un corps")
        document.save()
        document.save()  # nothing changed since: no new version
        [first, second] = document.versions()[::-1]
        assert first.id == root and second.parents == (root,)
        assert second.author == "Dominique" and second.label == ""
        [edit] = decode(document.lineage().changes[second.id] or b"")
        table, key, before, after = edit
        assert (table, key) == ("card", card.id)
        assert before is not None and after is not None
        assert after["title"] == "Nouveau titre" and after["body"] == "Un corps"
        assert {"title", "body"} <= set(after) <= {"title", "body", "updated_at"}  # what changed
        document.save(label="avant l’atelier")  # a name is a version even with no change
        assert document.versions()[0].label == "avant l’atelier"
        assert document.head_version == document.versions()[0].id
    finally:
        document.close()


def test_an_edit_undone_before_the_save_is_no_change(tmp_path: Path) -> None:
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    try:
        document.update_card(cards(document)[0].id, title="Essai")
        document.undo()
        document.save()
        assert len(document.versions()) == 1
        document.redo()
        document.save()
        assert len(document.versions()) == 2
    finally:
        document.close()


def test_two_copies_find_their_common_version_and_rebuild_its_state(tmp_path: Path) -> None:
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    document.update_card(cards(document)[0].id, title="Avant la séparation")
    document.save()
    shared = document.head_version
    base = document.state()
    document.close()
    shutil.copyfile(path, tmp_path / "theirs.cjm")
    mine, theirs = JourneyDocument.open(path), JourneyDocument.open(tmp_path / "theirs.cjm")
    try:
        for week in range(3):  # each side saves a few times
            mine.update_card(cards(mine)[1].id, title=f"Mine {week}")
            mine.save()
            lane = next(lane for lane in theirs.lanes(theirs.journeys()[0].id)
                        if lane.kind != "emotion")  # fmt: skip
            theirs.add_card(lane.id, theirs.stages(theirs.journeys()[0].id)[0].id, f"T {week}")
            theirs.delete_cards([cards(theirs)[2].id])
            theirs.save()
        assert common_version(mine.lineage(), theirs.lineage()) == shared
        assert common_version(theirs.lineage(), mine.lineage()) == shared
        for side in (mine, theirs):
            assert side.lineage().state_at(shared, side.state()) == base
    finally:
        mine.close()
        theirs.close()


def test_copies_of_different_maps_have_no_common_version(tmp_path: Path) -> None:
    one, other = saved_map(tmp_path, "a.cjm"), saved_map(tmp_path, "b.cjm")
    a, b = JourneyDocument.open(one), JourneyDocument.open(other)
    try:
        assert common_version(a.lineage(), b.lineage()) is None
    finally:
        a.close()
        b.close()


def broken(tmp_path: Path, sql: str, *params: object) -> Path:
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    document.update_card(cards(document)[0].id, title="Deuxième version")
    document.save()
    document.close()
    with sqlite3.connect(path) as connection:
        connection.execute(sql, params)
    return path


def opens_without_history(path: Path, reason: str) -> None:
    before = digest(path)
    document = JourneyDocument.open(path)
    try:
        assert document.history_notice == (
            f"carte.cjm was opened without its version history, which is inconsistent ({reason})."
        )
        assert document.versions() == [] and document.head_version is None
        assert cards(document)[0].title == "Deuxième version"  # the map is all there
        document.update_card(cards(document)[0].id, title="Troisième")
        document.save_as(path.with_name("saved.cjm"))
        assert [v.parents for v in document.versions()] == [()]  # a history starts again
    finally:
        document.close()
    assert digest(path) == before


def test_a_parent_that_does_not_exist_drops_the_history(tmp_path: Path) -> None:
    path = broken(tmp_path, "UPDATE version_parent SET parent_id = ?", "x" * 36)
    opens_without_history(path, "a version's parent does not exist")


def test_a_cycle_drops_the_history(tmp_path: Path) -> None:
    path = broken(
        tmp_path,
        "INSERT INTO version_parent (version_id, position, parent_id) "
        "SELECT p.parent_id, 0, p.version_id FROM version_parent p",
    )
    with sqlite3.connect(path) as connection:  # the root then has a parent: give it changes
        connection.execute("UPDATE version SET changes = x'00' WHERE changes IS NULL")
    opens_without_history(path, "a version descends from itself")


def test_changes_that_do_not_apply_drop_the_history(tmp_path: Path) -> None:
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    card = cards(document)[0]
    document.update_card(card.id, title="Deuxième version")
    document.save()
    document.close()
    wrong = [["card", card.id, {"title": card.title}, {"title": "pas ce que la carte dit"}]]
    blob = zlib.compress(json.dumps(wrong).encode())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE version SET changes = ? WHERE changes IS NOT NULL", (blob,))
    opens_without_history(path, "a version's changes do not apply to the map")


def test_unreadable_changes_drop_the_history(tmp_path: Path) -> None:
    path = broken(tmp_path, "UPDATE version SET changes = x'789c' WHERE changes IS NOT NULL")
    opens_without_history(path, "a version's changes are too large or cut short")
    bomb = zlib.compress(b"[" + b" " * 300_000_000 + b"]", 9)
    path.unlink()
    path = broken(tmp_path, "UPDATE version SET changes = ? WHERE changes IS NOT NULL", bomb)
    opens_without_history(path, "a version's changes are too large or cut short")
    path.unlink()
    blob = zlib.compress(b'[["secret", "x", null, {"a": 1}]]')
    path = broken(tmp_path, "UPDATE version SET changes = ? WHERE changes IS NOT NULL", blob)
    opens_without_history(path, "a version changes something that is not part of a map")


def test_a_copy_without_history_leaves_it_behind(tmp_path: Path) -> None:
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    try:
        document.update_card(cards(document)[0].id, title="Pour le client")
        document.save()
        outside = tmp_path / "pour le client.cjm"
        document.save_copy_without_history(outside)
        assert versions_in(outside) == [] and len(versions_in(path)) == 2
        assert document.path == path and len(document.versions()) == 2
    finally:
        document.close()
    copy = JourneyDocument.open(outside)
    try:
        assert copy.history_notice is None and copy.versions() == []
        assert cards(copy)[0].title == "Pour le client"
    finally:
        copy.close()


def test_a_format_3_map_starts_its_history_at_its_first_save(tmp_path: Path) -> None:
    old = tmp_path / "ancienne.cjm"
    create_file(old, 3)
    assert "CREATE TABLE version" not in ddl(3)
    current = saved_map(tmp_path)
    with sqlite3.connect(old) as target:  # the rows of a format-4 map, in a format-3 file
        target.execute("ATTACH DATABASE ? AS new", (str(current),))
        for (table,) in target.execute("SELECT name FROM main.sqlite_schema WHERE type='table'"):
            target.execute(f"INSERT INTO main.{table} SELECT * FROM new.{table}")
        target.commit()
        target.execute("DETACH DATABASE new")
    document = JourneyDocument.open(old)
    try:
        assert document.versions() == [] and document.history_notice is None
        document.save()
        [root] = document.versions()
        assert root.parents == ()
    finally:
        document.close()


def test_edits_made_before_the_history_is_walked_do_not_fool_its_check(tmp_path: Path) -> None:
    """Opening leaves the walk of the versions' changes for later (the editor asks for it after
    its first paint): edits made before then touch the very rows the history changed."""
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    first, second = cards(document)[:2]
    document.update_card(first.id, title="Deuxième version")
    document.save(label="atelier")
    document.close()
    document = JourneyDocument.open(path)
    try:
        document.update_card(first.id, title="Troisième version")
        document.delete_cards([second.id])
        assert document.history_notice is None
        labels = [v.label for v in document.versions()]
        assert labels == ["atelier", "départ"]
        document.save()
        assert [v.label for v in document.versions()][1:] == ["atelier", "départ"]
        found = document.lineage()
        before = found.state_at(document.versions()[2].id, document.state())
        assert before["card"][first.id]["title"] == first.title
        assert second.id in before["card"]
    finally:
        document.close()


def test_a_history_found_inconsistent_after_edits_keeps_the_edits(tmp_path: Path) -> None:
    path = saved_map(tmp_path)
    document = JourneyDocument.open(path)
    card = cards(document)[0]
    document.update_card(card.id, title="Deuxième version")
    document.save()
    document.close()
    wrong = [["card", card.id, {"title": card.title}, {"title": "pas ce que la carte dit"}]]
    with sqlite3.connect(path) as connection:
        blob = zlib.compress(json.dumps(wrong).encode())
        connection.execute("UPDATE version SET changes = ? WHERE changes IS NOT NULL", (blob,))
    document = JourneyDocument.open(path)
    try:
        document.update_card(card.id, title="Troisième")
        assert document.history_notice is not None and document.versions() == []
        assert cards(document)[0].title == "Troisième"
        document.undo()
        assert cards(document)[0].title == "Deuxième version"
        document.save()
        assert [v.parents for v in document.versions()] == [()]
    finally:
        document.close()
