"""The life of a map file: save, reopen, atomic saves, crashes, locks, read-only media, upgrades."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import (
    AlreadyOpenError,
    JourneyDocument,
    ReadOnlyDocumentError,
    SaveError,
    recoverable_work,
)
from app.model.fileformat import FORMAT_VERSION, create_file
from tests.conftest import dump

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_python(code: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        **kwargs,
    )


@pytest.fixture
def saved_map(tmp_path: Path) -> Path:
    document = JourneyDocument.new("cgap", "fr")
    journey = document.journeys()[0]
    stage = document.stages(journey.id)[0]
    lane = document.lanes(journey.id)[0]
    document.add_card(lane.id, stage.id, "Simulateur en ligne", channel="web", moment_of_truth=True)
    target = tmp_path / "parcours prêt.cjm"
    document.save_as(target)
    document.close()
    return target


def test_save_reopen_gives_the_same_document(tmp_path: Path) -> None:
    document = JourneyDocument.new("purchase", "fr")
    journey = document.journeys()[0]
    lanes = document.lanes(journey.id)
    stages = document.stages(journey.id)
    document.add_card(
        lanes[0].id, stages[0].id, "Publicité « Prêt à taux zéro »", body="Vue dans le métro"
    )
    document.add_emotion_point(lanes[3].id, stages[2].id, -4.5, offset=0.25, label="Inquiet")
    document.add_persona("Camille Martin", age=34, quote="Je veux comprendre ce que je signe")
    before = dump(document)
    target = tmp_path / "achat.cjm"
    document.save_as(target)
    assert not document.modified and document.path == target
    document.close()
    reopened = JourneyDocument.open(target)
    try:
        assert dump(reopened) == before
        assert reopened.display_name == "achat.cjm"
    finally:
        reopened.close()


def test_saved_file_is_a_self_contained_rollback_journal_database(saved_map: Path) -> None:
    connection = sqlite3.connect(saved_map)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x434A4D31
    finally:
        connection.close()
    assert not saved_map.with_name(saved_map.name + "-wal").exists()
    assert [p.name for p in saved_map.parent.iterdir() if "saving" in p.name] == []


def test_opening_never_modifies_the_file(saved_map: Path) -> None:
    before = digest(saved_map), saved_map.stat().st_mtime_ns
    document = JourneyDocument.open(saved_map)
    journey_id = document.journeys()[0].id
    document.add_stage(journey_id, "Nouvelle étape")
    assert document.modified
    assert (digest(saved_map), saved_map.stat().st_mtime_ns) == before
    document.close()
    assert (digest(saved_map), saved_map.stat().st_mtime_ns) == before


def test_save_as_never_touches_the_original(saved_map: Path, tmp_path: Path) -> None:
    before = digest(saved_map)
    document = JourneyDocument.open(saved_map)
    document.add_stage(document.journeys()[0].id, "Après-vente")
    copy = tmp_path / "copie.cjm"
    document.save_as(copy)
    assert document.path == copy
    document.add_stage(document.journeys()[0].id, "Fidélité")
    document.save()
    document.close()
    assert digest(saved_map) == before
    reopened = JourneyDocument.open(copy)
    assert [s.title for s in reopened.stages(reopened.journeys()[0].id)][-2:] == [
        "Après-vente",
        "Fidélité",
    ]
    reopened.close()


def test_untitled_document_needs_save_as() -> None:
    document = JourneyDocument.new()
    with pytest.raises(SaveError, match="Save As"):
        document.save()
    document.close()


def test_a_deleted_photo_does_not_travel_with_the_file(tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.effect_noise((200, 150), 80).convert("RGB").save(buffer, format="JPEG")
    document = JourneyDocument.new()
    photo = document.add_photo(buffer.getvalue(), "guichet.jpg").first_added
    stored = document.asset(document.evidence()[0].asset_sha256).data
    pieces = [stored[i : i + 32] for i in range(64, len(stored) - 32, 512)]  # blobs span pages
    target = tmp_path / "photos.cjm"
    document.save_as(target)
    assert sum(piece in target.read_bytes() for piece in pieces) > len(pieces) // 2
    document.delete_evidence(photo)
    document.save()
    document.close()
    assert not any(piece in target.read_bytes() for piece in pieces)
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM asset").fetchone()[0] == 0


def test_undo_of_a_photo_delete_after_save_still_has_the_picture(tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#447799").save(buffer, format="PNG")
    document = JourneyDocument.new()
    photo = document.add_photo(buffer.getvalue()).first_added
    document.save_as(tmp_path / "undo.cjm")
    change = document.delete_evidence(photo)
    document.save()
    document.restore(change.snapshot)
    assert document.asset(document.evidence()[0].asset_sha256) is not None
    document.close()


def test_full_disk_during_save_leaves_the_original_intact(saved_map: Path, small_disk) -> None:
    folder, limit, reason = small_disk
    target = folder / saved_map.name
    target.write_bytes(saved_map.read_bytes())
    before = digest(target)
    child = run_python(
        f"""
        from app.model import JourneyDocument, SaveError
        document = JourneyDocument.open({str(target)!r})
        journey = document.journeys()[0].id
        for n in range(150):
            document.add_stage(journey, "Étape " + "x" * 400 + str(n))
        {limit}
        try:
            document.save()
        except SaveError as error:
            print(error)
        """
    )
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert out.startswith(f"{target.name} was not saved: {reason}"), out
    assert out.rstrip().endswith("The file on disk is unchanged."), out
    assert digest(target) == before
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [target.name]
    assert not list(folder.glob(".*.saving"))


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on read-only media (a read-only bind mount when we are root, else chmod)."""
    source, mounted = tmp_path / "stick", tmp_path / "stick-ro"
    source.mkdir(), mounted.mkdir()
    document = JourneyDocument.new("blank", "fr")
    document.save_as(source / "clé.cjm")
    document.close()
    if os.geteuid() != 0:
        (source / "clé.cjm").chmod(0o444)
        source.chmod(0o555)
        yield source
        source.chmod(0o755)
        return
    subprocess.run(["mount", "--bind", "-o", "ro", str(source), str(mounted)], check=True)
    subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True)
    try:
        yield mounted
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


def test_file_on_read_only_media_opens_read_only(read_only_folder: Path, tmp_path: Path) -> None:
    path = read_only_folder / "clé.cjm"
    document = JourneyDocument.open(path)
    try:
        assert document.read_only
        with pytest.raises(ReadOnlyDocumentError, match="read-only; use Save As"):
            document.add_stage(document.journeys()[0].id, "Nope")
        with pytest.raises(ReadOnlyDocumentError):
            document.save()
        document.save_as(tmp_path / "editable.cjm")
        assert not document.read_only
        document.add_stage(document.journeys()[0].id, "Now it works")
    finally:
        document.close()


def test_save_as_into_a_read_only_folder_is_a_clear_error(read_only_folder: Path) -> None:
    document = JourneyDocument.new()
    with pytest.raises(SaveError, match="read-only or you lack permission"):
        document.save_as(read_only_folder / "new.cjm")
    document.close()


def test_a_file_open_in_this_process_is_detected(saved_map: Path) -> None:
    first = JourneyDocument.open(saved_map)
    with pytest.raises(AlreadyOpenError, match="already open in another Parcours window"):
        JourneyDocument.open(saved_map)
    first.close()
    JourneyDocument.open(saved_map).close()


def test_a_file_open_in_another_process_is_detected(saved_map: Path) -> None:
    holder = run_python(
        f"""
        from app.model import JourneyDocument
        document = JourneyDocument.open({str(saved_map)!r})
        print("open", flush=True)
        input()
        document.close()
        """
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyOpenError, match=f"process {holder.pid}"):
            JourneyDocument.open(saved_map)
    finally:
        holder.communicate("\n", timeout=60)
    JourneyDocument.open(saved_map).close()


def test_lock_of_a_dead_process_is_ignored_and_another_host_is_named(saved_map: Path) -> None:
    lock = saved_map.with_name(f".{saved_map.name}.lock")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock.write_text(json.dumps({"host": os.uname().nodename, "pid": int(dead.stdout)}))
    JourneyDocument.open(saved_map).close()
    lock.write_text(
        json.dumps({"host": "atelier-pc", "pid": 1, "user": "lea", "opened": "2026-11-20"})
    )
    with pytest.raises(AlreadyOpenError, match="Parcours on atelier-pc \\(opened by lea"):
        JourneyDocument.open(saved_map)


def test_killed_process_loses_no_committed_edit(saved_map: Path, data_dir: Path) -> None:
    before = digest(saved_map)
    child = run_python(
        f"""
        from app.model import JourneyDocument
        document = JourneyDocument.open({str(saved_map)!r})
        journey = document.journeys()[0]
        lane = document.lanes(journey.id)[0].id
        stage = document.stages(journey.id)[0].id
        n = 0
        while True:
            card = document.add_card(lane, stage, f"Carte {{n}}").first_added
            print(card, flush=True)
            n += 1
        """,
        env={**os.environ, "PARCOURS_DATA_DIR": str(data_dir)},
    )
    committed = [child.stdout.readline().strip() for _ in range(150)]
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=60)
    assert digest(saved_map) == before
    work = recoverable_work()
    assert [w.origin for w in work] == [saved_map]
    document = JourneyDocument.recover(work[0])
    try:
        ids = {card.id for card in document.cards(document.journeys()[0].id)}
        assert set(committed) <= ids
        assert document.modified and document.path == saved_map
        document.save()
    finally:
        document.close()
    assert recoverable_work() == []
    reopened = JourneyDocument.open(saved_map)
    assert set(committed) <= {card.id for card in reopened.cards(reopened.journeys()[0].id)}
    reopened.close()


def test_closed_or_clean_sessions_are_not_offered_for_recovery(saved_map: Path) -> None:
    JourneyDocument.open(saved_map).close()
    assert recoverable_work() == []


def _write_format_1_file(path: Path) -> None:
    create_file(path, version=1)
    now = "2025-03-01T10:00:00+00:00"
    rows = {
        "project": (
            "id, title, author, language, notes",
            ("p" * 36, "Ancienne carte", "", "fr", ""),
        ),
        "journey": (
            "id, position, title, context, goal, state, persona_id",
            ("j" * 36, 0, "Parcours 2025", "", "", "current", None),
        ),
        "stage": (
            "id, journey_id, position, title, description, colour, width",
            ("s" * 36, "j" * 36, 0, "Découverte", "", "", 1),
        ),
        "lane": (
            "id, journey_id, position, kind, title, colour, height",
            ("l" * 36, "j" * 36, 0, "text", "Actions", "", 1),
        ),
    }
    with sqlite3.connect(path) as connection:
        for table, (columns, values) in rows.items():
            marks = ", ".join("?" * (len(values) + 2))
            connection.execute(
                f"INSERT INTO {table} ({columns}, created_at, updated_at) VALUES ({marks})",
                (*values, now, now),
            )
        connection.execute(
            "INSERT INTO card (id, lane_id, stage_id, position, title, body, colour, channel,"
            " direct, physical, touchpoint_state, owner, sentiment, moment_of_truth, impact,"
            " effort, status, created_at, updated_at) VALUES (?, ?, ?, 0, 'Voit une publicité',"
            " '', '', '', 1, 0, 'current', '', 'neutral', 0, NULL, NULL, '', ?, ?)",
            ("c" * 36, "l" * 36, "s" * 36, now, now),
        )
    connection.close()


def test_a_format_1_file_is_upgraded_and_its_original_kept(tmp_path: Path) -> None:
    old = tmp_path / "ancienne.cjm"
    _write_format_1_file(old)
    original = digest(old)
    document = JourneyDocument.open(old)
    try:
        assert digest(old) == original
        assert document.working.upgraded_from == 1
        lane = document.lanes("j" * 36)[0]
        assert lane.hidden is False
        assert [c.title for c in document.cards("j" * 36)] == ["Voit une publicité"]
        document.add_metric("s" * 36, "NPS", value_before=12)
        document.save()
    finally:
        document.close()
    backup = tmp_path / "ancienne (format 1 backup).cjm"
    assert digest(backup) == original
    with sqlite3.connect(old) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION
    connection.close()
    reopened = JourneyDocument.open(old)
    assert reopened.working.upgraded_from is None
    assert reopened.metrics("s" * 36)[0].value_before == 12
    reopened.close()


def _write_format_2_file(path: Path) -> None:
    """A format 2 map as Parcours wrote it: a card, a metric named " nps", from format 2's DDL."""
    create_file(path, version=2)
    now = "2025-03-01T10:00:00+00:00"
    rows = {
        "project": {"id": "p" * 36, "title": "Carte 2025", "author": "", "language": "fr",
                    "notes": ""},
        "journey": {"id": "j" * 36, "position": 0, "title": "Parcours", "context": "",
                    "goal": "", "state": "current", "persona_id": None},
        "stage": {"id": "s" * 36, "journey_id": "j" * 36, "position": 0, "title": "Découverte",
                  "description": "", "colour": "", "width": 1},
        "lane": {"id": "l" * 36, "journey_id": "j" * 36, "position": 0, "kind": "touchpoints",
                 "title": "Points de contact", "colour": "", "height": 1, "hidden": 0},
        "card": {"id": "c" * 36, "lane_id": "l" * 36, "stage_id": "s" * 36, "position": 0,
                 "title": "Site web", "body": "", "colour": "", "channel": "web", "direct": 1,
                 "physical": 0, "touchpoint_state": "current", "owner": "",
                 "sentiment": "neutral", "moment_of_truth": 0, "impact": None, "effort": None,
                 "status": ""},
        "metric": {"id": "m" * 36, "stage_id": "s" * 36, "position": 0, "name": " nps",
                   "value_before": 12.0, "value_after": 31.0, "target": 40.0,
                   "unit": "points"},
    }  # fmt: skip
    with sqlite3.connect(path) as connection:
        for table, values in rows.items():
            values = {**values, "created_at": now, "updated_at": now}
            marks, names = ", ".join("?" * len(values)), ", ".join(values)
            connection.execute(
                f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values())
            )
    connection.close()


def test_a_format_2_file_is_upgraded_to_the_current_format(tmp_path: Path) -> None:
    old = tmp_path / "format 2.cjm"
    _write_format_2_file(old)
    original = digest(old)
    document = JourneyDocument.open(old)
    try:
        assert digest(old) == original
        assert document.working.upgraded_from == 2
        (metric,) = document.metrics("s" * 36)
        assert (metric.kind, metric.value_before, metric.value_after) == ("nps", 12, 31)
        assert (metric.inputs, metric.source, metric.measured_before) == ("", "", "")
        (card,) = document.cards("j" * 36)
        assert (card.effort_kind, card.magic_moment, card.key_touchpoint, card.due_date) == (
            "",
            False,
            False,
            "",
        )
        assert document.lanes("j" * 36)[0].blueprint_role == ""
        assert document.journey("j" * 36).duplicated_from is None
        assert document.stage("s" * 36).origin_stage_id is None
        assert document.connections("j" * 36) == []
        other = document.add_card("l" * 36, "s" * 36, "Agence", magic_moment=True).first_added
        document.add_connection(card.id, other)
        document.save()
    finally:
        document.close()
    assert digest(tmp_path / "format 2 (format 2 backup).cjm") == original
    with sqlite3.connect(old) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION == 5
    connection.close()
    reopened = JourneyDocument.open(old)
    try:
        assert len(reopened.connections("j" * 36)) == 1
    finally:
        reopened.close()
