"""The lock beside a map cannot be turned against the user, and saving or closing never leaves
a document stuck: real files, real processes, real links and read-only folders."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.model import AlreadyOpenError, JourneyDocument, SaveError
from app.model.errors import LockedElsewhereError
from app.model.lock import FileLock, boot_id, process_started


@pytest.fixture
def saved_map(tmp_path: Path) -> Path:
    document = JourneyDocument.new("cgap", "en")
    target = tmp_path / "maps" / "atelier.cjm"
    target.parent.mkdir()
    document.save_as(target)
    document.close()
    return target


def lock_of(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(child.stdout)


def test_a_symbolic_link_as_lock_is_never_followed(saved_map: Path, tmp_path: Path) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("the user's own file")
    lock_of(saved_map).symlink_to(victim)
    with pytest.raises(LockedElsewhereError, match="lock file Parcours cannot read"):
        JourneyDocument.open(saved_map)
    assert victim.read_text() == "the user's own file"
    document = JourneyDocument.open(saved_map, take_over=True)  # the user chose to
    try:
        assert victim.read_text() == "the user's own file"
        assert not lock_of(saved_map).is_symlink()
        assert json.loads(lock_of(saved_map).read_text())["pid"] == os.getpid()
    finally:
        document.close()
    assert victim.read_text() == "the user's own file"
    assert not lock_of(saved_map).exists()


def test_a_dangling_link_as_lock_creates_nothing_where_it_points(
    saved_map: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "created.txt"
    target.parent.mkdir()
    lock_of(saved_map).symlink_to(target)
    with pytest.raises(LockedElsewhereError):
        JourneyDocument.open(saved_map)
    JourneyDocument.open(saved_map, read_only=True).close()
    assert not target.exists()


def test_a_lock_from_another_host_asks_and_can_be_taken_over(saved_map: Path) -> None:
    lock = lock_of(saved_map)
    lock.write_text(json.dumps({"host": "atelier-pc", "pid": 1, "user": "lea", "opened": "09:12"}))
    with pytest.raises(LockedElsewhereError) as refused:
        JourneyDocument.open(saved_map)
    message = str(refused.value)
    assert "Parcours on atelier-pc (opened by lea at 09:12)" in message
    assert "read-only" in message and "take it over" in message
    read_only = JourneyDocument.open(saved_map, read_only=True)
    assert read_only.read_only
    read_only.close()
    assert json.loads(lock.read_text())["host"] == "atelier-pc"  # reading took nothing
    taken = JourneyDocument.open(saved_map, take_over=True)
    assert not taken.read_only
    assert json.loads(lock.read_text())["host"] == socket.gethostname()
    taken.close()
    assert not lock.exists()


@pytest.mark.parametrize(
    "content", [b"", b"\xff\xfe garbage", b"[1, 2]", b'{"host": 3}', b"x" * 10_000]
)
def test_a_lock_that_cannot_be_judged_asks(saved_map: Path, content: bytes) -> None:
    lock_of(saved_map).write_bytes(content)
    with pytest.raises(LockedElsewhereError):
        JourneyDocument.open(saved_map)
    JourneyDocument.open(saved_map, take_over=True).close()


def test_a_fifo_as_lock_does_not_hang(saved_map: Path) -> None:
    os.mkfifo(lock_of(saved_map))
    with pytest.raises(LockedElsewhereError):
        JourneyDocument.open(saved_map)
    JourneyDocument.open(saved_map, take_over=True).close()


def test_a_recycled_process_id_is_a_stale_lock(saved_map: Path) -> None:
    """Our own live pid, but a start time that is not ours: the process that wrote it is gone
    and its pid now belongs to another program (here, this test)."""
    started = process_started(os.getpid())
    assert started is not None  # Linux's /proc, where Parcours is built and tested
    lock_of(saved_map).write_text(
        json.dumps(
            {
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "started": started - 1,
                "boot": boot_id(),
                "user": "me",
                "opened": "yesterday",
            }
        )
    )
    JourneyDocument.open(saved_map).close()


def test_a_lock_from_before_the_last_reboot_is_stale(saved_map: Path) -> None:
    assert boot_id() is not None  # Linux's /proc, where Parcours is built and tested
    lock_of(saved_map).write_text(
        json.dumps(
            {
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "started": 1,
                "boot": "00000000-0000-0000-0000-000000000000",
            }
        )
    )
    JourneyDocument.open(saved_map).close()


def test_a_dead_process_lock_is_taken_over_silently(saved_map: Path) -> None:
    lock_of(saved_map).write_text(json.dumps({"host": socket.gethostname(), "pid": dead_pid()}))
    JourneyDocument.open(saved_map).close()


def test_a_live_parcours_elsewhere_on_this_machine_is_named(saved_map: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "from app.model import JourneyDocument as D; import sys; "
         f"d = D.open({str(saved_map)!r}); print('open', flush=True); sys.stdin.read(); d.close()"],
        cwd=Path(__file__).resolve().parents[2], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ},
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyOpenError, match=f"process {holder.pid}") as refused:
            JourneyDocument.open(saved_map)
        assert not isinstance(refused.value, LockedElsewhereError)  # no taking over a live one
        JourneyDocument.open(saved_map, read_only=True).close()
    finally:
        holder.communicate("", timeout=60)
    assert not lock_of(saved_map).exists()


def test_releasing_removes_only_our_own_lock(saved_map: Path) -> None:
    document = JourneyDocument.open(saved_map)
    other = {"host": "atelier-pc", "pid": 7, "user": "lea", "token": "theirs"}
    lock_of(saved_map).write_text(json.dumps(other))  # taken over from another machine
    document.close()
    assert json.loads(lock_of(saved_map).read_text()) == other


@contextmanager
def turned_read_only(folder: Path) -> Iterator[None]:
    """`folder` read-only in place, as a share whose rights changed or a stick whose switch
    was flipped: a read-only bind mount over itself when we are root, else chmod."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_releasing_in_a_folder_turned_read_only_never_raises(saved_map: Path) -> None:
    lock = FileLock(saved_map)
    assert lock.acquire()
    with turned_read_only(saved_map.parent):
        lock.release()  # cannot remove it: no error for the user, who is closing
        assert lock_of(saved_map).exists()
    assert not lock.held


def test_save_as_elsewhere_when_the_old_folder_turned_read_only(
    saved_map: Path, tmp_path: Path
) -> None:
    document = JourneyDocument.open(saved_map)
    with turned_read_only(saved_map.parent):
        _save_elsewhere_and_close(document, tmp_path)
    assert saved_map.exists()


def _save_elsewhere_and_close(document: JourneyDocument, tmp_path: Path) -> None:
    old = document.path
    target = tmp_path / "copy.cjm"
    document.save_as(target)  # the old lock cannot be removed: no error
    assert document.path == target and not document.read_only
    journey = document.journeys()[0].id
    document.add_stage(journey, "Still editable")
    document.save()
    document.close()
    document.close()  # twice: harmless
    assert old is not None and old.exists()
    assert not lock_of(target).exists()


def test_a_save_as_into_a_vanished_folder_fails_cleanly_and_the_document_stays_usable(
    saved_map: Path, tmp_path: Path
) -> None:
    document = JourneyDocument.open(saved_map)
    gone = tmp_path / "removed-stick"
    with pytest.raises(SaveError, match=r"its folder (is gone|does not exist)"):
        document.save_as(gone / "copy.cjm")
    assert not gone.exists()
    assert document.path == saved_map
    document.add_stage(document.journeys()[0].id, "Still editable")
    document.save()
    document.close()
    assert not lock_of(saved_map).exists()


@pytest.mark.parametrize("already_full", [False, True])
def test_a_save_as_onto_a_full_disk_leaves_nothing_behind(
    saved_map: Path, small_disk, already_full: bool
) -> None:
    """Filling up while the copy is written, or full from the start (then even the lock file
    cannot be written: it must not stay behind, empty)."""
    folder, limit, reason = small_disk
    filler = folder / "filler.bin"
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            import contextlib
            from app.model import JourneyDocument, SaveError
            document = JourneyDocument.open({str(saved_map)!r})
            journey = document.journeys()[0].id
            for n in range(300):
                document.add_stage(journey, "Étape " + "x" * 480 + str(n))
            {limit}
            if {already_full}:
                with contextlib.suppress(OSError), open({str(filler)!r}, "wb") as f:
                    while True:
                        f.write(b"x" * 4096)
                        f.flush()
            try:
                document.save_as({str(folder / "copy.cjm")!r})
            except SaveError as error:
                print(error)
            document.add_stage(journey, "still usable")
            document.close()
            print("closed")
        """)],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("copy.cjm was not saved: "), child.stdout
    assert child.stdout.rstrip().endswith("closed")
    assert sorted(p.name for p in folder.iterdir()) == (["filler.bin"] if already_full else [])
    assert not lock_of(saved_map).exists()
    del reason  # the reason may be "full" or "could not be written" (see small_disk)


def test_saving_into_a_folder_that_vanished_names_it(saved_map: Path) -> None:
    document = JourneyDocument.open(saved_map)
    try:
        document.add_stage(document.journeys()[0].id, "After")
        for item in saved_map.parent.iterdir():
            item.unlink()
        saved_map.parent.rmdir()
        with pytest.raises(SaveError, match="its folder is gone"):
            document.save()
        document.add_stage(document.journeys()[0].id, "Still usable")
    finally:
        document.close()
