"""What lies at a map's path and beside it: each odd neighbour gets its own sentence, opening
never blocks on it, and nothing there is modified."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.model import InvalidFileError, JourneyDocument
from app.model.errors import SidecarError


@pytest.fixture
def saved_map(tmp_path: Path) -> Path:
    document = JourneyDocument.new("purchase", "en")
    target = tmp_path / "maps" / "atelier.cjm"
    target.parent.mkdir()
    document.save_as(target)
    document.close()
    return target


def fingerprints(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def refused(path: Path, phrase: str) -> InvalidFileError:
    with pytest.raises(InvalidFileError) as error:
        JourneyDocument.open(path)
    message = str(error.value)
    assert "\n" not in message and path.name in message and phrase in message, message
    return error.value


def test_a_fifo_is_named_and_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "pipe.cjm"
    os.mkfifo(path)
    refused(path, "it is a named pipe (FIFO), not a file")


def test_a_device_is_named(tmp_path: Path) -> None:
    path = tmp_path / "zero.cjm"
    path.symlink_to("/dev/zero")  # what a device node looks like through a link
    refused(path, "it is a device, not a file")


def test_a_socket_is_named(tmp_path: Path) -> None:
    path = tmp_path / "socket.cjm"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        refused(path, "it is a socket, not a file")
    finally:
        server.close()


def test_a_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "folder.cjm"
    path.mkdir()
    refused(path, "it is a folder")


def test_a_missing_file_and_a_vanished_folder_are_told_apart(tmp_path: Path) -> None:
    refused(tmp_path / "missing.cjm", "the file does not exist")
    refused(tmp_path / "gone" / "missing.cjm", "its folder is gone")
    (tmp_path / "a file").write_text("not a folder")
    refused(tmp_path / "a file" / "missing.cjm", "its folder is gone")


def _leave_sidecar(path: Path, mode: str) -> None:
    """Another program writes to the map and dies before closing it: WAL mode leaves its
    committed changes in `-wal`; rollback mode leaves an unfinished change in `-journal`."""
    code = f"""
        import os, sqlite3
        db = sqlite3.connect({str(path)!r}, isolation_level=None)
        if {mode!r} == "wal":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("UPDATE project SET title = 'Changed in the WAL'")
        else:
            db.execute("PRAGMA cache_size = 1")  # spill: the map is written before the commit
            db.execute("BEGIN")
            db.execute("UPDATE card SET body = hex(randomblob(300))")
            db.execute("UPDATE project SET title = 'Never committed'")
        os._exit(0)  # no close, no checkpoint, no rollback
    """
    subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=True, timeout=60)


def test_committed_changes_in_a_wal_beside_the_map_are_not_ignored(saved_map: Path) -> None:
    _leave_sidecar(saved_map, "wal")
    wal = saved_map.with_name(saved_map.name + "-wal")
    assert wal.stat().st_size > 0
    before = fingerprints(saved_map.parent)
    error = refused(saved_map, "“atelier.cjm-wal” beside it holds changes")
    assert isinstance(error, SidecarError)
    document = JourneyDocument.open(saved_map, without_sidecars=True)  # the user chose
    try:
        assert document.project().title != "Changed in the WAL"  # the map alone, as chosen
    finally:
        document.close()
    assert fingerprints(saved_map.parent) == before  # neither the map nor its -wal touched


def test_a_hot_journal_beside_the_map_is_named(saved_map: Path) -> None:
    document = JourneyDocument.open(saved_map)
    journey = document.journeys()[0].id
    lane, stage = document.lanes(journey)[0].id, document.stages(journey)[0].id
    for n in range(200):
        document.add_card(lane, stage, f"Card {n}", body="x" * 200)
    document.save()
    document.close()
    _leave_sidecar(saved_map, "journal")
    assert saved_map.with_name(saved_map.name + "-journal").stat().st_size > 0
    before = fingerprints(saved_map.parent)
    refused(saved_map, "“atelier.cjm-journal” beside it holds an unfinished change")
    try:  # the map alone may be half written: refused as damaged, or opened; never a traceback
        JourneyDocument.open(saved_map, without_sidecars=True).close()
    except InvalidFileError as error:
        assert "damaged" in str(error)
    assert fingerprints(saved_map.parent) == before


def test_an_empty_wal_is_no_reason_to_ask(saved_map: Path) -> None:
    saved_map.with_name(saved_map.name + "-wal").write_bytes(b"")
    JourneyDocument.open(saved_map).close()
